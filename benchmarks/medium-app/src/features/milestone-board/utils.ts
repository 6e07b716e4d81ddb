export const MILESTONEBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type MilestoneBoardSortKey = "name" | "updatedAt" | "status";

export function sortMilestoneBoard<T extends Record<MilestoneBoardSortKey, string | null | undefined>>(rows: T[], key: MilestoneBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupMilestoneBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
