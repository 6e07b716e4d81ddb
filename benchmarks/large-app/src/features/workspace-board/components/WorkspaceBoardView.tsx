import { useState } from "react";

import { useWorkspaceBoard } from "../hooks/useWorkspaceBoard";
import { WorkspaceBoardItem } from "./WorkspaceBoardItem";

export interface WorkspaceBoardViewProps {
  id: string;
  pageSize?: number;
}

export function WorkspaceBoardView({ id, pageSize = 10 }: WorkspaceBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useWorkspaceBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="workspaceBoard">
      <ul>
        {items.map((item) => (
          <WorkspaceBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
