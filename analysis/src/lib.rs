//! Finds `gql.<schema>(...)` definitions in an SWC AST, names each with its canonical id and
//! fingerprints its source.
//!
//! Shared by the builder (native) and the plugin (`wasm32-wasip1`) so both compute the same id
//! for the same call: this is the only place that logic lives.

// Wildcard arms cover the `Unknown` AST variants that exist only under `--cfg swc_ast_unknown`
// (the plugin's wasm build); natively they are unreachable.
#![cfg_attr(not(swc_ast_unknown), allow(unreachable_patterns))]

pub mod canonical_id;
pub mod definitions;
pub mod diagnostics;
pub mod fingerprint;
pub mod graphql_system;
pub mod source_path;

pub use canonical_id::CanonicalId;
pub use definitions::{find_definitions, DefinitionSite, ModuleDefinitions};
pub use diagnostics::{AnalysisCode, AnalysisDiagnostic, Severity};
pub use fingerprint::{call_fingerprint, unwrap_transparent};
pub use graphql_system::{gql_import_by_name, GraphqlSystem};
