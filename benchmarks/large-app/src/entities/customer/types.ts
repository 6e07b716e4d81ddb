export type CustomerStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface CustomerRecord {
  id: string;
  name: string;
  description?: string | null;
  status: CustomerStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isCustomerRecord(value: unknown): value is CustomerRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
