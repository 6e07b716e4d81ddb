export type ReportStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface ReportRecord {
  id: string;
  name: string;
  description?: string | null;
  status: ReportStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isReportRecord(value: unknown): value is ReportRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
