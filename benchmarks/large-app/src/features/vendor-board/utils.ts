export const VENDORBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type VendorBoardSortKey = "name" | "updatedAt" | "status";

export function sortVendorBoard<T extends Record<VendorBoardSortKey, string | null | undefined>>(rows: T[], key: VendorBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupVendorBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
