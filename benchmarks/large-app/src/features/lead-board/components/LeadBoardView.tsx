import { useState } from "react";

import { useLeadBoard } from "../hooks/useLeadBoard";
import { LeadBoardItem } from "./LeadBoardItem";

export interface LeadBoardViewProps {
  id: string;
  pageSize?: number;
}

export function LeadBoardView({ id, pageSize = 10 }: LeadBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useLeadBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="leadBoard">
      <ul>
        {items.map((item) => (
          <LeadBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
