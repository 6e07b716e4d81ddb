// Files without definitions: what most of a real codebase is. The builder still discovers,
// reads and parses every one of them (they match `include`), so their size and syntax matter:
// these use interfaces, generics, JSX, classes, async code and imports of packages.

const TEMPLATES = {
  featureView: ({ F, name }) => `import { useState } from "react";

import { use${F} } from "../hooks/use${F}";
import { ${F}Item } from "./${F}Item";

export interface ${F}ViewProps {
  id: string;
  pageSize?: number;
}

export function ${F}View({ id, pageSize = 10 }: ${F}ViewProps) {
  const [page, setPage] = useState(0);
  const { items, loading, error } = use${F}(id, page, pageSize);
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <section aria-busy={loading} className="${name}">
      <ul>
        {items.map((item) => (
          <${F}Item key={item.id} item={item} />
        ))}
      </ul>
      <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
      <button onClick={() => setPage((p) => p + 1)}>Next</button>
    </section>
  );
}
`,
  featureItem: ({ F }) => `export interface ${F}ItemData {
  id: string;
  name: string;
  status: "ACTIVE" | "DRAFT" | "ARCHIVED";
  updatedAt?: string | null;
}

export function ${F}Item({ item }: { item: ${F}ItemData }) {
  const stale = item.updatedAt ? Date.now() - Date.parse(item.updatedAt) > 86_400_000 : true;
  return (
    <li data-status={item.status.toLowerCase()} className={stale ? "stale" : undefined}>
      <strong>{item.name}</strong>
      {item.updatedAt ? <time dateTime={item.updatedAt}>{item.updatedAt}</time> : null}
    </li>
  );
}
`,
  featureHook: ({ F }) => `import { useEffect, useMemo, useState } from "react";

import type { ${F}ItemData } from "../components/${F}Item";

interface State {
  items: ${F}ItemData[];
  loading: boolean;
  error: Error | null;
}

export function use${F}(id: string, page: number, pageSize: number): State {
  const [state, setState] = useState<State>({ items: [], loading: true, error: null });
  const key = useMemo(() => [id, page, pageSize].join(":"), [id, page, pageSize]);
  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ ...s, loading: true }));
    fetch("/api/" + encodeURIComponent(key))
      .then((r) => r.json() as Promise<${F}ItemData[]>)
      .then((items) => !cancelled && setState({ items, loading: false, error: null }))
      .catch((error: Error) => !cancelled && setState({ items: [], loading: false, error }));
    return () => {
      cancelled = true;
    };
  }, [key]);
  return state;
}
`,
  featureUtils: ({ F }) => `export const ${F.toUpperCase()}_PAGE_SIZES = [10, 25, 50] as const;

export type ${F}SortKey = "name" | "updatedAt" | "status";

export function sort${F}<T extends Record<${F}SortKey, string | null | undefined>>(rows: T[], key: ${F}SortKey): T[] {
  return [...rows].sort((a, b) => String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
}

export function group${F}<T extends { status: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.status) ?? [];
    list.push(row);
    groups.set(row.status, list);
  }
  return groups;
}
`,
  layout: ({ P }) => `import type { ReactNode } from "react";

export function PageLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page ${P}">
      <header>
        <h1>{title}</h1>
        <nav aria-label="breadcrumbs">
          <a href="/">Home</a>
        </nav>
      </header>
      <main>{children}</main>
    </div>
  );
}
`,
  entityTypes: ({ E }) => `export type ${E}Status = "ACTIVE" | "DRAFT" | "ARCHIVED";

export interface ${E}Record {
  id: string;
  name: string;
  description?: string | null;
  status: ${E}Status;
  tags: string[];
  score?: number | null;
  createdAt: string;
  updatedAt?: string | null;
}

export function is${E}Record(value: unknown): value is ${E}Record {
  return typeof value === "object" && value !== null && "id" in value && "status" in value;
}
`,
  entityFormat: ({ E, e }) => `import type { ${E}Record } from "./types";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export function format${E}(record: ${E}Record): string {
  const when = record.updatedAt ?? record.createdAt;
  return record.name + " (" + record.status.toLowerCase() + ", " + dateFormat.format(new Date(when)) + ")";
}

export function ${e}Label(record: Pick<${E}Record, "name" | "tags">): string {
  return record.tags.length > 0 ? record.name + " · " + record.tags.join(", ") : record.name;
}
`,
  lib: (_, k) =>
    [
      `export class LruCache${k}<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
`,
      `export interface RetryOptions${k} {
  attempts: number;
  delayMs: number;
  factor?: number;
}

export async function withRetry${k}<T>(run: () => Promise<T>, options: RetryOptions${k}): Promise<T> {
  let delay = options.delayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= options.attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= options.factor ?? 2;
    }
  }
}
`,
      `export type Money${k} = { amount: number; currency: "EUR" | "USD" | "JPY" };

export function addMoney${k}(a: Money${k}, b: Money${k}): Money${k} {
  if (a.currency !== b.currency) throw new Error("currency mismatch: " + a.currency + " / " + b.currency);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function formatMoney${k}({ amount, currency }: Money${k}, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 100);
}

export const ZERO_${k}: Readonly<Money${k}> = Object.freeze({ amount: 0, currency: "EUR" });
`,
    ][k % 3],
  ui: (_, k) =>
    [
      `import { useId, useState } from "react";

export function Widget${k}({ label, onChange }: { label: string; onChange?: (value: string) => void }) {
  const id = useId();
  const [value, setValue] = useState("");
  return (
    <label htmlFor={id}>
      {label}
      <input
        id={id}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          onChange?.(event.target.value);
        }}
      />
    </label>
  );
}
`,
      `import type { ReactNode } from "react";

type Tone = "info" | "warning" | "danger";

const TONES: Record<Tone, string> = { info: "blue", warning: "amber", danger: "red" };

export function Widget${k}({ tone = "info", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <div role={tone === "danger" ? "alert" : "status"} style={{ borderColor: TONES[tone] }}>
      {children}
    </div>
  );
}
`,
      `import { useEffect, useRef } from "react";

export function Widget${k}({ open, onClose, title }: { open: boolean; onClose: () => void; title: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) ref.current?.showModal();
    else ref.current?.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-label={title}>
      <form method="dialog">
        <h2>{title}</h2>
        <button value="close">Close</button>
      </form>
    </dialog>
  );
}
`,
    ][k % 3],
};

/** The text of plain file `kind` number `k`, with `names` substituted. */
export function plainFile(kind, k, names) {
  return TEMPLATES[kind](names, k);
}
