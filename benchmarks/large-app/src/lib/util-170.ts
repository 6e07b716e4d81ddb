export type Money170 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney170(a: Money170, b: Money170): Money170 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney170({ amount, currency }: Money170, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_170: Readonly<Money170> = Object.freeze({ amount: 0, currency: "EUR" });
