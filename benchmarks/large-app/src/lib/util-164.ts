export type Money164 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney164(a: Money164, b: Money164): Money164 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney164({ amount, currency }: Money164, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_164: Readonly<Money164> = Object.freeze({ amount: 0, currency: "EUR" });
