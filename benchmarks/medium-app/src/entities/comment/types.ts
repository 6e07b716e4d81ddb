export type CommentStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface CommentRecord {
  id: string;
  name: string;
  description?: string | null;
  status: CommentStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isCommentRecord(value: unknown): value is CommentRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
