import { useState } from "react";

import { useSprintSettings } from "../hooks/useSprintSettings";
import { SprintSettingsItem } from "./SprintSettingsItem";

export interface SprintSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function SprintSettingsView({ id, pageSize = 10 }: SprintSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useSprintSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="sprintSettings">
      <ul>
        {items.map((item) => (
          <SprintSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
