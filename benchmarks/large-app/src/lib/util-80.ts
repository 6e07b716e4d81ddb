export type Money80 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney80(a: Money80, b: Money80): Money80 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney80({ amount, currency }: Money80, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_80: Readonly<Money80> = Object.freeze({ amount: 0, currency: "EUR" });
