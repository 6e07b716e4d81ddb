//! The plugin's fast paths never skip a file the full path would change. Over a corpus of real
//! TypeScript (the example apps, the benchmark apps, every fixture), each file the fast paths
//! hand back untouched — its printed program never mentions `gql`, or it neither imports nor
//! exports a binding named `gql` — is checked against the full analysis: it has no definition
//! under any plausible graphql-system specifier, and it is not the graphql-system module.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::PathBuf;

use soda_analysis::find_definitions;
use soda_cache_plugin::{may_have_definitions, may_use_the_cache};
use swc_core::common::{sync::Lrc, FileName, SourceMap};
use swc_core::ecma::ast::{EsVersion, Module};
use swc_core::ecma::parser::{parse_file_as_module, Syntax, TsSyntax};

fn parse(name: &str, text: &str) -> Option<(Lrc<SourceMap>, Module)> {
    let cm: Lrc<SourceMap> = Lrc::default();
    let fm = cm.new_source_file(FileName::Custom(name.into()).into(), text.to_owned());
    let syntax = Syntax::Typescript(TsSyntax {
        tsx: name.ends_with(".tsx"),
        ..Default::default()
    });
    let module =
        parse_file_as_module(&fm, syntax, EsVersion::latest(), None, &mut Vec::new()).ok()?;
    Some((cm, module))
}

/// The corpus: files on disk, and the sections of every multi-file fixture.
fn corpus() -> Vec<(String, String)> {
    let root = soda_test_support::workspace_root();
    let files: Vec<PathBuf> = ["fixtures", "benchmarks", "examples"]
        .iter()
        .flat_map(|dir| soda_test_support::typescript_sources(&root.join(dir)))
        .collect();
    let mut out: Vec<(String, String)> = files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path.to_string_lossy().into_owned(), text)
        })
        .collect();
    for dir in ["plugin/tests/transform", "builder/tests/projects"] {
        for fixture in soda_test_support::fixture_files(&root.join(dir), &[".txt"]) {
            let text = std::fs::read_to_string(&fixture).unwrap();
            for (path, section) in soda_test_support::sections(&text) {
                if path.ends_with(".ts") || path.ends_with(".tsx") {
                    out.push((format!("{}#{path}", fixture.display()), section));
                }
            }
        }
    }
    out
}

/// Any specifier that could name a graphql-system module.
fn plausible_graphql_system(specifier: &str) -> bool {
    specifier.contains("graphql-system")
}

#[test]
fn files_the_fast_paths_skip_hold_nothing_the_full_path_would_rewrite() {
    soda_test_support::on_deep_stack(check_corpus);
}

fn check_corpus() {
    let corpus = corpus();
    assert!(corpus.len() > 1000, "a corpus of {} files", corpus.len());
    let (mut skipped_undecoded, mut skipped_decoded, mut full) = (0, 0, 0);
    for (name, text) in &corpus {
        let Some((cm, module)) = parse(name, text) else {
            continue; // fixtures of syntax errors
        };
        // What the Wasm shim scans: the program without comments, strings and names decoded.
        let program = swc_core::ecma::codegen::to_code_default(cm, None, &module);
        let undecoded = !may_have_definitions(program.as_bytes());
        let decoded = !undecoded && !may_use_the_cache(&module);
        if !undecoded && !decoded {
            full += 1;
            continue;
        }
        let found = find_definitions(&module, plausible_graphql_system, |_, _| {});
        assert!(
            found.definitions.is_empty(),
            "{name}: skipped by a fast path, but it uses the graphql-system"
        );
        let graphql_system_module = name.contains("graphql-system/index");
        assert!(
            !graphql_system_module || undecoded,
            "{name}: a graphql-system module that mentions `gql` must reach the cache (its stub)"
        );
        if undecoded {
            skipped_undecoded += 1;
        } else {
            skipped_decoded += 1;
        }
    }
    // The corpus exercises all three paths.
    assert!(
        skipped_undecoded > 100,
        "{skipped_undecoded} skipped undecoded"
    );
    assert!(
        skipped_decoded > 0,
        "{skipped_decoded} skipped after decoding"
    );
    assert!(full > 100, "{full} took the full path");
}
