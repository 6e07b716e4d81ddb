import { useState } from "react";

import { useReleaseSettings } from "../hooks/useReleaseSettings";
import { ReleaseSettingsItem } from "./ReleaseSettingsItem";

export interface ReleaseSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function ReleaseSettingsView({ id, pageSize = 10 }: ReleaseSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useReleaseSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="releaseSettings">
      <ul>
        {items.map((item) => (
          <ReleaseSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
