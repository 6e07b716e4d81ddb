import { useState } from "react";

import { useProjectSettings } from "../hooks/useProjectSettings";
import { ProjectSettingsItem } from "./ProjectSettingsItem";

export interface ProjectSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function ProjectSettingsView({ id, pageSize = 10 }: ProjectSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useProjectSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="projectSettings">
      <ul>
        {items.map((item) => (
          <ProjectSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
