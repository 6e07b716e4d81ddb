export type SprintStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface SprintRecord {
  id: string;
  name: string;
  description?: string | null;
  status: SprintStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isSprintRecord(value: unknown): value is SprintRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
