// The two schemas of the "app" shape: the product API (one object type per entity, linked to
// the next two entities so fragments chain across files) and a small admin API.

const pascal = (s) => s[0].toUpperCase() + s.slice(1);

export function appSchema(entities) {
  const lines = [
    "# The product API of a generated benchmark app (bench/shapes/app-schema.mjs).",
    "scalar DateTime",
    "",
    "enum Status {",
    "  ACTIVE",
    "  DRAFT",
    "  ARCHIVED",
    "}",
    "",
    "interface Node {",
    "  id: ID!",
    "}",
    "",
    "type Query {",
    "  node(id: ID!): Node",
  ];
  for (const e of entities) {
    lines.push(`  ${e}(id: ID!): ${pascal(e)}`);
    lines.push(`  ${e}List(first: Int = 20, after: String, status: Status): [${pascal(e)}!]!`);
  }
  lines.push("}", "", "type Mutation {");
  for (const e of entities) lines.push(`  update${pascal(e)}(id: ID!, input: ${pascal(e)}Input!): ${pascal(e)}`);
  lines.push("}", "");
  entities.forEach((e, i) => {
    const related = pascal(entities[(i + 1) % entities.length]);
    const child = pascal(entities[(i + 2) % entities.length]);
    lines.push(
      `input ${pascal(e)}Input {`,
      "  name: String",
      "  description: String",
      "  status: Status",
      "}",
      "",
      `type ${pascal(e)} implements Node {`,
      "  id: ID!",
      "  name: String!",
      "  description: String",
      "  status: Status!",
      "  tags: [String!]!",
      "  score: Float",
      "  createdAt: DateTime!",
      "  updatedAt: DateTime",
      "  owner: User!",
      `  related: ${related}`,
      `  children(first: Int, after: String): [${child}!]!`,
      "}",
      "",
    );
  });
  return lines.join("\n");
}

const ADMIN_FIELD_TYPES = {
  id: "ID!", action: "String!", actorId: "ID!", createdAt: "String!", key: "String!", enabled: "Boolean!",
  rollout: "Float", name: "String!", plan: "String", seats: "Int", kind: "String!", state: "String!",
  attempts: "Int!", email: "String!", role: "String!", lastSeenAt: "String", url: "String!",
  events: "[String!]!", active: "Boolean!",
};

export function adminSchema(types) {
  const lines = ["# The admin API of a generated benchmark app (bench/shapes/app-schema.mjs).", "type Query {"];
  for (const t of types) lines.push(`  ${t.list}(limit: Int = 50, offset: Int): [${t.type}!]!`);
  lines.push("}", "");
  for (const t of types) {
    lines.push(`type ${t.type} {`);
    for (const field of t.fields.split(" ")) lines.push(`  ${field}: ${ADMIN_FIELD_TYPES[field]}`);
    lines.push("}", "");
  }
  return lines.join("\n");
}
