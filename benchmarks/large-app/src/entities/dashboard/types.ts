export type DashboardStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface DashboardRecord {
  id: string;
  name: string;
  description?: string | null;
  status: DashboardStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isDashboardRecord(value: unknown): value is DashboardRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
