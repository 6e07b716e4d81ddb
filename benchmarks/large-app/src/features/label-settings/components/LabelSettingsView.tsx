import { useState } from "react";

import { useLabelSettings } from "../hooks/useLabelSettings";
import { LabelSettingsItem } from "./LabelSettingsItem";

export interface LabelSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function LabelSettingsView({ id, pageSize = 10 }: LabelSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useLabelSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="labelSettings">
      <ul>
        {items.map((item) => (
          <LabelSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
