export const PROJECTBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type ProjectBoardSortKey = "name" | "updatedAt" | "status";

export function sortProjectBoard<T extends Record<ProjectBoardSortKey, string | null | undefined>>(rows: T[], key: ProjectBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupProjectBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
