import { useState } from "react";

import { useChannelBoard } from "../hooks/useChannelBoard";
import { ChannelBoardItem } from "./ChannelBoardItem";

export interface ChannelBoardViewProps {
  id: string;
  pageSize?: number;
}

export function ChannelBoardView({ id, pageSize = 10 }: ChannelBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useChannelBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="channelBoard">
      <ul>
        {items.map((item) => (
          <ChannelBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
