export type OrderStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface OrderRecord {
  id: string;
  name: string;
  description?: string | null;
  status: OrderStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isOrderRecord(value: unknown): value is OrderRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
