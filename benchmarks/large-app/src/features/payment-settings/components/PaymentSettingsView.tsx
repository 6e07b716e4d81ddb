import { useState } from "react";

import { usePaymentSettings } from "../hooks/usePaymentSettings";
import { PaymentSettingsItem } from "./PaymentSettingsItem";

export interface PaymentSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function PaymentSettingsView({ id, pageSize = 10 }: PaymentSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = usePaymentSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="paymentSettings">
      <ul>
        {items.map((item) => (
          <PaymentSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
