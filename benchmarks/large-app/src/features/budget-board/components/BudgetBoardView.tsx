import { useState } from "react";

import { useBudgetBoard } from "../hooks/useBudgetBoard";
import { BudgetBoardItem } from "./BudgetBoardItem";

export interface BudgetBoardViewProps {
  id: string;
  pageSize?: number;
}

export function BudgetBoardView({ id, pageSize = 10 }: BudgetBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useBudgetBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="budgetBoard">
      <ul>
        {items.map((item) => (
          <BudgetBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
