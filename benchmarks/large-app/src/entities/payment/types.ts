export type PaymentStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface PaymentRecord {
  id: string;
  name: string;
  description?: string | null;
  status: PaymentStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isPaymentRecord(value: unknown): value is PaymentRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
