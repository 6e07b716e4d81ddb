import { useEffect, useMemo, useState } from "react";

import type { MessageBoardItemData } from "../components/MessageBoardItem";

interface State {
  items: MessageBoardItemData[];
  loading: boolean;
  error: Error | null;
}

export function useMessageBoard(id: string, page: number, pageSize: number): State {
  const [state, setState] = useState<State>({ items: [], loading: true, error: null });
  const key = useMemo(() => [id, page, pageSize].join(":"), [id, page, pageSize]);
  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ ...s, loading: true }));
    fetch("/api/" + encodeURIComponent(key))
      .then((r) => r.json() as Promise<MessageBoardItemData[]>)
      .then((items) => !cancelled && setState({ items, loading: false, error: null }))
      .catch((error: Error) => !cancelled && setState({ items: [], loading: false, error }));
    return () => {
      cancelled = true;
    };
  }, [key]);
  return state;
}
