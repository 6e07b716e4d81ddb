//! Per-file analysis, in parallel: read, parse, find definitions, extract their IR, collect imports.
//!
//! A full build reads every source but parses only those that can matter: a file whose text
//! never mentions `gql` (nor the graphql-system's specifiers) can hold no definition, so it is
//! only hashed (*shallow*) unless a parsed file imports it (`reach.rs` follows imports, wave
//! by wave; `read.rs` reads a source).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use soda_analysis::{
    find_definitions, gql_import_by_name, AnalysisCode, DefinitionSite, GraphqlSystem,
};
use swc_core::common::{sync::Lrc, FileName, SourceMap};

use super::reach::is_project_source;
use super::read::read_source;
use super::timers::{self, Step};
use crate::config::Config;
use crate::diagnostic::{BuilderCode, Code, Diagnostic, FileId};
use crate::document::extract::{extract_definition, ExtractedDefinition};
use crate::document::schema_index::SchemaIndex;
use crate::parse::parse_module_text;
use crate::project::module_info::{scan_specifiers, ModuleInfo};
use crate::project::resolve::{ResolveMemo, TsPaths};

/// One definition as read from its file.
#[derive(Debug, Clone)]
pub struct AnalyzedDefinition {
    pub site: DefinitionSite,
    /// The IR, or why it could not be read statically.
    pub extracted: Result<ExtractedDefinition, Vec<Diagnostic>>,
}

/// Everything the build knows about one source file.
#[derive(Debug, Clone)]
pub struct FileAnalysis {
    pub file_id: FileId,
    pub path: PathBuf,
    /// Relative to the config dir, `/`-separated.
    pub relative_path: String,
    pub text: Arc<str>,
    /// xxh3 of the file's bytes.
    pub content_hash: u64,
    /// Size, mtime (ns) and inode of the file as it was read (what the persisted state records:
    /// taken from the open file, so they describe exactly the bytes hashed).
    pub stat: Option<(u64, u64, u64)>,
    pub module: ModuleInfo,
    /// Where each of `module.specifiers` resolved when the file was analysed (`None`: a
    /// package, or missing). Discovery and the module graph use it; fragment resolution
    /// resolves again, since files may have appeared since.
    pub resolved: Vec<Option<PathBuf>>,
    pub definitions: Vec<AnalyzedDefinition>,
    /// Read and syntax errors and analysis diagnostics.
    pub diagnostics: Vec<Diagnostic>,
    /// The file could not be read: what the cache holds for it is kept as it is.
    pub unreadable: bool,
    /// Read and hashed but not parsed: its text never mentions `gql` and no parsed file
    /// imports it (module facts and resolutions are empty).
    pub shallow: bool,
    /// For a shallow file: the project sources its text seems to import (a scan, a superset
    /// of its imports), which discovery follows as upstream's does.
    pub reached: Vec<PathBuf>,
}

/// How far to analyse a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Parse it only if its text mentions `gql` (a full build's discovered sources).
    IfMentionsGql,
    /// Parse it: another file imports it, or an update touched it.
    Full,
}

/// How this project names the graphql-system module.
pub fn graphql_system(config: &Config) -> GraphqlSystem {
    GraphqlSystem {
        aliases: config.graphql_system_aliases.clone(),
        dir: config.relative(&config.outdir),
    }
}

/// What analysis needs besides the file: the config, the graphql-system, the schemas.
pub struct AnalysisContext<'a> {
    pub config: &'a Config,
    /// See [`definition_needles`].
    needles: Vec<String>,
    pub system: GraphqlSystem,
    pub schemas: &'a HashMap<String, Arc<SchemaIndex>>,
    pub ts_paths: Option<&'a TsPaths>,
    /// Module resolutions of this run, shared by the files analysed in parallel.
    resolutions: ResolveMemo,
}

impl<'a> AnalysisContext<'a> {
    /// The context of a build.
    pub fn new(
        config: &'a Config,
        schemas: &'a HashMap<String, Arc<SchemaIndex>>,
        ts_paths: Option<&'a TsPaths>,
    ) -> Self {
        AnalysisContext {
            config,
            needles: definition_needles(config),
            system: graphql_system(config),
            schemas,
            ts_paths,
            resolutions: ResolveMemo::default(),
        }
    }

    /// Whether a source's text can hold a definition: a file without any of the needles is
    /// only hashed (unless a parsed file imports it).
    pub fn may_hold_definitions(&self, text: &str) -> bool {
        self.needles
            .iter()
            .any(|needle| text.contains(needle.as_str()))
    }

    /// Reads and analyses one file (`relative_path`: its path relative to the config dir).
    pub fn analyze_file(
        &self,
        path: PathBuf,
        relative_path: String,
        file_id: FileId,
        depth: Depth,
    ) -> FileAnalysis {
        let mut analysis = FileAnalysis {
            file_id,
            path,
            relative_path,
            content_hash: 0,
            stat: None,
            text: Arc::from(""),
            module: ModuleInfo::default(),
            resolved: Vec::new(),
            definitions: Vec::new(),
            diagnostics: Vec::new(),
            unreadable: false,
            shallow: false,
            reached: Vec::new(),
        };
        match timers::time(Step::Read, || read_source(&analysis.path)) {
            Ok(read) => {
                analysis.text = read.text;
                analysis.content_hash = read.hash;
                analysis.stat = read.stat;
            }
            Err(diagnostic) => {
                analysis.unreadable = true;
                analysis.diagnostics.push(diagnostic(file_id));
                return analysis;
            }
        }
        if depth == Depth::IfMentionsGql && !self.may_hold_definitions(&analysis.text) {
            analysis.shallow = true;
            analysis.reached = timers::time(Step::Resolve, || self.scan_imports(&analysis));
            return analysis;
        }
        self.parse_and_extract(&mut analysis);
        analysis.resolved = timers::time(Step::Resolve, || self.resolve_imports(&analysis));
        analysis
    }

    /// The project sources a shallow file's text seems to import: relative and `paths`
    /// specifiers only (a package is never a project source).
    fn scan_imports(&self, analysis: &FileAnalysis) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = scan_specifiers(&analysis.text)
            .into_iter()
            .filter(|s| s.starts_with('.') || self.ts_paths.is_some_and(|p| p.maps(s)))
            .filter_map(|s| self.resolutions.resolve(&analysis.path, s, self.ts_paths))
            .filter(|target| is_project_source(target))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    fn resolve_imports(&self, analysis: &FileAnalysis) -> Vec<Option<PathBuf>> {
        analysis
            .module
            .specifiers
            .iter()
            .map(|specifier| {
                self.resolutions
                    .resolve(&analysis.path, specifier, self.ts_paths)
            })
            .collect()
    }

    /// Analyses `text` as the file at `path` (nothing is read).
    pub fn analyze_text(&self, path: &Path, file_id: FileId, text: &str) -> FileAnalysis {
        let mut analysis = FileAnalysis {
            file_id,
            path: path.to_owned(),
            relative_path: self.config.relative(path),
            content_hash: xxhash_rust::xxh3::xxh3_64(text.as_bytes()),
            stat: None,
            text: Arc::from(text),
            module: ModuleInfo::default(),
            resolved: Vec::new(),
            definitions: Vec::new(),
            diagnostics: Vec::new(),
            unreadable: false,
            shallow: false,
            reached: Vec::new(),
        };
        self.parse_and_extract(&mut analysis);
        analysis
    }

    fn parse_and_extract(&self, analysis: &mut FileAnalysis) {
        let file_id = analysis.file_id;
        let cm: Lrc<SourceMap> = Lrc::default();
        let fm = cm.new_source_file(
            FileName::Real(analysis.path.clone()).into(),
            analysis.text.to_string(),
        );
        let start = fm.start_pos;
        let offset = |pos: swc_core::common::BytePos| pos.0.saturating_sub(start.0);
        let may_hold_definitions = self.may_hold_definitions(&analysis.text);
        let (depth, deepest) = crate::parse::nesting_depth(&analysis.text);
        if depth > crate::parse::MAX_SOURCE_NESTING {
            if may_hold_definitions {
                let at = u32::try_from(deepest).unwrap_or(u32::MAX);
                analysis.diagnostics.push(BuilderCode::NestingTooDeep.spanning(
                    file_id,
                    at..at,
                    format!(
                        "this file nests brackets {depth} levels deep; soda-cache reads files nested at most {} levels deep",
                        crate::parse::MAX_SOURCE_NESTING
                    ),
                ));
            }
            return;
        }
        let module = match timers::time(Step::Parse, || parse_module_text(&fm, &analysis.path)) {
            Ok(module) => module,
            // A file that never mentions `gql` holds no definition: its syntax is the
            // TypeScript compiler's business (and whether it was parsed at all depends on who
            // imports it, which must not change what a build reports).
            Err(_) if !may_hold_definitions => return,
            Err(error) => {
                analysis.diagnostics.push(BuilderCode::TsSyntax.spanning(
                    file_id,
                    offset(error.span.lo)..offset(error.span.hi),
                    error.message,
                ));
                return;
            }
        };
        timers::time(Step::Definitions, || {
            self.extract_all(analysis, &module, start)
        });
    }

    /// Module facts and definitions of a parsed file.
    fn extract_all(
        &self,
        analysis: &mut FileAnalysis,
        module: &swc_core::ecma::ast::Module,
        start: swc_core::common::BytePos,
    ) {
        let file_id = analysis.file_id;
        let offset = |pos: swc_core::common::BytePos| pos.0.saturating_sub(start.0);
        analysis.module = ModuleInfo::collect(module);
        let relative = analysis.relative_path.clone();
        let mut definitions = Vec::new();
        let found = find_definitions(
            module,
            |specifier| self.system.is_import(&relative, specifier),
            |site, call| {
                // Upstream keeps "define" elements (`.compat`, `define`) out of its artifact.
                if site.define {
                    return;
                }
                let extracted = match &site.error {
                    Some(error) => Err(vec![Code::from(error.code).spanning(
                        file_id,
                        offset(error.span.lo)..offset(error.span.hi),
                        error.message.clone(),
                    )]),
                    None => self.extract(site, call, file_id, start),
                };
                definitions.push(AnalyzedDefinition {
                    site: site.clone(),
                    extracted,
                });
            },
        );
        analysis.definitions = definitions;
        for (import, message) in
            fast_path_disagreements(module, |s| self.system.is_import(&relative, s))
        {
            analysis
                .diagnostics
                .push(BuilderCode::GraphqlSystemLookalike.spanning(
                    file_id,
                    offset(import.span.lo)..offset(import.span.hi),
                    message,
                ));
        }
        for d in found.diagnostics {
            // Errors that make a definition uncompilable are reported with that definition.
            let reported_with_definition = d.code == AnalysisCode::InvalidArgumentType
                && found
                    .definitions
                    .iter()
                    .any(|s| s.error.as_ref() == Some(&d));
            if !reported_with_definition {
                analysis.diagnostics.push(Code::from(d.code).spanning(
                    file_id,
                    offset(d.span.lo)..offset(d.span.hi),
                    d.message,
                ));
            }
        }
    }

    fn extract(
        &self,
        site: &DefinitionSite,
        call: &swc_core::ecma::ast::CallExpr,
        file_id: FileId,
        start: swc_core::common::BytePos,
    ) -> Result<ExtractedDefinition, Vec<Diagnostic>> {
        let Some(schema) = self.schemas.get(&site.schema) else {
            let known: Vec<&str> = self
                .config
                .schemas
                .iter()
                .map(|s| s.name.as_str())
                .collect();
            let offset = |pos: swc_core::common::BytePos| pos.0.saturating_sub(start.0);
            return Err(vec![BuilderCode::UnknownSchema.spanning(
                file_id,
                offset(call.span.lo)..offset(call.span.hi),
                format!(
                    "`gql.{}` names no schema of the config (known: {})",
                    site.schema,
                    known.join(", ")
                ),
            )]);
        };
        extract_definition(call, file_id, start, Some(schema))
    }
}

/// The imports the plugin's development fast path would judge otherwise than the cache: in a
/// file that imports `gql` from a module named `graphql-system` (read nothing for), an import
/// named like the graphql-system that is not the config's, or the config's under another name.
fn fast_path_disagreements(
    module: &swc_core::ecma::ast::Module,
    is_system: impl Fn(&str) -> bool,
) -> Vec<(&swc_core::ecma::ast::ImportDecl, String)> {
    use swc_core::ecma::ast::{ModuleDecl, ModuleItem};
    let Some(gql_specifier) = gql_import_by_name(module) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for item in &module.body {
        let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item else {
            continue;
        };
        let specifier = import.src.value.as_wtf8().to_string_lossy();
        let message = match (GraphqlSystem::looks_like(&specifier), is_system(&specifier)) {
            (true, false) => format!(
                "\"{specifier}\" is named like the graphql-system but is not the config's; the SWC plugin, which reads no cache for this file in development `module` mode, would take it for one (rename it, or make it the config's `outdir` or an alias)"
            ),
            (false, true) => format!(
                "\"{specifier}\" is the config's graphql-system under another name; the SWC plugin, which reads no cache for this file in development `module` mode, would keep this import (import it as \"{gql_specifier}\")"
            ),
            _ => continue,
        };
        found.push((import, message));
    }
    found
}

/// A substring every source that can hold a definition (or an upstream analysis warning
/// about a graphql-system import) contains: `gql`, the graphql-system's import specifiers or
/// its directory's name; a `\\u` escape may spell any of them.
fn definition_needles(config: &Config) -> Vec<String> {
    let mut needles = vec!["gql".to_owned(), "\\u".to_owned()];
    needles.extend(config.graphql_system_aliases.iter().cloned());
    needles.extend(
        config
            .outdir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned()),
    );
    needles.retain(|n| !n.is_empty());
    needles
}
