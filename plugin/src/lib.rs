//! The soda-cache SWC transform, as a native library (the Wasm shim in `plugin/wasm` calls it).
//!
//! A file whose serialized program never mentions `gql` is handed back before it is even
//! decoded ([`may_have_definitions`]); one that mentions it but neither imports nor exports a
//! binding named `gql` is handed back without reading anything ([`may_use_the_cache`]). In
//! development `module` mode, a file importing `gql` from a module named `graphql-system` is
//! rewritten without reading anything either: its output is references to the artifact
//! module, which checks them at run time. Any other file costs one read, its shard (the
//! manifest too when it has none, to say why). The plugin
//! computes canonical ids and fingerprints with the same code as the builder (`soda-analysis`)
//! and replaces each `gql.<schema>(...)` call by its artifact.
//! Every expected problem is reported through the host's error handler; nothing panics.

// Wildcard arms cover the AST variants that exist only under `--cfg swc_ast_unknown` (wasm).
#![cfg_attr(not(swc_ast_unknown), allow(unreachable_patterns))]

mod build_ast;
mod cache;
mod error;
pub mod host_fs;
pub mod options;
mod plan;
mod rewrite;

use soda_analysis::{
    find_definitions, gql_import_by_name, source_path, GraphqlSystem, ModuleDefinitions,
};
use soda_cache_format::{ArchivedShard, ArchivedShardKind};
use swc_core::common::{Span, DUMMY_SP};
use swc_core::ecma::ast::Module;

pub use error::PluginError;
pub use host_fs::HostFs;
pub use options::{Emit, PluginOptions};

use cache::Target;

/// The plugin's version; a cache written by another builder version is rejected.
pub const PLUGIN_VERSION: &str = env!("CARGO_PKG_VERSION");

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
    /// `production`, `development`, `test`, … (transform metadata `Env`).
    pub env: &'a str,
    /// The host's cwd and where it is readable.
    pub fs: &'a HostFs,
}

impl FileContext<'_> {
    fn is_production(&self) -> bool {
        self.env == "production"
    }
}

/// Whether a file's serialized program (or source) can hold a definition: a definition calls
/// `gql.<schema>(...)` on an import named `gql`, so the bytes mention `gql`. Anything else is
/// returned untouched without being decoded.
pub fn may_have_definitions(bytes: &[u8]) -> bool {
    bytes.windows(3).any(|w| w == b"gql")
}

/// Whether the cache can have anything for this decoded program: it imports a binding named
/// `gql` (a definition's, or another library's, which only the cache can tell apart), or
/// declares or exports one (the graphql-system module, which the plugin stubs out). Anything
/// else — `gql` in strings or other names, a namespace import — needs no cache read.
pub fn may_use_the_cache(module: &Module) -> bool {
    use swc_core::ecma::ast::{
        Decl, ExportSpecifier, ImportSpecifier, ModuleDecl, ModuleExportName, ModuleItem, Pat, Stmt,
    };
    let is_gql = |name: &ModuleExportName| match name {
        ModuleExportName::Ident(ident) => ident.sym == "gql",
        ModuleExportName::Str(s) => s.value.as_wtf8().to_string_lossy() == "gql",
        _ => false,
    };
    let declares_gql = |decl: &Decl| match decl {
        Decl::Var(var) => var
            .decls
            .iter()
            .any(|d| matches!(&d.name, Pat::Ident(b) if b.id.sym == "gql")),
        Decl::Fn(f) => f.ident.sym == "gql",
        Decl::Class(c) => c.ident.sym == "gql",
        _ => false,
    };
    module.body.iter().any(|item| match item {
        ModuleItem::ModuleDecl(ModuleDecl::Import(import)) => {
            import.specifiers.iter().any(|specifier| match specifier {
                ImportSpecifier::Named(named) => {
                    named.local.sym == "gql" || named.imported.as_ref().is_some_and(is_gql)
                }
                _ => false,
            })
        }
        ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(export)) => {
            export.specifiers.iter().any(|specifier| match specifier {
                ExportSpecifier::Named(named) => {
                    is_gql(&named.orig) || named.exported.as_ref().is_some_and(is_gql)
                }
                _ => false,
            })
        }
        ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => declares_gql(&export.decl),
        ModuleItem::Stmt(Stmt::Decl(decl)) => declares_gql(decl),
        _ => false,
    })
}

/// Transforms one module in place.
pub fn transform_module(
    module: &mut Module,
    options: &PluginOptions,
    file: &FileContext<'_>,
    reporter: &mut dyn Reporter,
) {
    if let Err((span, error)) = transform(module, options, file, reporter, true) {
        reporter.error(span, error.to_string());
    }
}

/// [`transform_module`] without the development fast path: the cache is read as in every other
/// mode. Tests check that both give the same output.
#[doc(hidden)]
pub fn transform_module_reading_the_cache(
    module: &mut Module,
    options: &PluginOptions,
    file: &FileContext<'_>,
    reporter: &mut dyn Reporter,
) {
    if let Err((span, error)) = transform(module, options, file, reporter, false) {
        reporter.error(span, error.to_string());
    }
}

type Failure = (Span, PluginError);

fn transform(
    module: &mut Module,
    options: &PluginOptions,
    file: &FileContext<'_>,
    reporter: &mut dyn Reporter,
    fast_path: bool,
) -> Result<(), Failure> {
    if !may_use_the_cache(module) {
        reporter.debug(format!("{}: no `gql` binding, untouched", file.filename));
        return Ok(());
    }
    let Some(target) = locate(module, options, file, reporter)? else {
        return Ok(());
    };
    if fast_path && options.emit == Emit::Module && !file.is_production() {
        if let Some(specifier) = gql_import_by_name(module) {
            return transform_without_cache(module, options, file, &target, &specifier, reporter);
        }
    }
    let shard_file = cache::read_shard(&target, file.fs).map_err(|e| at_import(module, e))?;
    let Some(shard_file) = shard_file else {
        return transform_unknown(module, options, file, &target, reporter);
    };
    let shard = cache::verify_shard(&shard_file, &target, file.fs).map_err(|e| (module.span, e))?;
    match shard.kind {
        ArchivedShardKind::Stub => {
            reporter.debug(format!(
                "{}: graphql-system or inject file, replaced by `export {{}}`",
                target.file
            ));
            rewrite::replace_with_empty_module(module);
            Ok(())
        }
        ArchivedShardKind::Definitions => {
            transform_known(module, options, file, &target, shard, reporter)
        }
    }
}

/// The file and the cache relative to the host cwd; `None` for files the plugin leaves alone.
fn locate(
    module: &Module,
    options: &PluginOptions,
    file: &FileContext<'_>,
    reporter: &mut dyn Reporter,
) -> Result<Option<Target>, Failure> {
    let Ok(relative_file) = file.fs.relative(file.filename) else {
        reporter.debug(format!("{}: outside the cwd, untouched", file.filename));
        return Ok(None);
    };
    if relative_file.split('/').any(|s| s == "node_modules") {
        return Ok(None);
    }
    let cache_dir = match file.fs.relative(&options.cache_dir) {
        Ok(dir) => dir,
        Err(error) => {
            // Only a file that would need the cache hears about it.
            return match rewrite::likely_graphql_system_import(module) {
                Some(span) => Err((span, PluginError::CacheOutsideCwd(error))),
                None => Ok(None),
            };
        }
    };
    let cache_key = source_path::relative(&cache_dir, &relative_file);
    Ok(Some(Target {
        file: relative_file,
        cache_dir,
        cache_key,
    }))
}

/// A cache error matters only to a file that looks like it uses the graphql-system.
fn at_import(module: &Module, error: PluginError) -> Failure {
    (
        rewrite::likely_graphql_system_import(module).unwrap_or(module.span),
        error,
    )
}

/// Development `module` mode, `gql` imported from a module named `graphql-system`: the output
/// is references only (the artifact module checks them at run time), so nothing is read.
fn transform_without_cache(
    module: &mut Module,
    options: &PluginOptions,
    file: &FileContext<'_>,
    target: &Target,
    specifier: &str,
    reporter: &mut dyn Reporter,
) -> Result<(), Failure> {
    reporter.debug(format!(
        "{}: development, `gql` from \"{specifier}\", no cache read",
        target.file
    ));
    let site = Site {
        file,
        target,
        is_system: &GraphqlSystem::looks_like,
        source: &target.file,
    };
    rewrite_definitions(module, options, &site, None, reporter)
}

/// A file the cache has a shard for: rewrite each definition.
fn transform_known(
    module: &mut Module,
    options: &PluginOptions,
    file: &FileContext<'_>,
    target: &Target,
    shard: &ArchivedShard,
    reporter: &mut dyn Reporter,
) -> Result<(), Failure> {
    let system = GraphqlSystem {
        aliases: shard
            .graphql_system
            .aliases
            .iter()
            .map(|a| a.to_string())
            .collect(),
        dir: shard.graphql_system.dir.to_string(),
    };
    let source = shard.source_path.as_str();
    let site = Site {
        file,
        target,
        is_system: &|specifier| system.is_import(source, specifier),
        source,
    };
    rewrite_definitions(module, options, &site, Some(shard), reporter)
}

/// A file without a shard: it has no definitions, or ones the cache has not seen (a new file
/// the watcher has not built yet, or a file of another project).
fn transform_unknown(
    module: &mut Module,
    options: &PluginOptions,
    file: &FileContext<'_>,
    target: &Target,
    reporter: &mut dyn Reporter,
) -> Result<(), Failure> {
    let manifest_file = match cache::read_manifest(target, file.fs) {
        Ok(file) => file,
        Err(error) => {
            return rewrite::likely_graphql_system_import(module)
                .map_or(Ok(()), |span| Err((span, error)))
        }
    };
    let manifest = cache::verify_manifest(&manifest_file, target, file.fs)
        .map_err(|e| at_import(module, e))?;
    let system = GraphqlSystem {
        aliases: manifest
            .graphql_system_aliases
            .iter()
            .map(|a| a.to_string())
            .collect(),
        dir: manifest.graphql_system_dir.to_string(),
    };
    let config_dir = source_path::join(&target.cache_dir, manifest.config_dir.as_str());
    let Some(source) = source_path::strip_dir(&config_dir, &target.file).map(str::to_owned) else {
        // Outside the cache's project: any definition it has can never be built by this cache.
        let found = definitions(module, &|specifier| {
            system.is_import(&target.file, specifier)
        });
        if let Some(site) = found.definitions.first() {
            return Err((
                site.span,
                PluginError::ForeignProject {
                    file: target.file.clone(),
                    location: error::location(&target.cache_dir, file.fs),
                    project: error::location(&config_dir, file.fs),
                },
            ));
        }
        return Ok(());
    };
    let site = Site {
        file,
        target,
        is_system: &|specifier| system.is_import(&source, specifier),
        source: &source,
    };
    rewrite_definitions(module, options, &site, None, reporter)
}

/// Where a file's definitions are rewritten: the host's file, its cache, its graphql-system.
struct Site<'a> {
    file: &'a FileContext<'a>,
    target: &'a Target,
    /// Whether an import specifier names the graphql-system.
    is_system: &'a dyn Fn(&str) -> bool,
    /// The file's path relative to the config dir, as ids name it (in the development fast
    /// path: as the host names it, for messages only).
    source: &'a str,
}

/// Finds the file's definitions, plans each one against `shard` (none: the artifact module
/// decides at run time) and rewrites them.
fn rewrite_definitions(
    module: &mut Module,
    options: &PluginOptions,
    site: &Site<'_>,
    shard: Option<&ArchivedShard>,
    reporter: &mut dyn Reporter,
) -> Result<(), Failure> {
    let found = definitions(module, site.is_system);
    if found.definitions.is_empty() {
        return Ok(());
    }
    check_emit_mode(options, site.file, &found)?;
    let plan = plan::plan(&found, site.source, shard, options, site.file, reporter);
    for (span, error) in plan.errors {
        reporter.error(span, error.to_string());
    }
    let target = site.target;
    let specifier =
        rewrite::artifact_module_specifier(&target.file, &target.cache_dir, &target.cache_key);
    rewrite::apply(
        module,
        &plan.replacements,
        site.is_system,
        options,
        &specifier,
    );
    Ok(())
}

/// The definitions of `module` the plugin replaces: not "define" elements (`.compat(...)`,
/// `define(...)`), which upstream's transformers leave as they are.
fn definitions(module: &Module, is_system: &dyn Fn(&str) -> bool) -> ModuleDefinitions {
    let mut found = find_definitions(module, is_system, |_, _| {});
    if !found.imports_graphql_system {
        return ModuleDefinitions::default();
    }
    found.definitions.retain(|site| !site.define);
    found
}

/// `inline` output goes stale under every development host's transform cache: refused there.
fn check_emit_mode(
    options: &PluginOptions,
    file: &FileContext<'_>,
    found: &ModuleDefinitions,
) -> Result<(), Failure> {
    if options.emit == Emit::Inline && file.env == "development" {
        let span = found.definitions.first().map_or(DUMMY_SP, |d| d.span);
        return Err((span, PluginError::InlineInDevelopment));
    }
    Ok(())
}
