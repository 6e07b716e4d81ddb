export const REVIEWBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type ReviewBoardSortKey = "name" | "updatedAt" | "status";

export function sortReviewBoard<T extends Record<ReviewBoardSortKey, string | null | undefined>>(rows: T[], key: ReviewBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupReviewBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
