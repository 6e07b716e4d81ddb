export type CalendarStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface CalendarRecord {
  id: string;
  name: string;
  description?: string | null;
  status: CalendarStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isCalendarRecord(value: unknown): value is CalendarRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
