export type MeetingStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface MeetingRecord {
  id: string;
  name: string;
  description?: string | null;
  status: MeetingStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isMeetingRecord(value: unknown): value is MeetingRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
