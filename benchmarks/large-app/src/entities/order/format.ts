import type { OrderRecord } from "./types";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export function formatOrder(record: OrderRecord): string {
  const when = record.updatedAt ?? record.createdAt;
  return record.name + " (" + record.status.toLowerCase() + ", " + dateFormat.format(new Date(when)) + ")";
}

export function orderLabel(record: Pick<OrderRecord, "name" | "tags">): string {
  return record.tags.length > 0 ? record.name + " · " + record.tags.join(", ") : record.name;
}
