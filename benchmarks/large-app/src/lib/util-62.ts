export type Money62 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney62(a: Money62, b: Money62): Money62 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney62({ amount, currency }: Money62, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_62: Readonly<Money62> = Object.freeze({ amount: 0, currency: "EUR" });
