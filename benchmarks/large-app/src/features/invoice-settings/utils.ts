export const INVOICESETTINGS_PAGE_SIZES = [10, 25, 50] as const;

export type InvoiceSettingsSortKey = "name" | "updatedAt" | "status";

export function sortInvoiceSettings<T extends Record<InvoiceSettingsSortKey, string | null | undefined>>(rows: T[], key: InvoiceSettingsSortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function groupInvoiceSettings<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
