export const LEADBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type LeadBoardSortKey = "name" | "updatedAt" | "status";

export function sortLeadBoard<T extends Record<LeadBoardSortKey, string | null | undefined>>(rows: T[], key: LeadBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupLeadBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
