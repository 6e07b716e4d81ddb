export type Money20 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney20(a: Money20, b: Money20): Money20 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney20({ amount, currency }: Money20, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_20: Readonly<Money20> = Object.freeze({ amount: 0, currency: "EUR" });
