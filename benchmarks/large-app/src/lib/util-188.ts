export type Money188 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney188(a: Money188, b: Money188): Money188 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney188({ amount, currency }: Money188, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_188: Readonly<Money188> = Object.freeze({ amount: 0, currency: "EUR" });
