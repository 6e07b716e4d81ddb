export type Money14 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney14(a: Money14, b: Money14): Money14 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney14({ amount, currency }: Money14, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_14: Readonly<Money14> = Object.freeze({ amount: 0, currency: "EUR" });
