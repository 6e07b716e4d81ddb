export type Money74 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney74(a: Money74, b: Money74): Money74 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney74({ amount, currency }: Money74, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_74: Readonly<Money74> = Object.freeze({ amount: 0, currency: "EUR" });
