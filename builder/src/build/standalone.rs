//! The compiler alone, over one in-memory file: no config file, no disk, no cache. For fuzzing
//! and for tools that want documents without a project.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use apollo_compiler::Schema;

use super::analyze::AnalysisContext;
use super::compile::{compile_definition, CompiledDefinition};
use super::project::Project;
use super::resolve::Resolver;
use crate::config::{Config, SchemaConfig};
use crate::document::schema_index::SchemaIndex;

/// Compiles every definition of `source` (a TypeScript module importing `gql` from
/// `@/graphql-system`) against the SDL `schema` as schema `default`. `None` when the schema is
/// invalid.
pub fn compile_source(source: &str, schema: &str) -> Option<Vec<CompiledDefinition>> {
    let valid = Schema::parse_and_validate(schema, "schema.graphql").ok()?;
    let mut schemas = HashMap::new();
    schemas.insert(
        "default".to_owned(),
        Arc::new(SchemaIndex { schema: valid }),
    );
    let dir = PathBuf::from("/standalone");
    let config = Config {
        path: dir.join("soda-gql.config.json"),
        outdir: dir.join("src/graphql-system"),
        graphql_system_aliases: vec!["@/graphql-system".to_owned()],
        include: vec!["**/*".to_owned()],
        exclude: Vec::new(),
        schemas: vec![SchemaConfig {
            name: "default".to_owned(),
            schema_files: vec![dir.join("schema.graphql")],
            inject_files: Vec::new(),
        }],
        tsconfig_path: None,
        cache_dir: dir.join(".soda-cache"),
        source_text: String::new(),
        imported_files: Vec::new(),
        dir: dir.clone(),
    };
    let context = AnalysisContext::new(&config, &schemas, None);
    let mut project = Project::default();
    let path = dir.join("src/source.ts");
    let id = project.file_id(&config.relative(Path::new(&path)));
    project.insert(context.analyze_text(&path, id, source));
    let resolver = Resolver::new(&project, &config.dir, None);
    Some(
        (0..resolver.len())
            .map(|def| compile_definition(&resolver, def, &schemas))
            .collect(),
    )
}
