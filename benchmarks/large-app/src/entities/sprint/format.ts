import type { SprintRecord } from "./types";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export function formatSprint(record: SprintRecord): string {
  const when = record.updatedAt ?? record.createdAt;
  return record.name + " (" + record.status.toLowerCase() + ", " + dateFormat.format(new Date(when)) + ")";
}

export function sprintLabel(record: Pick<SprintRecord, "name" | "tags">): string {
  return record.tags.length > 0 ? record.name + " · " + record.tags.join(", ") : record.name;
}
