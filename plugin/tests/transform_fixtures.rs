//! Transform fixtures: `transform/<case>.txt` is a project (`//- path` sections) plus directives;
//! the real builder writes the cache, the native transform runs, and the output code and errors
//! are compared with `<case>.expected` (`UPDATE=1` rewrites it). The wasmtime harness in
//! `host-tests` runs the built .wasm over the same fixtures against the same expected files.
//!
//! Directives (lines before the first section):
//! - `//! transform: <path>` — a file to transform (repeatable);
//! - `//! options: <json>` — plugin options; `//! env: production` — transform metadata `Env`;
//! - `//! filename: relative | windows` — how the host names the file (default: absolute);
//! - `//! no-build` — do not run the builder; `//! damage: <what>` — damage the cache after building;
//! - `//! build-in: <dir>` — run the builder in that directory of the project (default: its root).
//!
//! A section whose path ends in ` (after build)` is written after the builder ran (a stale cache).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::Path;

use soda_cache::config::Config;
use soda_cache::session::BuilderSession;
use soda_cache_plugin::{transform_module, FileContext, HostFs, PluginOptions, Reporter};
use soda_test_support::{TransformRequest, TransformResult};
use swc_core::common::comments::SingleThreadedComments;
use swc_core::common::{sync::Lrc, FileName, SourceMap, Span};
use swc_core::ecma::ast::EsVersion;
use swc_core::ecma::parser::{parse_file_as_module, Syntax, TsSyntax};

#[derive(Default)]
struct Collected {
    errors: Vec<(Span, String)>,
}

impl Reporter for Collected {
    fn error(&mut self, span: Span, message: String) {
        self.errors.push((span, message));
    }
    fn debug(&mut self, _: String) {}
}

fn build_project(root: &Path) {
    let config = Config::discover(root).unwrap();
    BuilderSession::load(config).unwrap();
}

fn transform_natively(request: &TransformRequest<'_>) -> TransformResult {
    let options = PluginOptions::parse(Some(request.options)).unwrap();
    let fs = HostFs::new(request.host_cwd, request.root);
    let cm: Lrc<SourceMap> = Lrc::default();
    let fm = cm.new_source_file(
        FileName::Real(request.filename.into()).into(),
        request.source.to_owned(),
    );
    let syntax = Syntax::Typescript(TsSyntax {
        tsx: request.target.ends_with(".tsx"),
        ..Default::default()
    });
    let comments = SingleThreadedComments::default();
    let mut module = parse_file_as_module(
        &fm,
        syntax,
        EsVersion::latest(),
        Some(&comments),
        &mut Vec::new(),
    )
    .unwrap();
    let mut reporter = Collected::default();
    // The Wasm shim hands back a program whose serialized bytes never mention `gql`, undecoded.
    // Natively, the program printed without comments stands in for those bytes: identifiers and
    // strings decoded (`\u0067ql` is `gql`), comments left out as the host leaves them out.
    let program = swc_core::ecma::codegen::to_code_default(cm.clone(), None, &module);
    if !soda_cache_plugin::may_have_definitions(program.as_bytes()) {
        return TransformResult {
            code: swc_core::ecma::codegen::to_code_default(cm.clone(), Some(&comments), &module),
            errors: Vec::new(),
        };
    }
    let file = FileContext {
        filename: request.filename,
        env: request.env,
        fs: &fs,
    };
    transform_module(&mut module, &options, &file, &mut reporter);
    let errors = reporter
        .errors
        .iter()
        .map(|(span, message)| {
            let pos = cm.lookup_char_pos(span.lo);
            format!("{}:{}: {message}", pos.line, pos.col_display + 1)
        })
        .collect();
    TransformResult {
        code: swc_core::ecma::codegen::to_code_default(cm.clone(), Some(&comments), &module),
        errors,
    }
}

/// One test per fixture (`transform_fixture::<case>.txt`, the wasmtime harness's name too).
fn transform_fixture(input: &Path, fixture: String) -> datatest_stable::Result<()> {
    let output = soda_test_support::run_transform_case(
        &fixture,
        &mut build_project,
        &mut transform_natively,
    );
    soda_test_support::assert_fixture(&input.with_extension("expected"), &output);
    Ok(())
}

datatest_stable::harness! {
    { test = transform_fixture, root = "tests/transform", pattern = r"\.txt$" },
}
