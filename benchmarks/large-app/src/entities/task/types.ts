export type TaskStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface TaskRecord {
  id: string;
  name: string;
  description?: string | null;
  status: TaskStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isTaskRecord(value: unknown): value is TaskRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
