import { useState } from "react";

import { useUserBoard } from "../hooks/useUserBoard";
import { UserBoardItem } from "./UserBoardItem";

export interface UserBoardViewProps {
  id: string;
  pageSize?: number;
}

export function UserBoardView({ id, pageSize = 10 }: UserBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useUserBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="userBoard">
      <ul>
        {items.map((item) => (
          <UserBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
