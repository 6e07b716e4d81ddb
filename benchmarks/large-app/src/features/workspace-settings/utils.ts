export const WORKSPACESETTINGS_PAGE_SIZES = [10, 25, 50] as const;

export type WorkspaceSettingsSortKey = "name" | "updatedAt" | "status";

export function sortWorkspaceSettings<T extends Record<WorkspaceSettingsSortKey, string | null | undefined>>(rows: T[], key: WorkspaceSettingsSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupWorkspaceSettings<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
