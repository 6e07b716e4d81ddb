export const TASKBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type TaskBoardSortKey = "name" | "updatedAt" | "status";

export function sortTaskBoard<T extends Record<TaskBoardSortKey, string | null | undefined>>(rows: T[], key: TaskBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupTaskBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
