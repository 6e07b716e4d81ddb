export type TicketStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface TicketRecord {
  id: string;
  name: string;
  description?: string | null;
  status: TicketStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isTicketRecord(value: unknown): value is TicketRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
