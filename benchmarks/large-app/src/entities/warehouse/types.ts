export type WarehouseStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface WarehouseRecord {
  id: string;
  name: string;
  description?: string | null;
  status: WarehouseStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isWarehouseRecord(value: unknown): value is WarehouseRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
