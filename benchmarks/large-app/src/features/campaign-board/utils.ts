export const CAMPAIGNBOARD_PAGE_SIZES = [10, 25, 50] as const;

export type CampaignBoardSortKey = "name" | "updatedAt" | "status";

export function sortCampaignBoard<T extends Record<CampaignBoardSortKey, string | null | undefined>>(rows: T[], key: CampaignBoardSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupCampaignBoard<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
