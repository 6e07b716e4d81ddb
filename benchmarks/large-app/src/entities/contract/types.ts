export type ContractStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface ContractRecord {
  id: string;
  name: string;
  description?: string | null;
  status: ContractStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isContractRecord(value: unknown): value is ContractRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
