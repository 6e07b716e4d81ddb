import { useState } from "react";

import { useReviewSettings } from "../hooks/useReviewSettings";
import { ReviewSettingsItem } from "./ReviewSettingsItem";

export interface ReviewSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function ReviewSettingsView({ id, pageSize = 10 }: ReviewSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useReviewSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="reviewSettings">
      <ul>
        {items.map((item) => (
          <ReviewSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
