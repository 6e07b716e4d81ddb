use std::path::Path;

use super::*;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path
}

#[test]
fn reads_a_ts_config_statically() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write(
        dir.path(),
        "soda-gql.config.ts",
        r#"import { defineConfig } from "@soda-gql/config";
export default defineConfig({
  outdir: "./src/graphql-system",
  graphqlSystemAliases: ["@/gql"],
  include: ["./src/**/*.ts", "!./src/legacy/**"],
  schemas: { default: { schema: "./schema.graphql", inject: { scalars: "./src/inject.ts" } } },
  cache: { dir: ".cache/soda" },
} satisfies object);"#,
    );
    let config = Config::load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(config.outdir, dir.path().join("src/graphql-system"));
    assert_eq!(config.graphql_system_aliases, vec!["@/gql"]);
    assert_eq!(config.include, vec!["./src/**/*.ts", "!./src/legacy/**"]);
    assert_eq!(
        config.schemas[0].inject_files,
        vec![dir.path().join("src/inject.ts")]
    );
    assert_eq!(config.cache_dir, dir.path().join(".cache/soda"));
}

#[test]
fn a_non_static_value_names_the_property_and_line() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write(
        dir.path(),
        "soda-gql.config.ts",
        "const out = process.env.OUT;\nexport default {\n  outdir: out,\n  schemas: {},\n};\n",
    );
    let error = Config::load(&path)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(error.ends_with(":3: `outdir` is not a static value (only literals, arrays and objects are read; the config is never executed)"), "{error}");
}

#[test]
fn unknown_fields_and_missing_configs_are_errors() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write(
        dir.path(),
        "soda-gql.config.json",
        r#"{ "outdir": "x", "schemas": { "default": { "schema": "s.graphql" } }, "typo": 1 }"#,
    );
    let error = Config::load(&path)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(error.contains("unknown field `typo`"), "{error}");
    let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        Config::discover(empty.path()),
        Err(ConfigError::NotFound { .. })
    ));
}

#[test]
fn discovery_walks_up_from_a_subdirectory() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    write(
        dir.path(),
        "soda-gql.config.json",
        r#"{ "outdir": "gs", "schemas": { "default": { "schema": "s.graphql" } } }"#,
    );
    let sub = dir.path().join("a/b");
    std::fs::create_dir_all(&sub).unwrap_or_else(|e| panic!("{e}"));
    let config = Config::discover(&sub).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(config.dir, dir.path());
    assert_eq!(config.cache_dir, dir.path().join(".soda-cache"));
}
