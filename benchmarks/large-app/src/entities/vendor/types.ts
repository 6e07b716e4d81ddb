export type VendorStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface VendorRecord {
  id: string;
  name: string;
  description?: string | null;
  status: VendorStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isVendorRecord(value: unknown): value is VendorRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
