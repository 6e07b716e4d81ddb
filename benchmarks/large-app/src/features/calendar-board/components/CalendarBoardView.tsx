import { useState } from "react";

import { useCalendarBoard } from "../hooks/useCalendarBoard";
import { CalendarBoardItem } from "./CalendarBoardItem";

export interface CalendarBoardViewProps {
  id: string;
  pageSize?: number;
}

export function CalendarBoardView({ id, pageSize = 10 }: CalendarBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useCalendarBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="calendarBoard">
      <ul>
        {items.map((item) => (
          <CalendarBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
