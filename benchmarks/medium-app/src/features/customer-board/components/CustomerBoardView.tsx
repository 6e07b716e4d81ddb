import { useState } from "react";

import { useCustomerBoard } from "../hooks/useCustomerBoard";
import { CustomerBoardItem } from "./CustomerBoardItem";

export interface CustomerBoardViewProps {
  id: string;
  pageSize?: number;
}

export function CustomerBoardView({ id, pageSize = 10 }: CustomerBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useCustomerBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="customerBoard">
      <ul>
        {items.map((item) => (
          <CustomerBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
