export type Money206 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney206(a: Money206, b: Money206): Money206 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney206({ amount, currency }: Money206, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_206: Readonly<Money206> = Object.freeze({ amount: 0, currency: "EUR" });
