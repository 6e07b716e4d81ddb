import { useState } from "react";

import { useUserSettings } from "../hooks/useUserSettings";
import { UserSettingsItem } from "./UserSettingsItem";

export interface UserSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function UserSettingsView({ id, pageSize = 10 }: UserSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useUserSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="userSettings">
      <ul>
        {items.map((item) => (
          <UserSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
