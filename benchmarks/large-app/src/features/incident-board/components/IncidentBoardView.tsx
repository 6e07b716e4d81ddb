import { useState } from "react";

import { useIncidentBoard } from "../hooks/useIncidentBoard";
import { IncidentBoardItem } from "./IncidentBoardItem";

export interface IncidentBoardViewProps {
  id: string;
  pageSize?: number;
}

export function IncidentBoardView({ id, pageSize = 10 }: IncidentBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useIncidentBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="incidentBoard">
      <ul>
        {items.map((item) => (
          <IncidentBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
