export type CampaignStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface CampaignRecord {
  id: string;
  name: string;
  description?: string | null;
  status: CampaignStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isCampaignRecord(value: unknown): value is CampaignRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
