//! The development fast path (no cache read for a file importing `gql` from a module named
//! `graphql-system`) gives the output the cache read gives, file by file, over built projects:
//! every project fixture of the builder and the plugin, the example app and the benchmark apps.
//! The one allowed difference is the one the builder warns about (`GRAPHQL_SYSTEM_LOOKALIKE`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::Path;

use soda_cache::config::Config;
use soda_cache::session::BuilderSession;
use soda_cache_plugin::{
    may_use_the_cache, transform_module, transform_module_reading_the_cache, FileContext, HostFs,
    PluginOptions, Reporter,
};
use soda_test_support::Project;
use swc_core::common::comments::SingleThreadedComments;
use swc_core::common::{sync::Lrc, FileName, SourceMap, Span};
use swc_core::ecma::ast::{EsVersion, Module};
use swc_core::ecma::parser::{parse_file_as_module, Syntax, TsSyntax};

#[derive(Default)]
struct Collected(Vec<String>);

impl Reporter for Collected {
    fn error(&mut self, span: Span, message: String) {
        self.0.push(format!("{span:?}: {message}"));
    }
    fn debug(&mut self, _: String) {}
}

type Transform = fn(&mut Module, &PluginOptions, &FileContext<'_>, &mut dyn Reporter);

/// The printed output and errors of one transform of `path`, or `None` when the file does not
/// parse or needs no cache at all.
fn transform(root: &Path, path: &Path, run: Transform) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let cm: Lrc<SourceMap> = Lrc::default();
    let fm = cm.new_source_file(FileName::Real(path.to_owned()).into(), text);
    let syntax = Syntax::Typescript(TsSyntax {
        tsx: path.extension().is_some_and(|e| e == "tsx"),
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
    .ok()?;
    if !may_use_the_cache(&module) {
        return None;
    }
    let root_text = root.to_string_lossy();
    let fs = HostFs::new(&root_text, root);
    let filename = path.to_string_lossy();
    let file = FileContext {
        filename: &filename,
        env: "development",
        fs: &fs,
    };
    let mut reporter = Collected::default();
    run(&mut module, &PluginOptions::default(), &file, &mut reporter);
    let code = swc_core::ecma::codegen::to_code_default(cm, Some(&comments), &module);
    Some(format!("{code}{}", reporter.0.join("\n")))
}

/// The built projects: each fixture written out, each app copied.
fn projects() -> Vec<(String, Project)> {
    let root = soda_test_support::workspace_root();
    let mut out = Vec::new();
    for dir in ["builder/tests/projects", "plugin/tests/transform"] {
        for fixture in soda_test_support::fixture_files(&root.join(dir), &[".txt"]) {
            let text = std::fs::read_to_string(&fixture).unwrap();
            // Damaged, unbuilt or nested caches are the read path's own cases.
            if [
                "//! damage",
                "//! no-build",
                "//! build-in",
                "(after build)",
            ]
            .iter()
            .any(|d| text.contains(d))
            {
                continue;
            }
            out.push((fixture.display().to_string(), Project::new(&text)));
        }
    }
    for app in [
        "fixtures/apps/basic",
        "benchmarks/small-app",
        "benchmarks/medium-app",
        "benchmarks/large-app",
    ] {
        out.push((app.to_owned(), Project::copy_of(&root.join(app))));
    }
    out
}

#[test]
fn the_development_fast_path_gives_the_output_of_the_cache_read() {
    soda_test_support::on_deep_stack(compare_projects);
}

fn compare_projects() {
    let (mut compared, mut lookalikes) = (0, 0);
    for (name, project) in projects() {
        let Ok(config) = Config::discover(project.root()) else {
            continue; // config error fixtures
        };
        let Ok((session, _)) = BuilderSession::load(config) else {
            continue;
        };
        let warnings = session.render_plain(session.diagnostics());
        for path in soda_test_support::typescript_sources(project.root()) {
            let Some(fast) = transform(project.root(), &path, transform_module) else {
                continue;
            };
            let read = transform(project.root(), &path, transform_module_reading_the_cache)
                .expect("parsed once already");
            compared += 1;
            let relative = path.strip_prefix(project.root()).unwrap().to_string_lossy();
            let warned = warnings
                .lines()
                .any(|l| l.starts_with(&*relative) && l.contains("[GRAPHQL_SYSTEM_LOOKALIKE]"));
            if warned {
                lookalikes += 1;
                continue;
            }
            assert_eq!(fast, read, "{name}: {relative}");
        }
    }
    // The corpus exercises the path: hundreds of files with definitions, and the warned case.
    assert!(compared > 500, "{compared} files compared");
    assert!(lookalikes > 0, "{lookalikes} lookalike imports");
}
