export type Money134 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney134(a: Money134, b: Money134): Money134 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney134({ amount, currency }: Money134, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_134: Readonly<Money134> = Object.freeze({ amount: 0, currency: "EUR" });
