export const CALENDARBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type CalendarBoardSortKey = "name" | "updatedAt" | "status";

export function sortCalendarBoard<T extends Record<CalendarBoardSortKey, string | null | undefined>>(rows: T[], key: CalendarBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupCalendarBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
