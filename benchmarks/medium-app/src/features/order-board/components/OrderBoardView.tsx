import { useState } from "react";

import { useOrderBoard } from "../hooks/useOrderBoard";
import { OrderBoardItem } from "./OrderBoardItem";

export interface OrderBoardViewProps {
  id: string;
  pageSize?: number;
}

export function OrderBoardView({ id, pageSize = 10 }: OrderBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useOrderBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="orderBoard">
      <ul>
        {items.map((item) => (
          <OrderBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
