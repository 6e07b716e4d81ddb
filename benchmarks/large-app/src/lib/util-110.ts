export type Money110 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney110(a: Money110, b: Money110): Money110 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney110({ amount, currency }: Money110, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_110: Readonly<Money110> = Object.freeze({ amount: 0, currency: "EUR" });
