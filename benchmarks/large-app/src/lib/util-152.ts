export type Money152 = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney152(a: Money152, b: Money152): Money152 {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney152({ amount, currency }: Money152, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_152: Readonly<Money152> = Object.freeze({ amount: 0, currency: "EUR" });
