export const COMMENTBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type CommentBoardSortKey = "name" | "updatedAt" | "status";

export function sortCommentBoard<T extends Record<CommentBoardSortKey, string | null | undefined>>(rows: T[], key: CommentBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupCommentBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
