export const DOCUMENTBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type DocumentBoardSortKey = "name" | "updatedAt" | "status";

export function sortDocumentBoard<T extends Record<DocumentBoardSortKey, string | null | undefined>>(rows: T[], key: DocumentBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupDocumentBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
