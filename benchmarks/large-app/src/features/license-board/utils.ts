export const LICENSEBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type LicenseBoardSortKey = "name" | "updatedAt" | "status";

export function sortLicenseBoard<T extends Record<LicenseBoardSortKey, string | null | undefined>>(rows: T[], key: LicenseBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupLicenseBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
