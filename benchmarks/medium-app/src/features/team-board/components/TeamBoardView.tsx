import { useState } from "react";

import { useTeamBoard } from "../hooks/useTeamBoard";
import { TeamBoardItem } from "./TeamBoardItem";

export interface TeamBoardViewProps {
  id: string;
  pageSize?: number;
}

export function TeamBoardView({ id, pageSize = 10 }: TeamBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useTeamBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="teamBoard">
      <ul>
        {items.map((item) => (
          <TeamBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
