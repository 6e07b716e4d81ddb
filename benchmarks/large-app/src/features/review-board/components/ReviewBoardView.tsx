import { useState } from "react";

import { useReviewBoard } from "../hooks/useReviewBoard";
import { ReviewBoardItem } from "./ReviewBoardItem";

export interface ReviewBoardViewProps {
  id: string;
  pageSize?: number;
}

export function ReviewBoardView({ id, pageSize = 10 }: ReviewBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useReviewBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="reviewBoard">
      <ul>
        {items.map((item) => (
          <ReviewBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
