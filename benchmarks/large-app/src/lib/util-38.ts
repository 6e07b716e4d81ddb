export type Money38 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney38(a: Money38, b: Money38): Money38 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney38({ amount, currency }: Money38, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_38: Readonly<Money38> = Object.freeze({ amount: 0, currency: "EUR" });
