export type NotificationStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface NotificationRecord {
  id: string;
  name: string;
  description?: string | null;
  status: NotificationStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isNotificationRecord(value: unknown): value is NotificationRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
