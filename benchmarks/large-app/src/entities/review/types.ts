export type ReviewStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface ReviewRecord {
  id: string;
  name: string;
  description?: string | null;
  status: ReviewStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isReviewRecord(value: unknown): value is ReviewRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
