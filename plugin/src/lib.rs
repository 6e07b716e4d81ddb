//! The soda-cache SWC transform, as a native library (the Wasm shim in `plugin/wasm` calls it).
//!
//! For a file that imports the graphql-system module it reads the cache manifest and that file's
//! shard (never the whole cache), computes canonical ids and fingerprints with the same code as
//! the builder (`soda-analysis`), and replaces each `gql.<schema>(...)` call by its artifact.
//! Every expected problem is reported through the host's error handler; nothing panics.

// Wildcard arms cover the AST variants that exist only under `--cfg swc_ast_unknown` (wasm).
#![cfg_attr(not(swc_ast_unknown), allow(unreachable_patterns))]

mod build_ast;
pub mod host_fs;
pub mod options;
mod rewrite;

use std::collections::HashMap;

use soda_analysis::{find_definitions, source_path, CanonicalId, GraphqlSystem};
use soda_cache_format::{
    manifest_path, shard_path, ArchivedOutcome, CacheError, CacheFile, FileKind,
};
use swc_core::common::Span;
use swc_core::ecma::ast::{ImportDecl, Module, ModuleDecl, ModuleItem};

pub use host_fs::HostFs;
pub use options::{Emit, PluginOptions};

/// The plugin's version; a cache written by another builder version is rejected.
pub const PLUGIN_VERSION: &str = env!("CARGO_PKG_VERSION");
const DEFAULT_ALIAS: &str = "@/graphql-system";

/// Where problems go: the host's error handler in the Wasm shim, a list in tests.
pub trait Reporter {
    /// An error at `span` (the host prints a code frame and fails the build).
    fn error(&mut self, span: Span, message: String);
    /// A support line, printed when `SODA_CACHE_DEBUG` is set.
    fn debug(&mut self, message: String);
}

/// The file being transformed and its environment.
#[derive(Debug, Clone)]
pub struct FileContext<'a> {
    /// The filename as the host passes it.
    pub filename: &'a str,
    /// `production`, `development`, … (transform metadata `Env`).
    pub env: &'a str,
    /// The host's cwd and where it is readable.
    pub fs: &'a HostFs,
}

impl FileContext<'_> {
    fn is_production(&self) -> bool {
        self.env == "production"
    }
}

/// Transforms one module in place.
pub fn transform_module(
    module: &mut Module,
    options: &PluginOptions,
    file: &FileContext<'_>,
    reporter: &mut dyn Reporter,
) {
    let Ok(relative_file) = file.fs.relative(file.filename) else {
        reporter.debug(format!("{}: outside the cwd, untouched", file.filename));
        return;
    };
    if relative_file
        .split('/')
        .any(|segment| segment == "node_modules")
    {
        return;
    }
    let cache_dir = match file.fs.relative(&options.cache_dir) {
        Ok(dir) => dir,
        Err(error) => {
            if let Some(span) = likely_graphql_system_import(module) {
                reporter.error(span, format!("soda-cache: the cache directory {error}"));
            }
            return;
        }
    };
    let manifest_file = match CacheFile::read(
        &manifest_path(&file.fs.readable(&cache_dir)),
        FileKind::Manifest,
    ) {
        Ok(manifest) => manifest,
        Err(error) => {
            if let Some(span) = likely_graphql_system_import(module) {
                reporter.error(span, cache_error_message(&error, &cache_dir, file));
            }
            return;
        }
    };
    let manifest = match manifest_file.manifest() {
        Ok(manifest) => manifest,
        Err(error) => {
            if let Some(span) = likely_graphql_system_import(module) {
                reporter.error(span, cache_error_message(&error, &cache_dir, file));
            }
            return;
        }
    };
    let config_dir = source_path::join(&cache_dir, manifest.config_dir.as_str());
    let Some(source) = source_path::strip_dir(&config_dir, &relative_file).map(str::to_owned)
    else {
        return;
    };
    if manifest
        .stub_files
        .iter()
        .any(|stub| stub.as_str() == source)
    {
        reporter.debug(format!(
            "{source}: graphql-system or inject file, replaced by `export {{}}`"
        ));
        rewrite::replace_with_empty_module(module);
        return;
    }
    let system = GraphqlSystem {
        aliases: manifest
            .graphql_system_aliases
            .iter()
            .map(|a| a.to_string())
            .collect(),
        dir: manifest.graphql_system_dir.to_string(),
    };
    let found = find_definitions(
        module,
        |specifier| system.is_import(&source, specifier),
        |_, _| {},
    );
    if !found.imports_graphql_system || found.definitions.is_empty() {
        return;
    }
    if manifest_file.tool_version() != PLUGIN_VERSION {
        reporter.error(
            module.span,
            format!(
                "soda-cache: the cache was written by soda-cache {} but this plugin is {PLUGIN_VERSION}; use the same version of both and run `soda-cache build`",
                manifest_file.tool_version()
            ),
        );
        return;
    }
    let shard_file = match CacheFile::read(
        &shard_path(&file.fs.readable(&cache_dir), &source),
        FileKind::Shard,
    ) {
        Ok(shard) => Some(shard),
        Err(CacheError::NotFound { .. }) => None,
        Err(error) => {
            reporter.error(module.span, cache_error_message(&error, &cache_dir, file));
            return;
        }
    };
    let shard = match shard_file.as_ref().map(CacheFile::shard).transpose() {
        Ok(shard) => shard,
        Err(error) => {
            reporter.error(module.span, cache_error_message(&error, &cache_dir, file));
            return;
        }
    };
    let by_id: HashMap<&str, _> = shard
        .map(|s| {
            s.definitions
                .iter()
                .map(|d| (d.canonical_id.as_str(), d))
                .collect()
        })
        .unwrap_or_default();
    let mut replacements = Vec::new();
    for site in &found.definitions {
        let id = CanonicalId::new(&source, &site.ast_path);
        let stored = by_id.get(id.as_str());
        let fresh = stored.is_some_and(|d| d.fingerprint.to_native() == site.fingerprint);
        reporter.debug(format!(
            "{source}: {id} {}",
            match (stored, fresh) {
                (None, _) => "miss (not in the cache)",
                (Some(_), false) => "stale (source changed since the build)",
                (Some(_), true) => "hit",
            }
        ));
        if let Some(ArchivedOutcome::Failed(diagnostics)) = stored.map(|d| &d.outcome) {
            for d in diagnostics.iter() {
                reporter.error(
                    site.span,
                    format!(
                        "soda-cache [{}] {} ({}:{}:{})",
                        d.code, d.message, d.file, d.line, d.column
                    ),
                );
            }
            continue;
        }
        // In development `module` mode the reference is emitted anyway: the generated module warns
        // at runtime until the builder has caught up (a dev server may transform before it has).
        if !fresh && (options.emit == Emit::Inline || file.is_production()) {
            reporter.error(
                site.span,
                format!(
                    "soda-cache: `{id}` {} the cache; run `soda-cache build` (or keep `soda-cache build --watch` running)",
                    if stored.is_some() { "changed since it was written to" } else { "is missing from" }
                ),
            );
            continue;
        }
        replacements.push(rewrite::Replacement {
            site: site.clone(),
            id,
            stored: stored.copied(),
        });
    }
    let artifact_module = rewrite::artifact_module_specifier(&relative_file, &cache_dir, &source);
    rewrite::apply(
        module,
        &replacements,
        &system,
        &source,
        options,
        &artifact_module,
    );
}

/// The span of an import that probably names the graphql-system (used before the manifest is known).
fn likely_graphql_system_import(module: &Module) -> Option<Span> {
    module.body.iter().find_map(|item| match item {
        ModuleItem::ModuleDecl(ModuleDecl::Import(ImportDecl { src, span, .. })) => {
            let specifier = src.value.as_wtf8().to_string_lossy();
            (specifier == DEFAULT_ALIAS
                || specifier.ends_with("graphql-system")
                || specifier.contains("graphql-system/"))
            .then_some(*span)
        }
        _ => None,
    })
}

fn cache_error_message(error: &CacheError, cache_dir: &str, file: &FileContext<'_>) -> String {
    let location = format!("{}/{cache_dir}", file.fs.host_cwd());
    match error {
        CacheError::NotFound { .. } => {
            format!("soda-cache: no cache in {location}: run `soda-cache build` first (or set `cacheDir` in the plugin options)")
        }
        CacheError::FormatVersion { found, expected, .. } => format!(
            "soda-cache: the cache in {location} has format version {found}, this plugin reads {expected}; use the same version of the builder and the plugin and run `soda-cache build`"
        ),
        other => format!(
            "soda-cache: the cache in {location} cannot be used ({}); run `soda-cache build` to rewrite it",
            file.fs.host_display(&other.to_string())
        ),
    }
}
