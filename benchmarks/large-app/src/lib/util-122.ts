export type Money122 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney122(a: Money122, b: Money122): Money122 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney122({ amount, currency }: Money122, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_122: Readonly<Money122> = Object.freeze({ amount: 0, currency: "EUR" });
