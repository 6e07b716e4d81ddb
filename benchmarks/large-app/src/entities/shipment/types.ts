export type ShipmentStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface ShipmentRecord {
  id: string;
  name: string;
  description?: string | null;
  status: ShipmentStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isShipmentRecord(value: unknown): value is ShipmentRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
