export type LabelStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface LabelRecord {
  id: string;
  name: string;
  description?: string | null;
  status: LabelStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isLabelRecord(value: unknown): value is LabelRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
