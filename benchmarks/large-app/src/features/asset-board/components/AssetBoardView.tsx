import { useState } from "react";

import { useAssetBoard } from "../hooks/useAssetBoard";
import { AssetBoardItem } from "./AssetBoardItem";

export interface AssetBoardViewProps {
  id: string;
  pageSize?: number;
}

export function AssetBoardView({ id, pageSize = 10 }: AssetBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useAssetBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="assetBoard">
      <ul>
        {items.map((item) => (
          <AssetBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
