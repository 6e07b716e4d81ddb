export type Money98 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney98(a: Money98, b: Money98): Money98 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney98({ amount, currency }: Money98, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_98: Readonly<Money98> = Object.freeze({ amount: 0, currency: "EUR" });
