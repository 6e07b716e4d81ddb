import { useState } from "react";

import { useMilestoneSettings } from "../hooks/useMilestoneSettings";
import { MilestoneSettingsItem } from "./MilestoneSettingsItem";

export interface MilestoneSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function MilestoneSettingsView({ id, pageSize = 10 }: MilestoneSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useMilestoneSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="milestoneSettings">
      <ul>
        {items.map((item) => (
          <MilestoneSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
