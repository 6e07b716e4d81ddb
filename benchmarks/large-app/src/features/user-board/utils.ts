export const USERBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type UserBoardSortKey = "name" | "updatedAt" | "status";

export function sortUserBoard<T extends Record<UserBoardSortKey, string | null | undefined>>(rows: T[], key: UserBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupUserBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
