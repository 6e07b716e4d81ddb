//! The exports SWC hosts call, as `#[plugin_transform]` would generate them, plus the fast path:
//! a serialized program without `gql` in it is handed back undecoded.

use swc_core::common::errors::{DiagnosticBuilder, Emitter, Handler, HANDLER};
use swc_core::common::plugin::diagnostics::PluginCorePkgDiagnostics;
use swc_core::common::plugin::serialized::{
    PluginError, PluginSerializedBytes, VersionedSerializable,
};
use swc_core::common::plugin::PLUGIN_TRANSFORM_AST_SCHEMA_VERSION;
use swc_core::common::{sync::OnceCell, Mark};
use swc_core::ecma::ast::Program;
use swc_core::plugin::metadata::TransformPluginProgramMetadata;
use swc_core::plugin::proxies::{PluginCommentsProxy, PluginSourceMapProxy};

#[cfg(target_arch = "wasm32")]
#[link(wasm_import_module = "env")]
extern "C" {
    fn __set_transform_result(bytes_ptr: u32, bytes_ptr_len: u32);
    fn __set_transform_plugin_core_pkg_diagnostics(bytes_ptr: u32, bytes_ptr_len: u32);
    fn __emit_diagnostics(bytes_ptr: u32, bytes_ptr_len: u32);
}

/// Sends diagnostics to the host's handler.
struct HostEmitter;

impl Emitter for HostEmitter {
    #[cfg_attr(not(target_arch = "wasm32"), allow(unused))]
    fn emit(&mut self, db: &mut DiagnosticBuilder<'_>) {
        let Ok(bytes) = PluginSerializedBytes::try_serialize(&VersionedSerializable::new(
            *db.diagnostic.clone(),
        )) else {
            return;
        };
        let (ptr, len) = bytes.as_ptr();
        #[cfg(target_arch = "wasm32")]
        // SAFETY: the host copies `len` bytes from `ptr`, which `bytes` keeps alive for the call.
        unsafe {
            __emit_diagnostics(ptr as u32, len as u32);
        }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), allow(unused))]
fn send_to_host(ptr: *const u8, len: usize) {
    #[cfg(target_arch = "wasm32")]
    // SAFETY: the host copies `len` bytes from `ptr`; the caller keeps them alive for the call.
    unsafe {
        __set_transform_result(ptr as u32, len as u32);
    }
}

fn send_error(error: PluginError) -> u32 {
    if let Ok(bytes) = PluginSerializedBytes::try_serialize(&VersionedSerializable::new(error)) {
        let (ptr, len) = bytes.as_ptr();
        send_to_host(ptr, len);
    }
    1
}

/// Reports the `swc_core` this plugin was built with (the host checks the AST schema).
#[no_mangle]
pub fn __get_transform_plugin_core_pkg_diag() -> u32 {
    let core = swc_core::diagnostics::get_core_engine_diagnostics();
    let result = PluginCorePkgDiagnostics {
        ast_schema_version: PLUGIN_TRANSFORM_AST_SCHEMA_VERSION,
        pkg_version: core.package_semver,
        git_sha: core.git_sha,
        cargo_features: core.cargo_features,
    };
    let Ok(bytes) = PluginSerializedBytes::try_serialize(&VersionedSerializable::new(result))
    else {
        return 1;
    };
    #[cfg_attr(not(target_arch = "wasm32"), allow(unused))]
    let (ptr, len) = bytes.as_ptr();
    #[cfg(target_arch = "wasm32")]
    // SAFETY: the host copies `len` bytes from `ptr`, which `bytes` keeps alive for the call.
    unsafe {
        __set_transform_plugin_core_pkg_diagnostics(ptr as u32, len as u32);
    }
    0
}

/// Transforms the program the host serialized at `ast_ptr`.
///
/// # Safety
///
/// `ast_ptr` must point to `ast_ptr_len` initialized bytes in one guest allocation that stays
/// valid for the call: the SWC host allocates and fills it before calling, and keeps it.
#[no_mangle]
pub unsafe fn __transform_plugin_process_impl(
    ast_ptr: *const u8,
    ast_ptr_len: u32,
    unresolved_mark: u32,
    should_enable_comments_proxy: i32,
) -> u32 {
    let Ok(len) = usize::try_from(ast_ptr_len) else {
        return send_error(PluginError::SizeInteropFailure("program too large".into()));
    };
    // SAFETY: the function's contract (upheld by the host) is exactly `from_raw_parts`'s.
    let bytes = unsafe { std::slice::from_raw_parts(ast_ptr, len) };
    if !soda_cache_plugin::may_have_definitions(bytes) {
        // Nothing to do: the host gets its own bytes back, never decoded.
        send_to_host(ast_ptr, len);
        return 0;
    }
    let serialized = PluginSerializedBytes::from_bytes(bytes.to_vec());
    let Ok(program) = serialized.deserialize::<Program>() else {
        return send_error(PluginError::Deserialize(
            "Failed to deserialize program received from host".into(),
        ));
    };
    let handler = Handler::with_emitter(true, false, Box::new(HostEmitter));
    let metadata = TransformPluginProgramMetadata {
        comments: (should_enable_comments_proxy == 1).then_some(PluginCommentsProxy),
        source_map: PluginSourceMapProxy {
            source_file: OnceCell::new(),
        },
        unresolved_mark: Mark::from_u32(unresolved_mark),
    };
    let transformed = HANDLER.set(&handler, || {
        crate::soda_cache_plugin(program.into_inner(), metadata)
    });
    let Ok(result) = PluginSerializedBytes::try_serialize(&VersionedSerializable::new(transformed))
    else {
        return send_error(PluginError::Serialize(
            "Failed to serialize transformed program".into(),
        ));
    };
    let (ptr, len) = result.as_ptr();
    send_to_host(ptr, len);
    0
}
