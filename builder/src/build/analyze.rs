//! Per-file analysis, in parallel: parse, find definitions, extract their IR, collect imports.
//!
//! Files reached through relative or tsconfig-path imports are analysed too, even outside
//! `include` (as upstream does), so fragments defined anywhere in the project resolve.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use soda_analysis::{find_definitions, AnalysisCode, DefinitionSite, GraphqlSystem};
use swc_core::common::{sync::Lrc, FileName, SourceMap};

use crate::config::Config;
use crate::diagnostic::{Diagnostic, FileId, Severity};
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
    pub content_hash: u64,
    pub module: ModuleInfo,
    pub definitions: Vec<AnalyzedDefinition>,
    /// Syntax errors and analysis diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

/// How this project names the graphql-system module.
pub fn graphql_system(config: &Config) -> GraphqlSystem {
    GraphqlSystem {
        aliases: config.graphql_system_aliases.clone(),
        dir: config.relative(&config.outdir),
    }
}

/// Analyses `roots` and every project file they import, transitively. Sorted by relative path.
pub fn analyze_project(
    config: &Config,
    roots: Vec<PathBuf>,
    ts_paths: Option<&TsPaths>,
    schemas: &HashMap<String, Arc<SchemaIndex>>,
) -> Vec<FileAnalysis> {
    let mut seen: HashSet<PathBuf> = roots.iter().cloned().collect();
    let mut done = analyze_transitively(config, roots, &mut seen, ts_paths, schemas);
    done.sort_by(|a, b| a.relative_path.cmp(&b.relative_path));
    number(&mut done);
    done
}

/// Analyses `files` (in parallel) and, wave by wave, every project file they import that is not
/// in `seen` yet (which is updated).
pub fn analyze_transitively(
    config: &Config,
    files: Vec<PathBuf>,
    seen: &mut HashSet<PathBuf>,
    ts_paths: Option<&TsPaths>,
    schemas: &HashMap<String, Arc<SchemaIndex>>,
) -> Vec<FileAnalysis> {
    let system = graphql_system(config);
    let mut wave = files;
    let mut done = Vec::new();
    while !wave.is_empty() {
        let analysed: Vec<FileAnalysis> = wave
            .par_iter()
            .map(|path| analyze_file(config, &system, path, schemas))
            .collect();
        let mut next = BTreeSet::new();
        for analysis in &analysed {
            for specifier in &analysis.module.specifiers {
                let Some(target) = resolve(&analysis.path, specifier, ts_paths) else {
                    continue;
                };
                let in_node_modules = target.components().any(|c| c.as_os_str() == "node_modules");
                if !in_node_modules
                    && is_source(&target)
                    && target.starts_with(&config.dir)
                    && !seen.contains(&target)
                {
                    seen.insert(target.clone());
                    next.insert(target);
                }
            }
        }
        done.extend(analysed);
        wave = next.into_iter().collect();
    }
    done
}

/// Numbers sorted analyses by position (`FileId` = index), renumbering only what moved.
pub fn number(analyses: &mut [FileAnalysis]) {
    for (i, analysis) in analyses.iter_mut().enumerate() {
        let id = FileId(u32::try_from(i).unwrap_or(u32::MAX));
        if analysis.file_id != id {
            analysis.file_id = id;
            analysis.renumber(id);
        }
    }
}

impl FileAnalysis {
    /// Points every diagnostic and origin at `id` (files are numbered after the sort).
    fn renumber(&mut self, id: FileId) {
        for d in &mut self.diagnostics {
            d.file = id;
        }
        for def in &mut self.definitions {
            match &mut def.extracted {
                Ok(extracted) => crate::document::ir::set_file(&mut extracted.ir, id),
                Err(diagnostics) => {
                    for d in diagnostics {
                        d.file = id;
                    }
                }
            }
        }
    }
}

const PROVISIONAL: FileId = FileId(u32::MAX);

pub(crate) fn analyze_file(
    config: &Config,
    system: &GraphqlSystem,
    path: &Path,
    schemas: &HashMap<String, Arc<SchemaIndex>>,
) -> FileAnalysis {
    let relative_path = config.relative(path);
    let text: Arc<str> = std::fs::read_to_string(path).unwrap_or_default().into();
    let mut analysis = FileAnalysis {
        file_id: PROVISIONAL,
        path: path.to_owned(),
        relative_path: relative_path.clone(),
        content_hash: xxhash_rust::xxh3::xxh3_64(text.as_bytes()),
        text: text.clone(),
        module: ModuleInfo::default(),
        definitions: Vec::new(),
        diagnostics: Vec::new(),
    };
    if text.is_empty() && std::fs::metadata(path).is_err() {
        analysis.diagnostics.push(Diagnostic::error(
            "READ_FAILED",
            format!("cannot read {}", path.display()),
            PROVISIONAL,
            0..0,
        ));
        return analysis;
    }
    let cm: Lrc<SourceMap> = Lrc::default();
    let fm = cm.new_source_file(FileName::Real(path.to_owned()).into(), text.to_string());
    let start = fm.start_pos;
    let offset = |pos: swc_core::common::BytePos| pos.0.saturating_sub(start.0);
    let module = match parse_module_text(&fm, path) {
        Ok(module) => module,
        Err(error) => {
            analysis.diagnostics.push(Diagnostic::error(
                "TS_SYNTAX",
                error.message,
                PROVISIONAL,
                offset(error.span.lo)..offset(error.span.hi),
            ));
            return analysis;
        }
    };
    analysis.module = ModuleInfo::collect(&module);
    let mut definitions = Vec::new();
    let found = find_definitions(
        &module,
        |specifier| system.is_import(&relative_path, specifier),
        |site, call| {
            let extracted = match &site.error {
                Some(error) => Err(vec![Diagnostic::error(
                    error.code.as_str(),
                    error.message.clone(),
                    PROVISIONAL,
                    offset(error.span.lo)..offset(error.span.hi),
                )]),
                None => {
                    let schema = schemas.get(&site.schema).map(|s| &**s);
                    if schema.is_none() {
                        Err(vec![Diagnostic::error(
                            "UNKNOWN_SCHEMA",
                            format!(
                                "`gql.{}` names no schema of the config (known: {})",
                                site.schema,
                                config
                                    .schemas
                                    .iter()
                                    .map(|s| s.name.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                            PROVISIONAL,
                            offset(call.span.lo)..offset(call.span.hi),
                        )])
                    } else {
                        extract_definition(call, PROVISIONAL, start, schema)
                    }
                }
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
        if d.code == AnalysisCode::InvalidArgumentType
            && found
                .definitions
                .iter()
                .any(|s| s.error.as_ref() == Some(&d))
        {
            continue;
        }
        analysis.diagnostics.push(Diagnostic {
            file: PROVISIONAL,
            span: offset(d.span.lo)..offset(d.span.hi),
            severity: match d.code.severity() {
                soda_analysis::Severity::Error => Severity::Error,
                soda_analysis::Severity::Warning => Severity::Warning,
            },
            code: d.code.as_str().to_owned(),
            message: d.message,
            related: Vec::new(),
        });
    }
    analysis
}
