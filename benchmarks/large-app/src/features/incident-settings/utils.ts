export const INCIDENTSETTINGS_PAGE_SIZES = [10, 25, 50] as const;

export type IncidentSettingsSortKey = "name" | "updatedAt" | "status";

export function sortIncidentSettings<T extends Record<IncidentSettingsSortKey, string | null | undefined>>(rows: T[], key: IncidentSettingsSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupIncidentSettings<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
