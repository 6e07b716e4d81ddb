export type MessageStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface MessageRecord {
  id: string;
  name: string;
  description?: string | null;
  status: MessageStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isMessageRecord(value: unknown): value is MessageRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
