export const MILESTONESETTINGS_PAGE_SIZES = [10, 25, 50] as const;

export type MilestoneSettingsSortKey = "name" | "updatedAt" | "status";

export function sortMilestoneSettings<T extends Record<MilestoneSettingsSortKey, string | null | undefined>>(rows: T[], key: MilestoneSettingsSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupMilestoneSettings<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
