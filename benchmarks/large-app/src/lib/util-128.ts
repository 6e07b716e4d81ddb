export type Money128 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney128(a: Money128, b: Money128): Money128 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney128({ amount, currency }: Money128, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_128: Readonly<Money128> = Object.freeze({ amount: 0, currency: "EUR" });
