import { useState } from "react";

import { useDashboardBoard } from "../hooks/useDashboardBoard";
import { DashboardBoardItem } from "./DashboardBoardItem";

export interface DashboardBoardViewProps {
  id: string;
  pageSize?: number;
}

export function DashboardBoardView({ id, pageSize = 10 }: DashboardBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useDashboardBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="dashboardBoard">
      <ul>
        {items.map((item) => (
          <DashboardBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
