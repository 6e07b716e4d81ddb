export const SUPPLIERBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type SupplierBoardSortKey = "name" | "updatedAt" | "status";

export function sortSupplierBoard<T extends Record<SupplierBoardSortKey, string | null | undefined>>(rows: T[], key: SupplierBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupSupplierBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
