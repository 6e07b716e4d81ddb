//! What every campaign checks: no torn cache file, no plugin panic, and what the plugin emits
//! for each file (compared with a clean build's).

use std::panic::AssertUnwindSafe;
use std::path::Path;

use soda_cache_format::{CacheError, CacheFile, FileKind, MODULES_DIR, SHARDS_DIR};
use soda_cache_plugin::{transform_module, FileContext, HostFs, PluginOptions, Reporter};
use swc_core::common::{sync::Lrc, FileName, SourceMap, Span, GLOBALS};
use swc_core::ecma::ast::EsVersion;
use swc_core::ecma::parser::{parse_file_as_module, Syntax, TsSyntax};

/// Cache files a reader would see half-written (a kill must never leave one).
pub fn torn_files(cache: &Path) -> Vec<String> {
    let mut torn = Vec::new();
    let manifest = soda_cache_format::manifest_path(cache);
    if let Err(error) =
        CacheFile::read(&manifest, FileKind::Manifest).and_then(|f| f.manifest().map(|_| ()))
    {
        if !matches!(error, CacheError::NotFound { .. }) {
            torn.push(format!("manifest: {error}"));
        }
    }
    for entry in std::fs::read_dir(cache.join(SHARDS_DIR))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !soda_cache_format::is_cache_file_name(SHARDS_DIR, &name) {
            continue;
        }
        if let Err(error) =
            CacheFile::read(&entry.path(), FileKind::Shard).and_then(|f| f.shard().map(|_| ()))
        {
            torn.push(format!("shard {name}: {error}"));
        }
    }
    for entry in std::fs::read_dir(cache.join(MODULES_DIR))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !soda_cache_format::is_cache_file_name(MODULES_DIR, &name) {
            continue;
        }
        let intact = std::fs::read(entry.path())
            .is_ok_and(|b| soda_cache_format::artifact_module_is_intact(&b));
        if !intact {
            torn.push(format!("module {name}"));
        }
    }
    torn
}

#[derive(Default)]
struct Collected(Vec<String>);

impl Reporter for Collected {
    fn error(&mut self, _: Span, message: String) {
        self.0.push(message);
    }
    fn debug(&mut self, _: String) {}
}

/// What the plugin made of one file: the printed module and its errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginResult {
    pub code: String,
    pub errors: Vec<String>,
}

/// How the plugin is run for a check.
#[derive(Debug, Clone, Copy)]
pub enum Mode {
    /// Production, `inline`: the output embeds the documents the cache holds.
    ProductionInline,
    /// Development, `module` (references).
    DevelopmentModule,
}

/// Why a transform gave no result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransformFailure {
    Panicked,
    /// Still running after [`TRANSFORM_TIMEOUT`].
    Hung,
}

/// How long one file's transform may take before it counts as a hang (a real one takes
/// milliseconds).
pub const TRANSFORM_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Transforms `relative` (in `root`) as a host would, on a thread of its own so that a hang
/// is reported instead of stalling the campaign.
pub fn transform(
    root: &Path,
    relative: &str,
    mode: Mode,
) -> Result<PluginResult, TransformFailure> {
    let path = root.join(relative);
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    let root = root.to_owned();
    let (done, result) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
            GLOBALS.set(&Default::default(), || {
                transform_source(&root, &path, source, mode)
            })
        }));
        let _ = done.send(outcome);
    });
    match result.recv_timeout(TRANSFORM_TIMEOUT) {
        Ok(Ok(result)) => Ok(result),
        Ok(Err(_)) => Err(TransformFailure::Panicked),
        Err(_) => Err(TransformFailure::Hung),
    }
}

fn transform_source(root: &Path, path: &Path, source: String, mode: Mode) -> PluginResult {
    let (env, options) = match mode {
        Mode::ProductionInline => (
            "production",
            PluginOptions {
                emit: soda_cache_plugin::Emit::Inline,
                ..PluginOptions::default()
            },
        ),
        Mode::DevelopmentModule => ("development", PluginOptions::default()),
    };
    let cm: Lrc<SourceMap> = Lrc::default();
    let fm = cm.new_source_file(FileName::Real(path.to_owned()).into(), source);
    let syntax = Syntax::Typescript(TsSyntax::default());
    let Ok(mut module) =
        parse_file_as_module(&fm, syntax, EsVersion::latest(), None, &mut Vec::new())
    else {
        return PluginResult {
            code: String::new(),
            errors: vec!["(does not parse)".into()],
        };
    };
    let root_text = root.to_string_lossy().into_owned();
    let fs = HostFs::new(&root_text, root);
    let filename = path.to_string_lossy().into_owned();
    let file = FileContext {
        filename: &filename,
        env,
        fs: &fs,
    };
    let mut reporter = Collected::default();
    transform_module(&mut module, &options, &file, &mut reporter);
    PluginResult {
        code: swc_core::ecma::codegen::to_code_default(cm, None, &module),
        errors: reporter
            .0
            .into_iter()
            .map(|e| e.replace(&root_text, "<root>"))
            .collect(),
    }
}

/// Whether `result` is acceptable while the cache may be damaged: either a clear soda-cache
/// error, or exactly the clean build's output.
pub fn acceptable(result: &PluginResult, clean: &PluginResult) -> bool {
    result == clean
        || (!result.errors.is_empty() && result.errors.iter().all(|e| e.starts_with("soda-cache")))
}
