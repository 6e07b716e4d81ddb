export type Money8 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney8(a: Money8, b: Money8): Money8 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney8({ amount, currency }: Money8, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_8: Readonly<Money8> = Object.freeze({ amount: 0, currency: "EUR" });
