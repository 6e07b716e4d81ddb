export type AssetStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface AssetRecord {
  id: string;
  name: string;
  description?: string | null;
  status: AssetStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isAssetRecord(value: unknown): value is AssetRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
