export type SupplierStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface SupplierRecord {
  id: string;
  name: string;
  description?: string | null;
  status: SupplierStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isSupplierRecord(value: unknown): value is SupplierRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
