import { useState } from "react";

import { useIncidentSettings } from "../hooks/useIncidentSettings";
import { IncidentSettingsItem } from "./IncidentSettingsItem";

export interface IncidentSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function IncidentSettingsView({ id, pageSize = 10 }: IncidentSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useIncidentSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="incidentSettings">
      <ul>
        {items.map((item) => (
          <IncidentSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
