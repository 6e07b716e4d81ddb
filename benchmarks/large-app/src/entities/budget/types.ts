export type BudgetStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface BudgetRecord {
  id: string;
  name: string;
  description?: string | null;
  status: BudgetStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isBudgetRecord(value: unknown): value is BudgetRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
