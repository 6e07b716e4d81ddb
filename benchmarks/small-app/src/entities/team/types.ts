export type TeamStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface TeamRecord {
  id: string;
  name: string;
  description?: string | null;
  status: TeamStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isTeamRecord(value: unknown): value is TeamRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
