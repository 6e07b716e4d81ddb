export type Money116 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney116(a: Money116, b: Money116): Money116 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney116({ amount, currency }: Money116, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_116: Readonly<Money116> = Object.freeze({ amount: 0, currency: "EUR" });
