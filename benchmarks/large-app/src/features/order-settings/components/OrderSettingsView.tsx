import { useState } from "react";

import { useOrderSettings } from "../hooks/useOrderSettings";
import { OrderSettingsItem } from "./OrderSettingsItem";

export interface OrderSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function OrderSettingsView({ id, pageSize = 10 }: OrderSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useOrderSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="orderSettings">
      <ul>
        {items.map((item) => (
          <OrderSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
