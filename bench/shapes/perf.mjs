// The "perf" shape: the layout of upstream soda-gql's runtime-builder perf presets (written
// anew here, not copied), so numbers can be set beside upstream's:
//
//   schema.graphql        `types` object types Item<i>, each linked to the next one
//   graphql-system/       the graphql-system stub (outside src/, imported as ../../graphql-system)
//   src/entities/         model<i>.ts (one fragment each), query<i>.ts (one query each),
//                         models.ts and queries.ts (barrels re-exporting them)
//   src/pages/            operation<i>.ts, each spreading three models imported file by file
//   src/components|utils|hooks|types/   noise files without definitions, a quarter each
//
// One deliberate difference: upstream spreads models whose type differs from the field they
// are spread into (its builder inlines the fields regardless); soda-cache validates type
// conditions, so each model is spread into a field of its own type instead.

const tpl = (body) => "`" + body + "`";
const spread = (expr) => "...${" + expr + "}";

function schema(types) {
  const lines = ["# Generated benchmark schema (bench/shapes/perf.mjs).", "scalar Timestamp", "", "type Query {"];
  for (let i = 0; i < types; i++) {
    lines.push(`  item${i}(id: ID!): Item${i}`, `  item${i}List(limit: Int, offset: Int): [Item${i}!]!`);
  }
  lines.push("}", "", "type Mutation {");
  for (let i = 0; i < types; i++) {
    lines.push(`  createItem${i}(title: String!, amount: Int): Item${i}!`, `  removeItem${i}(id: ID!): Boolean!`);
  }
  lines.push("}", "");
  for (let i = 0; i < types; i++) {
    const next = (i + 1) % types;
    lines.push(
      `type Item${i} {`,
      "  id: ID!",
      "  title: String!",
      "  summary: String",
      "  amount: Int",
      "  ratio: Float",
      "  enabled: Boolean!",
      "  created: Timestamp!",
      "  modified: Timestamp",
      `  link: Item${next}`,
      `  links(limit: Int): [Item${next}!]!`,
      "}",
      "",
    );
  }
  return lines.join("\n");
}

function model(i, types) {
  return `// Benchmark model ${i}: one fragment.
import { gql } from "../../graphql-system";

export const model${i} = gql.default(({ fragment }) =>
  fragment("Model${i}", "Item${i % types}")${tpl(`{
    id
    title
    summary
    amount
    enabled
    created
    link { id title amount }
    links(limit: 5) { id title }
  }`)}(),
);
`;
}

function query(i, types) {
  const t = i % types;
  const byId = i % 2 === 0;
  const head = byId ? "($id: ID!)" : "($limit: Int, $offset: Int)";
  const field = byId ? `item${t}(id: $id)` : `item${t}List(limit: $limit, offset: $offset)`;
  return `// Benchmark query ${i}: one operation, no fragments.
import { gql } from "../../graphql-system";

export const query${i} = gql.default(({ query }) =>
  query("Query${i}")${tpl(`${head} {
    ${field} {
      id
      title
      summary
      amount
      enabled
    }
  }`)}(),
);
`;
}

function page(i, models, types) {
  const picked = [0, 1, 2].map((j) => (i * 3 + j) % models).filter((k, at, all) => all.indexOf(k) === at);
  const imports = picked.map((k) => `import { model${k} } from "../entities/model${k}";`).join("\n");
  const fields = picked.map((k, j) => `m${j}: item${k % types}(id: $id) { ${spread(`model${k}`)} }`).join("\n    ");
  return `// Benchmark operation ${i}: spreads three models from other files.
import { gql } from "../../graphql-system";
${imports}

export const operation${i} = gql.default(({ query }) =>
  query("Operation${i}")${tpl(`($id: ID!) {
    ${fields}
  }`)}(),
);
`;
}

const NOISE = [
  (i) => [
    `src/components/Panel${i}.ts`,
    `// Noise: a component-like module without definitions.
// Keeps its own collapsed state and reports every toggle to the caller, which may persist it.
import { useCallback, useState } from "react";

export interface Panel${i}Props {
  heading: string;
  collapsed?: boolean;
  onToggle?: (collapsed: boolean) => void;
}

export function Panel${i}({ heading, collapsed = false, onToggle }: Panel${i}Props) {
  const [isCollapsed, setCollapsed] = useState(collapsed);
  const toggle = useCallback(() => {
    setCollapsed((value) => {
      onToggle?.(!value);
      return !value;
    });
  }, [onToggle]);
  return { heading, isCollapsed, toggle };
}
`,
  ],
  (i) => [
    `src/utils/strings${i}.ts`,
    `// Noise: helpers without definitions.
// String helpers shared by list views: truncation for table cells, slugs for URLs, and
// pluralised counters for summaries.
export function truncate${i}(text: string, max = 80): string {
  return text.length <= max ? text : text.slice(0, Math.max(0, max - 1)) + "…";
}

export function slug${i}(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function count${i}(items: readonly unknown[], label: string): string {
  return items.length === 1 ? "1 " + label : items.length + " " + label + "s";
}

export const LIMITS_${i} = { title: 120, summary: 400, tags: 12 } as const;
`,
  ],
  (i) => [
    `src/hooks/usePolling${i}.ts`,
    `// Noise: a hook without definitions.
// Polls a loader on an interval; three failures in a row mark the data stale.
import { useEffect, useRef, useState } from "react";

export function usePolling${i}<T>(load: () => Promise<T>, intervalMs = 5000) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [failures, setFailures] = useState(0);
  const latest = useRef(load);
  latest.current = load;

  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      try {
        const next = await latest.current();
        if (!stopped) {
          setData(next);
          setFailures(0);
        }
      } catch {
        if (!stopped) setFailures((n) => n + 1);
      }
    };
    void tick();
    const timer = setInterval(tick, intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [intervalMs]);

  return { data, failures, stale: failures > 2 };
}
`,
  ],
  (i) => [
    `src/types/shapes${i}.ts`,
    `// Noise: types without definitions.
// The client-side model of a shape, its paginated listing and change listeners.
export type Shape${i}Kind = "draft" | "live" | "retired";

export interface Shape${i} {
  id: string;
  kind: Shape${i}Kind;
  title: string;
  weight: number;
  attributes: Record<string, string | number | boolean>;
}

export interface Shape${i}Page {
  items: Shape${i}[];
  total: number;
  cursor?: string;
}

export type Shape${i}Listener = (shape: Shape${i}, previous?: Shape${i}) => void;

export function isShape${i}(value: unknown): value is Shape${i} {
  return typeof value === "object" && value !== null && "id" in value && "kind" in value && "weight" in value;
}
`,
  ],
];

/** Every file of a perf-shape app. */
export function perfFiles({ noise, types, models, queries, pages }, name) {
  const files = [
    [
      "README.md",
      `# ${name}\n\nUpstream soda-gql's perf-preset shape: ${models} models, ${queries} queries, ${pages} page operations and ${noise} noise files on ${types} types.\n\nGenerated by \`node bench/generate-app.mjs --preset ${name}\` (bench/shapes/perf.mjs).\n`,
    ],
    [
      "soda-gql.config.ts",
      `import { defineConfig } from "@soda-gql/config";

export default defineConfig({
  outdir: "./graphql-system",
  include: ["./src/**/*.ts"],
  exclude: ["./src/**/*.test.ts"],
  schemas: {
    default: { schema: "./schema.graphql", inject: "./graphql-inject.ts" },
  },
});
`,
    ],
    ["schema.graphql", schema(types)],
    ["graphql-inject.ts", "// Scalars of the benchmark schema.\nexport const scalars = { Timestamp: { input: \"\", output: \"\" } };\n"],
    ["graphql-system/index.ts", "// Stands in for the generated graphql-system.\nexport const gql: any = {};\n"],
  ];
  for (let i = 0; i < models; i++) files.push([`src/entities/model${i}.ts`, model(i, types)]);
  files.push(["src/entities/models.ts", Array.from({ length: models }, (_, i) => `export { model${i} } from "./model${i}";\n`).join("")]);
  for (let i = 0; i < queries; i++) files.push([`src/entities/query${i}.ts`, query(i, types)]);
  files.push(["src/entities/queries.ts", Array.from({ length: queries }, (_, i) => `export { query${i} } from "./query${i}";\n`).join("")]);
  for (let i = 0; i < pages; i++) files.push([`src/pages/operation${i}.ts`, page(i, models, types)]);
  for (let i = 0; i < noise; i++) files.push(NOISE[i % 4](Math.floor(i / 4)));
  return files;
}
