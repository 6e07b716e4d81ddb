import { useState } from "react";

import { useLabelBoard } from "../hooks/useLabelBoard";
import { LabelBoardItem } from "./LabelBoardItem";

export interface LabelBoardViewProps {
  id: string;
  pageSize?: number;
}

export function LabelBoardView({ id, pageSize = 10 }: LabelBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useLabelBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="labelBoard">
      <ul>
        {items.map((item) => (
          <LabelBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
