import { useState } from "react";

import { useWarehouseBoard } from "../hooks/useWarehouseBoard";
import { WarehouseBoardItem } from "./WarehouseBoardItem";

export interface WarehouseBoardViewProps {
  id: string;
  pageSize?: number;
}

export function WarehouseBoardView({ id, pageSize = 10 }: WarehouseBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useWarehouseBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="warehouseBoard">
      <ul>
        {items.map((item) => (
          <WarehouseBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
