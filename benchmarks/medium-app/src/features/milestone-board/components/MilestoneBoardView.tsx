import { useState } from "react";

import { useMilestoneBoard } from "../hooks/useMilestoneBoard";
import { MilestoneBoardItem } from "./MilestoneBoardItem";

export interface MilestoneBoardViewProps {
  id: string;
  pageSize?: number;
}

export function MilestoneBoardView({ id, pageSize = 10 }: MilestoneBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useMilestoneBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="milestoneBoard">
      <ul>
        {items.map((item) => (
          <MilestoneBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
