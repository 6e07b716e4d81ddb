import { useState } from "react";

import { useNotificationBoard } from "../hooks/useNotificationBoard";
import { NotificationBoardItem } from "./NotificationBoardItem";

export interface NotificationBoardViewProps {
  id: string;
  pageSize?: number;
}

export function NotificationBoardView({ id, pageSize = 10 }: NotificationBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useNotificationBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="notificationBoard">
      <ul>
        {items.map((item) => (
          <NotificationBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
