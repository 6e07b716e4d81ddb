//! The benchmark floor: a plugin that returns the program unchanged.

use swc_core::ecma::ast::Program;
use swc_core::plugin::plugin_transform;
use swc_core::plugin::proxies::TransformPluginProgramMetadata;

/// Returns `program` as it came.
#[plugin_transform]
pub fn noop_plugin(program: Program, _metadata: TransformPluginProgramMetadata) -> Program {
    program
}
