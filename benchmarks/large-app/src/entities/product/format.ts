import type { ProductRecord } from "./types";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export function formatProduct(record: ProductRecord): string {
  const when = record.updatedAt ?? record.createdAt;
  return record.name + " (" + record.status.toLowerCase() + ", " + dateFormat.format(new Date(when)) + ")";
}

export function productLabel(record: Pick<ProductRecord, "name" | "tags">): string {
  return record.tags.length > 0 ? record.name + " · " + record.tags.join(", ") : record.name;
}
