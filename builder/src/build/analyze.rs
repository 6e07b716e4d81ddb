//! Per-file analysis, in parallel: read, parse, find definitions, extract their IR, collect imports.
//!
//! Files reached through relative or tsconfig-path imports are analysed too, even outside
//! `include` (as upstream does), so fragments defined anywhere in the project resolve.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use soda_analysis::{find_definitions, AnalysisCode, DefinitionSite, GraphqlSystem};
use swc_core::common::{sync::Lrc, FileName, SourceMap};

use super::project::Project;
use crate::config::Config;
use crate::diagnostic::{BuilderCode, Code, Diagnostic, FileId};
use crate::document::extract::{extract_definition, ExtractedDefinition};
use crate::document::schema_index::SchemaIndex;
use crate::parse::parse_module_text;
use crate::project::discover::is_source;
use crate::project::module_info::ModuleInfo;
use crate::project::resolve::{resolve, TsPaths};

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
    pub system: GraphqlSystem,
    pub schemas: &'a HashMap<String, Arc<SchemaIndex>>,
    pub ts_paths: Option<&'a TsPaths>,
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
            system: graphql_system(config),
            schemas,
            ts_paths,
        }
    }

    /// Analyses `files` (in parallel) and, wave by wave, every project file they import that is
    /// not in `seen` yet (which is updated). Ids come from `project`.
    pub fn analyze_transitively(
        &self,
        files: Vec<PathBuf>,
        seen: &mut HashSet<PathBuf>,
        project: &mut Project,
    ) -> Vec<FileAnalysis> {
        let mut wave = files;
        let mut done = Vec::new();
        while !wave.is_empty() {
            let jobs: Vec<(PathBuf, FileId)> = wave
                .into_iter()
                .map(|path| {
                    let id = project.file_id(&self.config.relative(&path));
                    (path, id)
                })
                .collect();
            let analysed: Vec<FileAnalysis> = jobs
                .par_iter()
                .map(|(path, id)| self.analyze_file(path, *id))
                .collect();
            let mut next = BTreeSet::new();
            for analysis in &analysed {
                for target in self.imported_sources(analysis) {
                    if seen.insert(target.clone()) {
                        next.insert(target);
                    }
                }
            }
            done.extend(analysed);
            wave = next.into_iter().collect();
        }
        done
    }

    /// The project sources `analysis` imports (not packages, not `node_modules`).
    fn imported_sources<'b>(
        &'b self,
        analysis: &'b FileAnalysis,
    ) -> impl Iterator<Item = PathBuf> + 'b {
        analysis
            .resolved
            .iter()
            .flatten()
            .filter(|target| {
                is_source(target) && !target.components().any(|c| c.as_os_str() == "node_modules")
            })
            .cloned()
    }

    /// Reads and analyses one file.
    pub fn analyze_file(&self, path: &Path, file_id: FileId) -> FileAnalysis {
        let relative_path = self.config.relative(path);
        let mut analysis = FileAnalysis {
            file_id,
            path: path.to_owned(),
            relative_path,
            content_hash: 0,
            stat: None,
            text: Arc::from(""),
            module: ModuleInfo::default(),
            resolved: Vec::new(),
            definitions: Vec::new(),
            diagnostics: Vec::new(),
            unreadable: false,
        };
        match read_source(path) {
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
        self.parse_and_extract(&mut analysis);
        analysis.resolved = self.resolve_imports(&analysis);
        analysis
    }

    fn resolve_imports(&self, analysis: &FileAnalysis) -> Vec<Option<PathBuf>> {
        analysis
            .module
            .specifiers
            .iter()
            .map(|specifier| resolve(&analysis.path, specifier, self.ts_paths))
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
        let module = match parse_module_text(&fm, &analysis.path) {
            Ok(module) => module,
            Err(error) => {
                analysis.diagnostics.push(BuilderCode::TsSyntax.spanning(
                    file_id,
                    offset(error.span.lo)..offset(error.span.hi),
                    error.message,
                ));
                return;
            }
        };
        analysis.module = ModuleInfo::collect(&module);
        let relative = analysis.relative_path.clone();
        let mut definitions = Vec::new();
        let found = find_definitions(
            &module,
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

/// A source file as read.
pub struct ReadSource {
    pub text: Arc<str>,
    /// xxh3 of the bytes.
    pub hash: u64,
    /// Size, mtime (ns) and inode of the open file.
    pub stat: Option<(u64, u64, u64)>,
}

/// The file's text, hash and stat, or the diagnostic that says why it cannot be read.
pub fn read_source(path: &Path) -> Result<ReadSource, impl FnOnce(FileId) -> Diagnostic> {
    use std::io::Read;
    let failed =
        |code: BuilderCode, message: String| move |file: FileId| code.spanning(file, 0..0, message);
    let read = (|| {
        let mut file = std::fs::File::open(path)?;
        let metadata = file.metadata()?;
        let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
        file.read_to_end(&mut bytes)?;
        Ok::<_, std::io::Error>((bytes, crate::session::state::stat_of(&metadata)))
    })();
    let (bytes, stat) = match read {
        Ok(read) => read,
        Err(error) => {
            return Err(failed(
                BuilderCode::ReadFailed,
                format!("cannot read {}: {error}", path.display()),
            ))
        }
    };
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
    match String::from_utf8(bytes) {
        Ok(text) => Ok(ReadSource {
            text: Arc::from(text),
            hash,
            stat,
        }),
        Err(error) => Err(failed(
            BuilderCode::InvalidUtf8,
            format!(
                "{} is not valid UTF-8 (first invalid byte at offset {})",
                path.display(),
                error.utf8_error().valid_up_to()
            ),
        )),
    }
}
