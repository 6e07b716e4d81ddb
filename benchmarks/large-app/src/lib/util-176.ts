export type Money176 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney176(a: Money176, b: Money176): Money176 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney176({ amount, currency }: Money176, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_176: Readonly<Money176> = Object.freeze({ amount: 0, currency: "EUR" });
