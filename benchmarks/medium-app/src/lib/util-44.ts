export type Money44 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney44(a: Money44, b: Money44): Money44 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney44({ amount, currency }: Money44, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_44: Readonly<Money44> = Object.freeze({ amount: 0, currency: "EUR" });
