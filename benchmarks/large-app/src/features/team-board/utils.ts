export const TEAMBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type TeamBoardSortKey = "name" | "updatedAt" | "status";

export function sortTeamBoard<T extends Record<TeamBoardSortKey, string | null | undefined>>(rows: T[], key: TeamBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupTeamBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
