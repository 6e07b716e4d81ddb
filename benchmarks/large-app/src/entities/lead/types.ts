export type LeadStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface LeadRecord {
  id: string;
  name: string;
  description?: string | null;
  status: LeadStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isLeadRecord(value: unknown): value is LeadRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
