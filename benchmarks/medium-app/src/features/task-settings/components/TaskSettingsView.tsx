import { useState } from "react";

import { useTaskSettings } from "../hooks/useTaskSettings";
import { TaskSettingsItem } from "./TaskSettingsItem";

export interface TaskSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function TaskSettingsView({ id, pageSize = 10 }: TaskSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useTaskSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="taskSettings">
      <ul>
        {items.map((item) => (
          <TaskSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
