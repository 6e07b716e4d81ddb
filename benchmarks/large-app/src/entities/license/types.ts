export type LicenseStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface LicenseRecord {
  id: string;
  name: string;
  description?: string | null;
  status: LicenseStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isLicenseRecord(value: unknown): value is LicenseRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
