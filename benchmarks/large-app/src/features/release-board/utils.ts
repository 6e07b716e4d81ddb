export const RELEASEBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type ReleaseBoardSortKey = "name" | "updatedAt" | "status";

export function sortReleaseBoard<T extends Record<ReleaseBoardSortKey, string | null | undefined>>(rows: T[], key: ReleaseBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupReleaseBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
