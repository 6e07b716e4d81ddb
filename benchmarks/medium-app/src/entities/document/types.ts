export type DocumentStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface DocumentRecord {
  id: string;
  name: string;
  description?: string | null;
  status: DocumentStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isDocumentRecord(value: unknown): value is DocumentRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
