import { useState } from "react";

import { useProductBoard } from "../hooks/useProductBoard";
import { ProductBoardItem } from "./ProductBoardItem";

export interface ProductBoardViewProps {
  id: string;
  pageSize?: number;
}

export function ProductBoardView({ id, pageSize = 10 }: ProductBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useProductBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="productBoard">
      <ul>
        {items.map((item) => (
          <ProductBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
