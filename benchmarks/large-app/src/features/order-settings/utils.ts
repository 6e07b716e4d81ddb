export const ORDERSETTINGS_PAGE_SIZES = [10, 25, 50] as const;

export type OrderSettingsSortKey = "name" | "updatedAt" | "status";

export function sortOrderSettings<T extends Record<OrderSettingsSortKey, string | null | undefined>>(rows: T[], key: OrderSettingsSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupOrderSettings<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
