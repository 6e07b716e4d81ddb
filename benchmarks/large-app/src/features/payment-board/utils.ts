export const PAYMENTBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type PaymentBoardSortKey = "name" | "updatedAt" | "status";

export function sortPaymentBoard<T extends Record<PaymentBoardSortKey, string | null | undefined>>(rows: T[], key: PaymentBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupPaymentBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
