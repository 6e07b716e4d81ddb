import type { MeetingRecord } from "./types";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export function formatMeeting(record: MeetingRecord): string {
  const when = record.updatedAt ?? record.createdAt;
  return record.name + " (" + record.status.toLowerCase() + ", " + dateFormat.format(new Date(when)) + ")";
}

export function meetingLabel(record: Pick<MeetingRecord, "name" | "tags">): string {
  return record.tags.length > 0 ? record.name + " · " + record.tags.join(", ") : record.name;
}
