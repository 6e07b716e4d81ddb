import { useState } from "react";

import { useShipmentBoard } from "../hooks/useShipmentBoard";
import { ShipmentBoardItem } from "./ShipmentBoardItem";

export interface ShipmentBoardViewProps {
  id: string;
  pageSize?: number;
}

export function ShipmentBoardView({ id, pageSize = 10 }: ShipmentBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useShipmentBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="shipmentBoard">
      <ul>
        {items.map((item) => (
          <ShipmentBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
