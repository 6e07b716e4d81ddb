import { useState } from "react";

import { useCustomerSettings } from "../hooks/useCustomerSettings";
import { CustomerSettingsItem } from "./CustomerSettingsItem";

export interface CustomerSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function CustomerSettingsView({ id, pageSize = 10 }: CustomerSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useCustomerSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="customerSettings">
      <ul>
        {items.map((item) => (
          <CustomerSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
