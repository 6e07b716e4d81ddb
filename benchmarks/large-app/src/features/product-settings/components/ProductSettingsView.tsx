import { useState } from "react";

import { useProductSettings } from "../hooks/useProductSettings";
import { ProductSettingsItem } from "./ProductSettingsItem";

export interface ProductSettingsViewProps {
  id: string;
  pageSize?: number;
}

export function ProductSettingsView({ id, pageSize = 10 }: ProductSettingsViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = useProductSettings(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="productSettings">
      <ul>
        {items.map((item) => (
          <ProductSettingsItem key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
