export const PRODUCTSETTINGS_PAGE_SIZES = [10, 25, 50] as const;

export type ProductSettingsSortKey = "name" | "updatedAt" | "status";

export function sortProductSettings<T extends Record<ProductSettingsSortKey, string | null | undefined>>(rows: T[], key: ProductSettingsSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupProductSettings<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
