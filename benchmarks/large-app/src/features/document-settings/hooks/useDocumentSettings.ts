import { useEffect, useMemo, useState } from "react";

import type { DocumentSettingsItemData } from "../components/DocumentSettingsItem";

interface State {
  items: DocumentSettingsItemData[];
  loading: boolean;
  error: Error | null;
}

export function useDocumentSettings(id: string, page: number, pageSize: number): State {
  const [state, setState] = useState<State>({ items: [], loading: true, error: null });
  const key = useMemo(() => [id, page, pageSize].join(":"), [id, page, pageSize]);
  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ ...s, loading: true }));
    fetch("/api/" + encodeURIComponent(key))
      .then((r) => r.json() as Promise<DocumentSettingsItemData[]>)
      .then((items) => !cancelled && setState({ items, loading: false, error: null }))
      .catch((error: Error) => !cancelled && setState({ items: [], loading: false, error }));
    return () => {
      cancelled = true;
    };
  }, [key]);
  return state;
}
