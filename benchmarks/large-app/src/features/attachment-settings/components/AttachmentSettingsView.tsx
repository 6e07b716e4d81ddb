import { useState } from "react";

import { useAttachmentSettings } from "../hooks/useAttachmentSettings";
import { AttachmentSettingsItem } from "./AttachmentSettingsItem";

export interface AttachmentSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function AttachmentSettingsView({ id, pageSize = 10 }: AttachmentSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useAttachmentSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="attachmentSettings">
      <ul>
        {items.map((item) => (
          <AttachmentSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
