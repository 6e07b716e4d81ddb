//! A minimal SWC host for tests: parse TypeScript, run a Wasm plugin through `swc_plugin_runner`
//! with the wasmtime backend, print the result and collect the plugin's diagnostics.

use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use anyhow::{anyhow, Context, Result};
use swc_common::comments::SingleThreadedComments;
use swc_common::errors::{DiagnosticBuilder, Emitter, Handler, HANDLER};
use swc_common::plugin::metadata::TransformPluginMetadataContext;
use swc_common::plugin::serialized::{PluginSerializedBytes, VersionedSerializable};
use swc_common::sync::Lrc;
use swc_common::{FileName, Globals, Mark, SourceMap, GLOBALS};
use swc_ecma_ast::{EsVersion, Program};
use swc_ecma_parser::{parse_file_as_program, Syntax, TsSyntax};
use swc_plugin_backend_wasmtime::WasmtimeRuntime;
use swc_plugin_proxy::{HostCommentsStorage, COMMENTS};
use swc_plugin_runner::plugin_module_bytes::{CompiledPluginModuleBytes, RawPluginModuleBytes};
use swc_plugin_runner::runtime::Runtime;

/// A plugin compiled once and instantiated per file (as hosts do).
pub struct Plugin {
    module: CompiledPluginModuleBytes,
}

/// One transformed file.
#[derive(Debug)]
pub struct Output {
    /// The printed program.
    pub code: String,
    /// `line:column: message` of every error the plugin reported.
    pub errors: Vec<String>,
}

/// The plugin's `/cwd` is the process's working directory at transform time: tests that
/// transform files of different projects take turns.
pub fn cwd_lock() -> &'static Mutex<()> {
    static LOCK: OnceLock<Mutex<()>> = OnceLock::new();
    LOCK.get_or_init(|| Mutex::new(()))
}

struct Collect(Arc<Mutex<Vec<swc_common::errors::Diagnostic>>>);

impl Emitter for Collect {
    fn emit(&mut self, diagnostic: &mut DiagnosticBuilder<'_>) {
        if let Ok(mut list) = self.0.lock() {
            list.push((**diagnostic).clone());
        }
    }
}

impl Plugin {
    /// Compiles the plugin at `wasm`.
    pub fn load(wasm: &Path) -> Result<Self> {
        let bytes = std::fs::read(wasm).with_context(|| format!("read {}", wasm.display()))?;
        let raw = RawPluginModuleBytes::new("soda-cache".into(), bytes);
        Ok(Plugin {
            module: CompiledPluginModuleBytes::from_raw_module(&WasmtimeRuntime, raw),
        })
    }

    /// Transforms `source` named `filename` with plugin options `config`, as a host running in
    /// `cwd` with environment `env` would. The caller holds [`cwd_lock`] with `cwd` current.
    pub fn transform(
        &self,
        source: &str,
        filename: &str,
        config: &serde_json::Value,
        cwd: &Path,
        env: &str,
    ) -> Result<Output> {
        let cm: Lrc<SourceMap> = Lrc::default();
        let diagnostics = Arc::new(Mutex::new(Vec::new()));
        let handler = Handler::with_emitter(true, false, Box::new(Collect(diagnostics.clone())));
        let code = GLOBALS.set(&Globals::new(), || {
            HANDLER.set(&handler, || -> Result<String> {
                let fm =
                    cm.new_source_file(FileName::Real(filename.into()).into(), source.to_owned());
                let comments = SingleThreadedComments::default();
                let syntax = Syntax::Typescript(TsSyntax {
                    tsx: filename.ends_with(".tsx"),
                    dts: filename.ends_with(".d.ts"),
                    ..Default::default()
                });
                let mut recovered = Vec::new();
                let program = parse_file_as_program(
                    &fm,
                    syntax,
                    EsVersion::latest(),
                    Some(&comments),
                    &mut recovered,
                )
                .map_err(|e| anyhow!("parse error in {filename}: {:?}", e.kind()))?;
                let unresolved_mark = Mark::new();
                let context = Arc::new(TransformPluginMetadataContext {
                    filename: Some(filename.to_owned()),
                    env: env.to_owned(),
                    cwd: Some(cwd.to_string_lossy().into_owned()),
                    experimental: Default::default(),
                });
                let runtime: Arc<dyn Runtime> = Arc::new(WasmtimeRuntime);
                let module = Box::new(self.module.clone_module(&WasmtimeRuntime));
                let mut executor = swc_plugin_runner::create_plugin_transform_executor(
                    &cm,
                    &unresolved_mark,
                    &context,
                    None,
                    module,
                    Some(config.clone()),
                    runtime,
                );
                let bytes =
                    PluginSerializedBytes::try_serialize(&VersionedSerializable::new(program))?;
                let storage = HostCommentsStorage {
                    inner: Some(comments.clone()),
                };
                let out = COMMENTS.set(&storage, || executor.transform(&bytes, Some(true)))?;
                let program: Program = out.deserialize::<Program>()?.into_inner();
                Ok(swc_ecma_codegen::to_code_default(
                    cm.clone(),
                    Some(&comments),
                    &program,
                ))
            })
        })?;
        let errors = diagnostics
            .lock()
            .map_err(|_| anyhow!("diagnostics lock poisoned"))?
            .iter()
            .map(|d| {
                let at = d.span.primary_span().map(|s| {
                    let pos = cm.lookup_char_pos(s.lo);
                    format!("{}:{}: ", pos.line, pos.col_display + 1)
                });
                format!("{}{}", at.unwrap_or_default(), d.message())
            })
            .collect();
        Ok(Output { code, errors })
    }
}

/// Parses and prints `source` without any plugin (the baseline a no-op pass must reproduce).
pub fn print_without_plugin(source: &str, filename: &str) -> Result<String> {
    let cm: Lrc<SourceMap> = Lrc::default();
    GLOBALS.set(&Globals::new(), || {
        let fm = cm.new_source_file(FileName::Real(filename.into()).into(), source.to_owned());
        let comments = SingleThreadedComments::default();
        let syntax = Syntax::Typescript(TsSyntax {
            tsx: filename.ends_with(".tsx"),
            dts: filename.ends_with(".d.ts"),
            ..Default::default()
        });
        let program = parse_file_as_program(
            &fm,
            syntax,
            EsVersion::latest(),
            Some(&comments),
            &mut Vec::new(),
        )
        .map_err(|e| anyhow!("parse error in {filename}: {:?}", e.kind()))?;
        Ok(swc_ecma_codegen::to_code_default(
            cm.clone(),
            Some(&comments),
            &program,
        ))
    })
}
