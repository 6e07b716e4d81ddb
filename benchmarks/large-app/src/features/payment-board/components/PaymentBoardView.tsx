import { useState } from "react";

import { usePaymentBoard } from "../hooks/usePaymentBoard";
import { PaymentBoardItem } from "./PaymentBoardItem";

export interface PaymentBoardViewProps {
  id: string;
  pageSize?: number;
}

export function PaymentBoardView({ id, pageSize = 10 }: PaymentBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = usePaymentBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="paymentBoard">
      <ul>
        {items.map((item) => (
          <PaymentBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
