import { useState } from "react";

import { useTaskBoard } from "../hooks/useTaskBoard";
import { TaskBoardItem } from "./TaskBoardItem";

export interface TaskBoardViewProps {
  id: string;
  pageSize?: number;
}

export function TaskBoardView({ id, pageSize = 10 }: TaskBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useTaskBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="taskBoard">
      <ul>
        {items.map((item) => (
          <TaskBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
