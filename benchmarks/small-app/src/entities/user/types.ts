export type UserStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface UserRecord {
  id: string;
  name: string;
  description?: string | null;
  status: UserStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isUserRecord(value: unknown): value is UserRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
