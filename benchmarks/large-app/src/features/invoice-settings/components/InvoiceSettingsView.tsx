import { useState } from "react";

import { useInvoiceSettings } from "../hooks/useInvoiceSettings";
import { InvoiceSettingsItem } from "./InvoiceSettingsItem";

export interface InvoiceSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function InvoiceSettingsView({ id, pageSize = 10 }: InvoiceSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useInvoiceSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="invoiceSettings">
      <ul>
        {items.map((item) => (
          <InvoiceSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
