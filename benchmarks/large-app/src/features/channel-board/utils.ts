export const CHANNELBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type ChannelBoardSortKey = "name" | "updatedAt" | "status";

export function sortChannelBoard<T extends Record<ChannelBoardSortKey, string | null | undefined>>(rows: T[], key: ChannelBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupChannelBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
