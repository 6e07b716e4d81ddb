import { useState } from "react";

import { useSprintBoard } from "../hooks/useSprintBoard";
import { SprintBoardItem } from "./SprintBoardItem";

export interface SprintBoardViewProps {
  id: string;
  pageSize?: number;
}

export function SprintBoardView({ id, pageSize = 10 }: SprintBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useSprintBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="sprintBoard">
      <ul>
        {items.map((item) => (
          <SprintBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
