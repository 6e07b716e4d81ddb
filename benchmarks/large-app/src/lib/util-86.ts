export type Money86 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney86(a: Money86, b: Money86): Money86 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney86({ amount, currency }: Money86, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_86: Readonly<Money86> = Object.freeze({ amount: 0, currency: "EUR" });
