import { useState } from "react";

import { useSupplierBoard } from "../hooks/useSupplierBoard";
import { SupplierBoardItem } from "./SupplierBoardItem";

export interface SupplierBoardViewProps {
  id: string;
  pageSize?: number;
}

export function SupplierBoardView({ id, pageSize = 10 }: SupplierBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useSupplierBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="supplierBoard">
      <ul>
        {items.map((item) => (
          <SupplierBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
