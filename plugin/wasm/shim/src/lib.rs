//! The `#[plugin_transform]` entry point: reads options and transform metadata, then calls the
//! native transform library. Expected problems are reported through SWC's handler, never a panic.

#[cfg(all(target_arch = "wasm32", not(swc_ast_unknown)))]
compile_error!(
    "build the soda-cache plugin with `--cfg swc_ast_unknown` (set in .cargo/config.toml; a RUSTFLAGS environment variable overrides it) so it loads on newer SWC hosts"
);

use soda_cache_plugin::{transform_module, FileContext, HostFs, PluginOptions, Reporter};
use swc_core::common::{Span, Spanned};
use swc_core::ecma::ast::Program;
use swc_core::plugin::errors::HANDLER;
use swc_core::plugin::metadata::TransformPluginMetadataContextKind as Context;
use swc_core::plugin::plugin_transform;
use swc_core::plugin::proxies::TransformPluginProgramMetadata;

/// Where the host's working directory is mounted inside the sandbox.
const MOUNT: &str = "/cwd";

struct HostReporter {
    debug: bool,
}

impl Reporter for HostReporter {
    fn error(&mut self, span: Span, message: String) {
        HANDLER.with(|handler| handler.struct_span_err(span, &message).emit());
    }

    fn debug(&mut self, message: String) {
        if self.debug {
            eprintln!("[soda-cache] {message}");
        }
    }
}

/// Rewrites each `gql.<schema>(...)` definition into its prebuilt artifact from the cache.
#[plugin_transform]
pub fn soda_cache_plugin(
    mut program: Program,
    metadata: TransformPluginProgramMetadata,
) -> Program {
    let options = match PluginOptions::parse(metadata.get_transform_plugin_config().as_deref()) {
        Ok(options) => options,
        Err(message) => {
            HANDLER.with(|handler| handler.struct_span_err(program.span(), &message).emit());
            return program;
        }
    };
    let Program::Module(module) = &mut program else {
        return program;
    };
    let filename = metadata.get_context(&Context::Filename).unwrap_or_default();
    let env = metadata
        .get_context(&Context::Env)
        .unwrap_or_else(|| "development".into());
    let cwd = metadata.get_context(&Context::Cwd).unwrap_or_default();
    // Relative paths resolve against `/` until the plugin moves into the mount.
    let _ = std::env::set_current_dir(MOUNT);
    let fs = HostFs::new(&cwd, MOUNT);
    let file = FileContext {
        filename: &filename,
        env: &env,
        fs: &fs,
    };
    let mut reporter = HostReporter {
        debug: std::env::var_os("SODA_CACHE_DEBUG").is_some_and(|v| !v.is_empty() && v != "0"),
    };
    transform_module(module, &options, &file, &mut reporter);
    program
}
