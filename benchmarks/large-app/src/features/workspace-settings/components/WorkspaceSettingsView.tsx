import { useState } from "react";

import { useWorkspaceSettings } from "../hooks/useWorkspaceSettings";
import { WorkspaceSettingsItem } from "./WorkspaceSettingsItem";

export interface WorkspaceSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function WorkspaceSettingsView({ id, pageSize = 10 }: WorkspaceSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useWorkspaceSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="workspaceSettings">
      <ul>
        {items.map((item) => (
          <WorkspaceSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
