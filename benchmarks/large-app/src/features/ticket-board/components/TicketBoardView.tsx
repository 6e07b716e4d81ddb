import { useState } from "react";

import { useTicketBoard } from "../hooks/useTicketBoard";
import { TicketBoardItem } from "./TicketBoardItem";

export interface TicketBoardViewProps {
  id: string;
  pageSize?: number;
}

export function TicketBoardView({ id, pageSize = 10 }: TicketBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useTicketBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="ticketBoard">
      <ul>
        {items.map((item) => (
          <TicketBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
