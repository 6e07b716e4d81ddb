export type ExpenseStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface ExpenseRecord {
  id: string;
  name: string;
  description?: string | null;
  status: ExpenseStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isExpenseRecord(value: unknown): value is ExpenseRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
