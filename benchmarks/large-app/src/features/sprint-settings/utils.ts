export const SPRINTSETTINGS_PAGE_SIZES = [10, 25, 50] as const;

export type SprintSettingsSortKey = "name" | "updatedAt" | "status";

export function sortSprintSettings<T extends Record<SprintSettingsSortKey, string | null | undefined>>(rows: T[], key: SprintSettingsSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupSprintSettings<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
