import { useState } from "react";

import { useMessageBoard } from "../hooks/useMessageBoard";
import { MessageBoardItem } from "./MessageBoardItem";

export interface MessageBoardViewProps {
  id: string;
  pageSize?: number;
}

export function MessageBoardView({ id, pageSize = 10 }: MessageBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useMessageBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="messageBoard">
      <ul>
        {items.map((item) => (
          <MessageBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
