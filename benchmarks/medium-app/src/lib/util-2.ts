export type Money2 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney2(a: Money2, b: Money2): Money2 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney2({ amount, currency }: Money2, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_2: Readonly<Money2> = Object.freeze({ amount: 0, currency: "EUR" });
