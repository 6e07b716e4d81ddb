export type ReleaseStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface ReleaseRecord {
  id: string;
  name: string;
  description?: string | null;
  status: ReleaseStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isReleaseRecord(value: unknown): value is ReleaseRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
