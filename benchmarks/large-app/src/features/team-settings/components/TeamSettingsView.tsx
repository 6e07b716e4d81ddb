import { useState } from "react";

import { useTeamSettings } from "../hooks/useTeamSettings";
import { TeamSettingsItem } from "./TeamSettingsItem";

export interface TeamSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function TeamSettingsView({ id, pageSize = 10 }: TeamSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useTeamSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="teamSettings">
      <ul>
        {items.map((item) => (
          <TeamSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
