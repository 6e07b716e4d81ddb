export type Money68 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney68(a: Money68, b: Money68): Money68 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney68({ amount, currency }: Money68, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_68: Readonly<Money68> = Object.freeze({ amount: 0, currency: "EUR" });
