export type ChannelStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface ChannelRecord {
  id: string;
  name: string;
  description?: string | null;
  status: ChannelStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isChannelRecord(value: unknown): value is ChannelRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
