export type Money104 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney104(a: Money104, b: Money104): Money104 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney104({ amount, currency }: Money104, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_104: Readonly<Money104> = Object.freeze({ amount: 0, currency: "EUR" });
