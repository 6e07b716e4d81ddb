import { useState } from "react";

import { useTicketSettings } from "../hooks/useTicketSettings";
import { TicketSettingsItem } from "./TicketSettingsItem";

export interface TicketSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function TicketSettingsView({ id, pageSize = 10 }: TicketSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useTicketSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="ticketSettings">
      <ul>
        {items.map((item) => (
          <TicketSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
