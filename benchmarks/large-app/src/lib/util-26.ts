export type Money26 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney26(a: Money26, b: Money26): Money26 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney26({ amount, currency }: Money26, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_26: Readonly<Money26> = Object.freeze({ amount: 0, currency: "EUR" });
