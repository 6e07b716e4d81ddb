import { useState } from "react";

import { useShipmentSettings } from "../hooks/useShipmentSettings";
import { ShipmentSettingsItem } from "./ShipmentSettingsItem";

export interface ShipmentSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function ShipmentSettingsView({ id, pageSize = 10 }: ShipmentSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useShipmentSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="shipmentSettings">
      <ul>
        {items.map((item) => (
          <ShipmentSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
