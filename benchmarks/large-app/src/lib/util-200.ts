export type Money200 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney200(a: Money200, b: Money200): Money200 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney200({ amount, currency }: Money200, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_200: Readonly<Money200> = Object.freeze({ amount: 0, currency: "EUR" });
