// The "app" shape: a product codebase as teams write one with soda-gql.
//
//   src/entities/<e>/      fragments.ts (Core → Card → Detail: a chain across files, Detail with
//                          arguments), index.ts (barrel), types.ts and format.ts (no gql)
//   src/features/<f>/      fragments.ts (a Row fragment spreading an entity's Detail with an
//                          argument), queries.ts (two queries and a mutation, one feature in four
//                          written with the callback field builder), index.ts, components/*.tsx,
//                          hooks/, utils.ts (no gql)
//   src/pages/<e>/<view>/  page.tsx (a page query composing a feature and entities), layout.tsx
//   src/admin/             definitions on the second schema (`gql.admin`)
//   src/lib/, src/ui/      shared code without definitions
//
// The unit counts scale with the requested number of source files; the rest is filled with
// lib/ and ui/ files so a preset has exactly that many files under src/.
import { adminSchema, appSchema } from "./app-schema.mjs";
import { plainFile } from "./plain.mjs";

const ENTITY_NAMES = [
  "user", "team", "project", "task", "comment", "label", "milestone", "document", "invoice", "customer",
  "order", "product", "review", "notification", "workspace", "attachment", "sprint", "release", "incident", "ticket",
  "contract", "payment", "shipment", "warehouse", "supplier", "campaign", "lead", "account", "budget", "expense",
  "report", "dashboard", "channel", "message", "meeting", "calendar", "asset", "license", "plan", "vendor",
];
const AREAS = ["board", "settings", "activity", "search", "inbox", "reports", "timeline", "editor"];
const VIEWS = ["overview", "details", "history", "edit", "compare", "share"];
export const ADMIN_TYPES = [
  { type: "AuditEntry", list: "auditEntries", fields: "id action actorId createdAt" },
  { type: "FeatureFlag", list: "featureFlags", fields: "id key enabled rollout" },
  { type: "Tenant", list: "tenants", fields: "id name plan seats" },
  { type: "Job", list: "jobs", fields: "id kind state attempts" },
  { type: "AdminAccount", list: "adminAccounts", fields: "id email role lastSeenAt" },
  { type: "Webhook", list: "webhooks", fields: "id url events active" },
];

const pascal = (s) => s[0].toUpperCase() + s.slice(1);
const camel = (kebab) => kebab.replace(/-(\w)/g, (_, c) => c.toUpperCase());
/** `...${expr}` as it appears inside a soda-gql template. */
const spread = (expr) => "...${" + expr + "}";
/** A tagged template's text. */
const tpl = (body) => "`" + body + "`";

export function entityName(i) {
  const base = ENTITY_NAMES[i % ENTITY_NAMES.length];
  return i < ENTITY_NAMES.length ? base : `${base}${Math.floor(i / ENTITY_NAMES.length) + 1}`;
}

/** Import lines from `{ module: Set(names) }`, sorted, one per module. */
function importLines(imports) {
  return Object.keys(imports)
    .sort()
    .map((module) => `import { ${[...imports[module]].sort().join(", ")} } from "${module}";`)
    .join("\n");
}
function addImport(imports, module, name) {
  (imports[module] ??= new Set()).add(name);
}

/** Unit counts for `files` source files. */
export function appCounts(files) {
  const entities = Math.max(3, Math.round(files / 25));
  const features = Math.max(2, Math.round(files / 16));
  const pages = Math.max(2, Math.round(files / 12));
  const admin = Math.max(1, Math.round(files / 50));
  const used = 3 + 4 * entities + 7 * features + 2 * pages + admin;
  return { entities, features, pages, admin, plain: Math.max(0, files - used) };
}

function entityFragments(i, count) {
  const e = entityName(i);
  const E = pascal(e);
  const rel = entityName((i + 1) % count);
  const child = entityName((i + 2) % count);
  const imports = {};
  if (i !== 0) addImport(imports, "../user", "userCore");
  addImport(imports, `../${rel}`, `${rel}Core`);
  addImport(imports, `../${child}`, `${child}Core`);
  return `import { gql } from "@/graphql-system";
${importLines(imports)}

/** What every view of a ${E} shows. */
export const ${e}Core = gql.default(({ fragment }) =>
  fragment("${E}Core", "${E}")${tpl("{ id name status }")}(),
);

/** A ${E} in lists: the core fields, its owner and when it last changed. */
export const ${e}Card = gql.default(({ fragment }) =>
  fragment("${E}Card", "${E}")${tpl(`{
    ${spread(`${e}Core`)}
    description
    updatedAt
    owner { ${spread("userCore")} }
  }`)}(),
);

/** A ${E} on its own page; \`first\` / \`after\` page through its children. */
export const ${e}Detail = gql.default(({ fragment }) =>
  fragment("${E}Detail", "${E}")${tpl(`($first: Int, $after: String) {
    ${spread(`${e}Card`)}
    createdAt
    tags
    related { ${spread(`${rel}Core`)} }
    children(first: $first, after: $after) { ${spread(`${child}Core`)} }
  }`)}(),
);
`;
}

function feature(f, counts) {
  const m = f % counts.entities;
  const area = AREAS[Math.floor(f / counts.entities) % AREAS.length];
  const round = Math.floor(f / (counts.entities * AREAS.length));
  const dir = `${entityName(m)}-${area}${round ? round + 1 : ""}`;
  return { dir, name: camel(dir), m, s: (f * 7 + 3) % counts.entities };
}

function featureFragments(feat, counts) {
  const e = entityName(feat.m);
  const rel = entityName((feat.m + 1) % counts.entities);
  const imports = {};
  addImport(imports, `@/entities/${e}`, `${e}Detail`);
  addImport(imports, `@/entities/${rel}`, `${rel}Card`);
  return `import { gql } from "@/graphql-system";
${importLines(imports)}

/** One row of the ${feat.name} screen. */
export const ${feat.name}Row = gql.default(({ fragment }) =>
  fragment("${pascal(feat.name)}Row", "${pascal(e)}")${tpl(`($first: Int) {
    ${spread(`($) => ${e}Detail.spread({ first: $.first })`)}
    score
    relatedCard: related { ${spread(`${rel}Card`)} }
  }`)}(),
);
`;
}

function featureQueries(f, feat, counts) {
  const e = entityName(feat.m);
  const E = pascal(e);
  const s = entityName(feat.s);
  const F = pascal(feat.name);
  const imports = {};
  addImport(imports, `@/entities/${e}`, `${e}Card`);
  addImport(imports, `@/entities/${e}`, `${e}Core`);
  addImport(imports, `@/entities/${s}`, `${s}Card`);
  addImport(imports, "./fragments", `${feat.name}Row`);
  // One feature in four uses the callback field builder, as code written before tagged
  // templates existed does.
  const list =
    f % 4 === 3
      ? `query("List${F}")({
    variables: ${tpl("($first: Int, $status: Status)")},
    fields: ({ f, $ }) => ({
      ...f("${e}List", { first: $.first, status: $.status })(({ f }) => ({
        ...${e}Card.spread({}),
        ...f("score")(),
      })),
    }),
  })()`
      : `query("List${F}")${tpl(`($first: Int, $after: String, $status: Status) {
    ${e}List(first: $first, after: $after, status: $status) {
      ${spread(`${e}Card`)}
    }
  }`)}()`;
  return `import { gql } from "@/graphql-system";
${importLines(imports)}

export const get${F} = gql.default(({ query }) =>
  query("Get${F}")${tpl(`($id: ID!, $first: Int = 10) {
    ${e}(id: $id) {
      ${spread(`($) => ${feat.name}Row.spread({ first: $.first })`)}
    }
    ${s}List(first: 5) { ${spread(`${s}Card`)} }
  }`)}(),
);

export const list${F} = gql.default(({ query }) =>
  ${list},
);

export const update${F} = gql.default(({ mutation }) =>
  mutation("Update${F}")${tpl(`($id: ID!, $input: ${E}Input!) {
    update${E}(id: $id, input: $input) {
      ${spread(`${e}Core`)}
      updatedAt
    }
  }`)}(),
);
`;
}

function featureFiles(f, counts) {
  const feat = feature(f, counts);
  const F = pascal(feat.name);
  const base = `src/features/${feat.dir}`;
  return [
    [`${base}/fragments.ts`, featureFragments(feat, counts)],
    [`${base}/queries.ts`, featureQueries(f, feat, counts)],
    [
      `${base}/index.ts`,
      `export * from "./fragments";\nexport * from "./queries";\nexport { ${F}View } from "./components/${F}View";\n`,
    ],
    [`${base}/components/${F}View.tsx`, plainFile("featureView", f, { F, name: feat.name })],
    [`${base}/components/${F}Item.tsx`, plainFile("featureItem", f, { F, name: feat.name })],
    [`${base}/hooks/use${F}.ts`, plainFile("featureHook", f, { F, name: feat.name })],
    [`${base}/utils.ts`, plainFile("featureUtils", f, { F, name: feat.name })],
  ];
}

function pageFiles(p, counts) {
  const e = entityName(p % counts.entities);
  const view = VIEWS[Math.floor(p / counts.entities) % VIEWS.length];
  const round = Math.floor(p / (counts.entities * VIEWS.length));
  const dir = `src/pages/${e}/${view}${round ? round + 1 : ""}`;
  const P = pascal(e) + pascal(view) + (round ? round + 1 : "");
  const feat = feature(p % counts.features, counts);
  const m1 = entityName(feat.m);
  const m2 = entityName((p * 5 + 2) % counts.entities);
  const imports = {};
  addImport(imports, `@/features/${feat.dir}`, `${feat.name}Row`);
  addImport(imports, `@/entities/${m2}`, `${m2}Card`);
  addImport(imports, "@/entities/user", "userCard");
  const page = `import { gql } from "@/graphql-system";
${importLines(imports)}
import { PageLayout } from "./layout";

export const ${camel(e + "-" + view)}${round ? round + 1 : ""}Page = gql.default(({ query }) =>
  query("${P}Page")${tpl(`($id: ID!, $viewerId: ID!, $first: Int = 5) {
    ${m1}(id: $id) {
      ${spread(`($) => ${feat.name}Row.spread({ first: $.first })`)}
    }
    ${m2}List(first: $first) { ${spread(`${m2}Card`)} }
    viewer: user(id: $viewerId) { ${spread("userCard")} }
  }`)}(),
);

export default function ${P}({ id }: { id: string }) {
  return (
    <PageLayout title="${pascal(e)} ${view}">
      <section data-id={id}>{/* rendered from ${P}Page */}</section>
    </PageLayout>
  );
}
`;
  return [
    [`${dir}/page.tsx`, page],
    [`${dir}/layout.tsx`, plainFile("layout", p, { P })],
  ];
}

function adminFile(a) {
  const t = ADMIN_TYPES[a % ADMIN_TYPES.length];
  const kebab = (i) => `${t.type.replace(/[A-Z]/g, (c, at) => (at ? "-" : "") + c.toLowerCase())}-${i}`;
  const name = (i) => `${camel(kebab(i))}Fields`;
  const key = `${t.type}${a}`;
  // Files past the first of each type spread that first one: a chain on the second schema.
  const base = a % ADMIN_TYPES.length;
  const chained = a !== base;
  const imports = chained ? `\nimport { ${name(base)} } from "./${kebab(base)}";` : "";
  return [
    `src/admin/${kebab(a)}.ts`,
    `import { gql } from "@/graphql-system";${imports}

export const ${name(a)} = gql.admin(({ fragment }) =>
  fragment("${key}Fields", "${t.type}")${tpl(`{ ${chained ? spread(name(base)) + " " : ""}${t.fields} }`)}(),
);

export const ${camel(kebab(a))}List = gql.admin(({ query }) =>
  query("Admin${key}List")${tpl(`($limit: Int = 50, $offset: Int) {
    ${t.list}(limit: $limit, offset: $offset) { ${spread(name(a))} }
  }`)}(),
);
`,
  ];
}

/** Every file of an app with `total` source files. */
export function appFiles(total, name, { about, committed } = {}) {
  const counts = appCounts(total);
  const entities = Array.from({ length: counts.entities }, (_, i) => entityName(i));
  const files = [];
  files.push(["README.md", readme(name, about, counts, committed)]);
  files.push(["soda-gql.config.ts", CONFIG]);
  files.push(["tsconfig.json", TSCONFIG]);
  files.push(["schema/app.graphql", appSchema(entities)]);
  files.push(["schema/admin.graphql", adminSchema(ADMIN_TYPES)]);
  files.push(["src/graphql-system/index.ts", GRAPHQL_SYSTEM]);
  files.push(["src/graphql-system/default.inject.ts", "export const scalars = {};\n"]);
  files.push(["src/graphql-system/admin.inject.ts", "export const scalars = {};\n"]);
  entities.forEach((e, i) => {
    const E = pascal(e);
    files.push([`src/entities/${e}/fragments.ts`, entityFragments(i, counts.entities)]);
    files.push([`src/entities/${e}/index.ts`, `export * from "./fragments";\nexport * from "./types";\nexport { format${E}, ${e}Label } from "./format";\n`]);
    files.push([`src/entities/${e}/types.ts`, plainFile("entityTypes", i, { E })]);
    files.push([`src/entities/${e}/format.ts`, plainFile("entityFormat", i, { E, e })]);
  });
  for (let f = 0; f < counts.features; f++) files.push(...featureFiles(f, counts));
  for (let p = 0; p < counts.pages; p++) files.push(...pageFiles(p, counts));
  for (let a = 0; a < counts.admin; a++) files.push(adminFile(a));
  for (let k = 0; k < counts.plain; k++) {
    files.push(k % 2 === 0 ? [`src/lib/util-${k}.ts`, plainFile("lib", k, {})] : [`src/ui/Widget${k}.tsx`, plainFile("ui", k, {})]);
  }
  return files;
}

function readme(name, about, counts, committed) {
  const command = `node bench/generate-app.mjs --preset ${name}${committed ? ` --out benchmarks/${name}` : ""}`;
  const definitions = 3 * counts.entities + 4 * counts.features + counts.pages + 2 * counts.admin;
  return `# ${name}

${about ? pascal(about) + "." : "A generated product app."} ${counts.entities} entities, ${counts.features} features, ${counts.pages} pages, ${counts.admin} admin files on a second schema and ${counts.plain} shared files: ${definitions} definitions.

Generated by \`${command}\` (bench/shapes/app.mjs); regenerate it rather than editing it.
`;
}

const CONFIG = `import { defineConfig } from "@soda-gql/config";

export default defineConfig({
  outdir: "./src/graphql-system",
  graphqlSystemAliases: ["@/graphql-system"],
  include: ["./src/**/*.{ts,tsx}"],
  tsconfigPath: "./tsconfig.json",
  schemas: {
    default: { schema: "./schema/app.graphql", inject: "./src/graphql-system/default.inject.ts" },
    admin: { schema: "./schema/admin.graphql", inject: "./src/graphql-system/admin.inject.ts" },
  },
});
`;

const TSCONFIG = `{
  "compilerOptions": {
    "target": "ES2022",
    "module": "ESNext",
    "moduleResolution": "Bundler",
    "jsx": "react-jsx",
    "strict": true,
    "baseUrl": ".",
    "paths": { "@/*": ["./src/*"] }
  },
  "include": ["src"]
}
`;

const GRAPHQL_SYSTEM = `// Stands in for the generated graphql-system: the builder reads the schema SDL, never this file.
type Composer = Record<string, (...args: any[]) => any>;
export const gql: Record<"default" | "admin", (factory: (composer: Composer) => any) => any> = {} as any;
`;
