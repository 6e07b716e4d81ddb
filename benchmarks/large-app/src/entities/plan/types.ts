export type PlanStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface PlanRecord {
  id: string;
  name: string;
  description?: string | null;
  status: PlanStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isPlanRecord(value: unknown): value is PlanRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
