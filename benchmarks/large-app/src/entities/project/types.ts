export type ProjectStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface ProjectRecord {
  id: string;
  name: string;
  description?: string | null;
  status: ProjectStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isProjectRecord(value: unknown): value is ProjectRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
