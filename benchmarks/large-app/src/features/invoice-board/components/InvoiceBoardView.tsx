import { useState } from "react";

import { useInvoiceBoard } from "../hooks/useInvoiceBoard";
import { InvoiceBoardItem } from "./InvoiceBoardItem";

export interface InvoiceBoardViewProps {
  id: string;
  pageSize?: number;
}

export function InvoiceBoardView({ id, pageSize = 10 }: InvoiceBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useInvoiceBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="invoiceBoard">
      <ul>
        {items.map((item) => (
          <InvoiceBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
