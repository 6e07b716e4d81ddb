export type WorkspaceStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface WorkspaceRecord {
  id: string;
  name: string;
  description?: string | null;
  status: WorkspaceStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isWorkspaceRecord(value: unknown): value is WorkspaceRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
