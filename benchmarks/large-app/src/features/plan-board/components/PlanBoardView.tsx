import { useState } from "react";

import { usePlanBoard } from "../hooks/usePlanBoard";
import { PlanBoardItem } from "./PlanBoardItem";

export interface PlanBoardViewProps {
  id: string;
  pageSize?: number;
}

export function PlanBoardView({ id, pageSize = 10 }: PlanBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = usePlanBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="planBoard">
      <ul>
        {items.map((item) => (
          <PlanBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
