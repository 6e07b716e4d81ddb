//! The soda-cache builder: finds gql definitions in a TypeScript project, compiles each
//! operation into a schema-validated GraphQL document and writes the on-disk cache the SWC
//! plugin reads.
//!
//! Pipeline: [`config`] → [`project`] discovery → [`build`] analysis (per file, parallel) →
//! [`document`] compilation (inline, validate, print) → cache via `soda-cache-format`.

// Wildcard arms cover AST variants that exist only under `--cfg swc_ast_unknown`.
#![cfg_attr(not(swc_ast_unknown), allow(unreachable_patterns))]

pub mod build;
pub mod cache_dir;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod digest;
pub mod document;
pub mod parse;
pub mod paths;
pub mod project;
pub mod session;
