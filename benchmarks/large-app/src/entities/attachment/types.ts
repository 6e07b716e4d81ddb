export type AttachmentStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface AttachmentRecord {
  id: string;
  name: string;
  description?: string | null;
  status: AttachmentStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isAttachmentRecord(value: unknown): value is AttachmentRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
