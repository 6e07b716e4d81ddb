import { useState } from "react";

import { useDocumentBoard } from "../hooks/useDocumentBoard";
import { DocumentBoardItem } from "./DocumentBoardItem";

export interface DocumentBoardViewProps {
  id: string;
  pageSize?: number;
}

export function DocumentBoardView({ id, pageSize = 10 }: DocumentBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useDocumentBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="documentBoard">
      <ul>
        {items.map((item) => (
          <DocumentBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
