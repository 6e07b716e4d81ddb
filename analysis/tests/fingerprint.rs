//! The call fingerprint ignores layout, comments, parentheses and TypeScript-only syntax, and
//! changes with anything that changes the definition.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

mod support;

use soda_analysis::find_definitions;

fn fingerprint(src: &str) -> u64 {
    let src = format!("import {{ gql }} from \"@/graphql-system\";\n{src}");
    let (_cm, _fm, module) = support::parse("input.ts", &src);
    let found = find_definitions(&module, |s| s == "@/graphql-system", |_, _| {});
    assert_eq!(found.definitions.len(), 1, "{src}");
    found.definitions[0].fingerprint
}

const BASE: &str = r#"export const q = gql.default(({ query }) => query("Q")`($id: ID!) { user(id: $id) { id } }`({ metadata: { a: 1 } }));"#;

#[test]
fn layout_comments_parens_and_types_do_not_matter() {
    let base = fingerprint(BASE);
    let variants = [
        "export const q = gql.default(\n  // a comment\n  ({ query }) =>\n    query(\"Q\")`($id: ID!) { user(id: $id) { id } }`({ metadata: { a: 1 } }),\n);",
        r#"export const q = gql.default(({ query }: any) => (query("Q")`($id: ID!) { user(id: $id) { id } }`({ metadata: { a: 1 } as const }) as unknown));"#,
        r#"export const q = gql.default(({ query }) => query<"Q">("Q")!`($id: ID!) { user(id: $id) { id } }`({ metadata: { a: 1 } satisfies object }));"#,
        r#"let q = gql.default(({ query }) => query('Q')`($id: ID!) { user(id: $id) { id } }`({ metadata: { a: 1 } }));"#,
    ];
    for variant in variants {
        assert_eq!(fingerprint(variant), base, "{variant}");
    }
}

#[test]
fn edits_to_the_definition_change_the_fingerprint() {
    let base = fingerprint(BASE);
    let edits = [
        BASE.replace("{ id }", "{ id name }"),
        BASE.replace("\"Q\"", "\"R\""),
        BASE.replace("a: 1", "a: 2"),
        BASE.replace("a: 1", "b: 1"),
        BASE.replace("gql.default", "gql.admin"),
        BASE.replace("({ query })", "({ query, fragment })"),
        BASE.replace("$id: ID!", "$id: ID"),
    ];
    for edit in edits {
        assert_ne!(fingerprint(&edit), base, "{edit}");
    }
}
