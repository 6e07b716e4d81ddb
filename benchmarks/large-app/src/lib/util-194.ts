export type Money194 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney194(a: Money194, b: Money194): Money194 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney194({ amount, currency }: Money194, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_194: Readonly<Money194> = Object.freeze({ amount: 0, currency: "EUR" });
