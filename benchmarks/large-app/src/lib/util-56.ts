export type Money56 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney56(a: Money56, b: Money56): Money56 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney56({ amount, currency }: Money56, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_56: Readonly<Money56> = Object.freeze({ amount: 0, currency: "EUR" });
