import { useState } from "react";

import { useDocumentSettings } from "../hooks/useDocumentSettings";
import { DocumentSettingsItem } from "./DocumentSettingsItem";

export interface DocumentSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function DocumentSettingsView({ id, pageSize = 10 }: DocumentSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useDocumentSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="documentSettings">
      <ul>
        {items.map((item) => (
          <DocumentSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
