import { useState } from "react";

import { useContractSettings } from "../hooks/useContractSettings";
import { ContractSettingsItem } from "./ContractSettingsItem";

export interface ContractSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function ContractSettingsView({ id, pageSize = 10 }: ContractSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useContractSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="contractSettings">
      <ul>
        {items.map((item) => (
          <ContractSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
