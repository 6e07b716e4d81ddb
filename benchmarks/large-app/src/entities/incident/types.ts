export type IncidentStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface IncidentRecord {
  id: string;
  name: string;
  description?: string | null;
  status: IncidentStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isIncidentRecord(value: unknown): value is IncidentRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
