export type ProductStatus = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface ProductRecord {
  id: string;
  name: string;
  description?: string | null;
  status: ProductStatus;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function isProductRecord(value: unknown): value is ProductRecord {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
