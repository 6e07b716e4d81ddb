import { useState } from "react";

import { useAccountBoard } from "../hooks/useAccountBoard";
import { AccountBoardItem } from "./AccountBoardItem";

export interface AccountBoardViewProps {
  id: string;
  pageSize?: number;
}

export function AccountBoardView({ id, pageSize = 10 }: AccountBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useAccountBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="accountBoard">
      <ul>
        {items.map((item) => (
          <AccountBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
