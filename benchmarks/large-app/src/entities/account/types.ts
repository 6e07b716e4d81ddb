export type AccountStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface AccountRecord {
  id: string;
  name: string;
  description?: string | null;
  status: AccountStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isAccountRecord(value: unknown): value is AccountRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
