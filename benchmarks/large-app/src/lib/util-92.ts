export type Money92 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney92(a: Money92, b: Money92): Money92 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney92({ amount, currency }: Money92, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_92: Readonly<Money92> = Object.freeze({ amount: 0, currency: "EUR" });
