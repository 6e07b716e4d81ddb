export const TICKETBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type TicketBoardSortKey = "name" | "updatedAt" | "status";

export function sortTicketBoard<T extends Record<TicketBoardSortKey, string | null | undefined>>(rows: T[], key: TicketBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupTicketBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
