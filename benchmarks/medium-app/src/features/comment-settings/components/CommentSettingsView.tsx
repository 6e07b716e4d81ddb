import { useState } from "react";

import { useCommentSettings } from "../hooks/useCommentSettings";
import { CommentSettingsItem } from "./CommentSettingsItem";

export interface CommentSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function CommentSettingsView({ id, pageSize = 10 }: CommentSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useCommentSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="commentSettings">
      <ul>
        {items.map((item) => (
          <CommentSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
