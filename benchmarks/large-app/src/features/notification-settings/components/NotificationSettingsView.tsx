import { useState } from "react";

import { useNotificationSettings } from "../hooks/useNotificationSettings";
import { NotificationSettingsItem } from "./NotificationSettingsItem";

export interface NotificationSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function NotificationSettingsView({ id, pageSize = 10 }: NotificationSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useNotificationSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="notificationSettings">
      <ul>
        {items.map((item) => (
          <NotificationSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
