export type Money140 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney140(a: Money140, b: Money140): Money140 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney140({ amount, currency }: Money140, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_140: Readonly<Money140> = Object.freeze({ amount: 0, currency: "EUR" });
