import { useState } from "react";

import { useReportBoard } from "../hooks/useReportBoard";
import { ReportBoardItem } from "./ReportBoardItem";

export interface ReportBoardViewProps {
  id: string;
  pageSize?: number;
}

export function ReportBoardView({ id, pageSize = 10 }: ReportBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useReportBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="reportBoard">
      <ul>
        {items.map((item) => (
          <ReportBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
