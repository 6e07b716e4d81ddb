import { useState } from "react";

import { useCommentBoard } from "../hooks/useCommentBoard";
import { CommentBoardItem } from "./CommentBoardItem";

export interface CommentBoardViewProps {
  id: string;
  pageSize?: number;
}

export function CommentBoardView({ id, pageSize = 10 }: CommentBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useCommentBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="commentBoard">
      <ul>
        {items.map((item) => (
          <CommentBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
