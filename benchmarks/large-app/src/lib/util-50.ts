export type Money50 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney50(a: Money50, b: Money50): Money50 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney50({ amount, currency }: Money50, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_50: Readonly<Money50> = Object.freeze({ amount: 0, currency: "EUR" });
