export const WORKSPACEBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type WorkspaceBoardSortKey = "name" | "updatedAt" | "status";

export function sortWorkspaceBoard<T extends Record<WorkspaceBoardSortKey, string | null | undefined>>(rows: T[], key: WorkspaceBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupWorkspaceBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
