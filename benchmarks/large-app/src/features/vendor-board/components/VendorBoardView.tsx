import { useState } from "react";

import { useVendorBoard } from "../hooks/useVendorBoard";
import { VendorBoardItem } from "./VendorBoardItem";

export interface VendorBoardViewProps {
  id: string;
  pageSize?: number;
}

export function VendorBoardView({ id, pageSize = 10 }: VendorBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useVendorBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="vendorBoard">
      <ul>
        {items.map((item) => (
          <VendorBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
