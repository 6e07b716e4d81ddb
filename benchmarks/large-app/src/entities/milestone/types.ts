export type MilestoneStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface MilestoneRecord {
  id: string;
  name: string;
  description?: string | null;
  status: MilestoneStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isMilestoneRecord(value: unknown): value is MilestoneRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
