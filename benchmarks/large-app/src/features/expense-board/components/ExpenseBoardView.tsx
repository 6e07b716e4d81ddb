import { useState } from "react";

import { useExpenseBoard } from "../hooks/useExpenseBoard";
import { ExpenseBoardItem } from "./ExpenseBoardItem";

export interface ExpenseBoardViewProps {
  id: string;
  pageSize?: number;
}

export function ExpenseBoardView({ id, pageSize = 10 }: ExpenseBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useExpenseBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="expenseBoard">
      <ul>
        {items.map((item) => (
          <ExpenseBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
