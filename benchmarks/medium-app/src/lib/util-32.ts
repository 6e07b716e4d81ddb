export type Money32 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney32(a: Money32, b: Money32): Money32 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney32({ amount, currency }: Money32, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_32: Readonly<Money32> = Object.freeze({ amount: 0, currency: "EUR" });
