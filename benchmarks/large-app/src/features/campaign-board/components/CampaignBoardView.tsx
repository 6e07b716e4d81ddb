import { useState } from "react";

import { useCampaignBoard } from "../hooks/useCampaignBoard";
import { CampaignBoardItem } from "./CampaignBoardItem";

export interface CampaignBoardViewProps {
  id: string;
  pageSize?: number;
}

export function CampaignBoardView({ id, pageSize = 10 }: CampaignBoardViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useCampaignBoard(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="campaignBoard">
      <ul>
        {items.map((item) => (
          <CampaignBoardItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
