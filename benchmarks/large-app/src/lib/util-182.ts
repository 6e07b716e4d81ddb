export type Money182 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney182(a: Money182, b: Money182): Money182 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney182({ amount, currency }: Money182, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_182: Readonly<Money182> = Object.freeze({ amount: 0, currency: "EUR" });
