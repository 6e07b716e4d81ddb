import { useState } from "react";

import { useReleaseBoard } from "../hooks/useReleaseBoard";
import { ReleaseBoardItem } from "./ReleaseBoardItem";

export interface ReleaseBoardViewProps {
  id: string;
  pageSize?: number;
}

export function ReleaseBoardView({ id, pageSize = 10 }: ReleaseBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useReleaseBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="releaseBoard">
      <ul>
        {items.map((item) => (
          <ReleaseBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
