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
    assert!(
        // The line of the expression that is not static (the constant `outdir` refers to).
        error.contains(":1: `outdir` is not a static value")
            && error.ends_with("the config is never executed)"),
        "{error}"
    );
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

#[test]
fn a_composed_config_is_read_statically_through_its_imports_and_path_calls() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path().canonicalize().unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(root.join("configs")).unwrap_or_else(|e| panic!("{e}"));
    write(
        &root.join("configs"),
        "_base.ts",
        r#"import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const __dirname = dirname(fileURLToPath(import.meta.url));
const fixtureRoot = join(__dirname, "..");
export const baseConfig = {
  outdir: join(fixtureRoot, "graphql-system"),
  analyzer: "ts" as const,
  schemas: { default: { schema: join(fixtureRoot, "schemas/default.graphql"), inject: { scalars: join(fixtureRoot, "scalars.ts") } } },
};
export const fixturesRoot = join(fixtureRoot, "fixtures");
"#,
    );
    let path = write(
        &root.join("configs"),
        "core.config.ts",
        r#"import { join, resolve } from "node:path";
import { defineConfig } from "@soda-gql/config";
import { baseConfig, fixturesRoot } from "./_base";
const here = import.meta.dirname;
export default defineConfig(() => ({
  ...baseConfig,
  include: [join(fixturesRoot, "core/valid/**/*.ts"), `${here}/local/**/*.ts`],
  tsconfigPath: resolve(__dirname, "../tsconfig.json"),
}));
"#,
    );
    let config = Config::load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(config.outdir, root.join("graphql-system"));
    assert_eq!(
        config.schemas[0].schema_files,
        vec![root.join("schemas/default.graphql")]
    );
    assert_eq!(
        config.schemas[0].inject_files,
        vec![root.join("scalars.ts")]
    );
    assert_eq!(
        config.include,
        vec![
            root.join("fixtures/core/valid/**/*.ts")
                .to_string_lossy()
                .into_owned(),
            root.join("configs/local/**/*.ts")
                .to_string_lossy()
                .into_owned(),
        ]
    );
    assert_eq!(config.tsconfig_path, Some(root.join("tsconfig.json")));
    assert_eq!(config.imported_files, vec![root.join("configs/_base.ts")]);
}

#[test]
fn a_call_to_user_code_in_a_config_is_an_error_naming_the_property() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write(
        dir.path(),
        "soda-gql.config.ts",
        "import { compute } from \"./helpers\";\nexport default {\n  outdir: compute(),\n  schemas: {},\n};\n",
    );
    let error = Config::load(&path)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        error.contains(":3: `outdir` is not a static value"),
        "{error}"
    );
}
