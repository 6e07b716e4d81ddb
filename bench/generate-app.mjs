// Generates a deterministic soda-gql app for benchmarks, shaped like upstream's perf presets:
// fragment files, operation files spreading several fragments (across files), and plain files.
//   node bench/generate-app.mjs --files 5000 --out .tmp/apps/app-5000
// The same arguments always give the same files (seeded generator).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

const root = path.resolve(fileURLToPath(import.meta.url), "../..");
const { values } = parseArgs({ options: { files: { type: "string", default: "1000" }, out: { type: "string" }, seed: { type: "string", default: "1" } } });
const total = Number(values.files);
const out = path.resolve(values.out ?? path.join(root, `.tmp/apps/app-${total}`));

let state = Number(values.seed) >>> 0 || 1;
const random = (n) => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state % n;
};

// 20% fragment files, 20% operation files, 60% plain files.
const fragments = Math.max(1, Math.floor(total * 0.2));
const operations = Math.max(1, Math.floor(total * 0.2));
const plain = Math.max(0, total - fragments - operations);

rmSync(out, { recursive: true, force: true });
const write = (file, text) => {
  const full = path.join(out, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
};

write("soda-gql.config.json", JSON.stringify({
  outdir: "./src/graphql-system",
  include: ["./src/**/*.ts"],
  schemas: { default: { schema: path.join(root, "fixtures/schemas/default.graphql") } },
}, null, 2) + "\n");
write("src/graphql-system/index.ts", "export const gql: any = {};\n");

const shapes = [
  { type: "User", body: "id name email role manager { id name }" },
  { type: "Task", body: "id title status assignee { id name }" },
  { type: "Project", body: "id name owner { id email }" },
  { type: "Post", body: "id title createdAt" },
];
const fragmentType = [];
for (let i = 0; i < fragments; i++) {
  const shape = shapes[i % shapes.length];
  fragmentType.push(shape.type);
  write(`src/fragments/f${i}.ts`, `import { gql } from "../graphql-system";

export const fragment${i} = gql.default(({ fragment }) =>
  fragment("Fragment${i}", "${shape.type}")\`{ ${shape.body} }\`(),
);
`);
}
// Up to three distinct fragments of `type` (fragment i has shape i % shapes.length).
const pick = (type) => {
  const offset = shapes.findIndex((s) => s.type === type);
  const candidates = [];
  for (let j = 0; j < 3; j++) {
    const k = random(Math.ceil(fragments / shapes.length)) * shapes.length + offset;
    if (k < fragments && fragmentType[k] === type && !candidates.includes(k)) candidates.push(k);
  }
  return candidates;
};
for (let i = 0; i < operations; i++) {
  const users = pick("User");
  const tasks = pick("Task");
  const imports = [...users, ...tasks].map((k) => `import { fragment${k} } from "../fragments/f${k}";`).join("\n");
  write(`src/operations/op${i}.ts`, `import { gql } from "../graphql-system";
${imports}

export const operation${i} = gql.default(({ query }) =>
  query("Operation${i}")\`($id: ID!) {
    user(id: $id) {
      id
      ${users.map((k) => `...\${fragment${k}}`).join("\n      ")}
      tasks { id ${tasks.map((k) => `...\${fragment${k}}`).join(" ")} }
    }
  }\`(),
);
`);
}
for (let i = 0; i < plain; i++) {
  write(`src/components/c${i}.ts`, `export interface Props${i} { id: string; count: number }

export function component${i}(props: Props${i}): string {
  const items = Array.from({ length: props.count }, (_, n) => \`\${props.id}-\${n}\`);
  return items.join(",");
}
`);
}
console.log(`generated ${fragments} fragment, ${operations} operation and ${plain} plain files in ${out}`);
