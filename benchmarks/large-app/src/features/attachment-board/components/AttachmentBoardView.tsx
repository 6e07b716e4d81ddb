import { useState } from "react";

import { useAttachmentBoard } from "../hooks/useAttachmentBoard";
import { AttachmentBoardItem } from "./AttachmentBoardItem";

export interface AttachmentBoardViewProps {
  id: string;
  pageSize?: number;
}

export function AttachmentBoardView({ id, pageSize = 10 }: AttachmentBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useAttachmentBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="attachmentBoard">
      <ul>
        {items.map((item) => (
          <AttachmentBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
