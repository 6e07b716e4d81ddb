import { useState } from "react";

import { useProjectBoard } from "../hooks/useProjectBoard";
import { ProjectBoardItem } from "./ProjectBoardItem";

export interface ProjectBoardViewProps {
  id: string;
  pageSize?: number;
}

export function ProjectBoardView({ id, pageSize = 10 }: ProjectBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useProjectBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="projectBoard">
      <ul>
        {items.map((item) => (
          <ProjectBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
