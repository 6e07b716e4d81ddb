export type Money158 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney158(a: Money158, b: Money158): Money158 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney158({ amount, currency }: Money158, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_158: Readonly<Money158> = Object.freeze({ amount: 0, currency: "EUR" });
