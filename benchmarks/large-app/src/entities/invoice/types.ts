export type InvoiceStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface InvoiceRecord {
  id: string;
  name: string;
  description?: string | null;
  status: InvoiceStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isInvoiceRecord(value: unknown): value is InvoiceRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
