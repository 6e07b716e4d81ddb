export const REPORTBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type ReportBoardSortKey = "name" | "updatedAt" | "status";

export function sortReportBoard<T extends Record<ReportBoardSortKey, string | null | undefined>>(rows: T[], key: ReportBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupReportBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
