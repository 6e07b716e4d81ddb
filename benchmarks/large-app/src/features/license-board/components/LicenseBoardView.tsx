import { useState } from "react";

import { useLicenseBoard } from "../hooks/useLicenseBoard";
import { LicenseBoardItem } from "./LicenseBoardItem";

export interface LicenseBoardViewProps {
  id: string;
  pageSize?: number;
}

export function LicenseBoardView({ id, pageSize = 10 }: LicenseBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useLicenseBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="licenseBoard">
      <ul>
        {items.map((item) => (
          <LicenseBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
