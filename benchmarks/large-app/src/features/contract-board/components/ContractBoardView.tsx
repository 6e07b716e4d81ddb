import { useState } from "react";

import { useContractBoard } from "../hooks/useContractBoard";
import { ContractBoardItem } from "./ContractBoardItem";

export interface ContractBoardViewProps {
  id: string;
  pageSize?: number;
}

export function ContractBoardView({ id, pageSize = 10 }: ContractBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useContractBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="contractBoard">
      <ul>
        {items.map((item) => (
          <ContractBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
