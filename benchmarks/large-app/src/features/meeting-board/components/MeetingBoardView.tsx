import { useState } from "react";

import { useMeetingBoard } from "../hooks/useMeetingBoard";
import { MeetingBoardItem } from "./MeetingBoardItem";

export interface MeetingBoardViewProps {
  id: string;
  pageSize?: number;
}

export function MeetingBoardView({ id, pageSize = 10 }: MeetingBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useMeetingBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="meetingBoard">
      <ul>
        {items.map((item) => (
          <MeetingBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
