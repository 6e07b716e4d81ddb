export type Money146 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney146(a: Money146, b: Money146): Money146 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney146({ amount, currency }: Money146, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_146: Readonly<Money146> = Object.freeze({ amount: 0, currency: "EUR" });
