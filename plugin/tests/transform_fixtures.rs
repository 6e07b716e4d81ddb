//! Transform fixtures: `transform/<case>.txt` is a project (`//- path` sections) plus directives;
//! the real builder writes the cache, the native transform runs, and the output code and errors
//! are compared with `<case>.expected` (`UPDATE=1` rewrites it).
//!
//! Directives (lines before the first section):
//! - `//! transform: <path>` — a file to transform (repeatable);
//! - `//! options: <json>` — plugin options; `//! env: production` — transform metadata `Env`;
//! - `//! filename: relative | windows` — how the host names the file (default: absolute);
//! - `//! no-build` — do not run the builder; `//! damage: <what>` — damage the cache after building.
//!
//! A section whose path ends in ` (after build)` is written after the builder ran (a stale cache).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::Path;

use soda_cache::build::{build, BuildOptions};
use soda_cache::config::Config;
use soda_cache_plugin::{transform_module, FileContext, HostFs, PluginOptions, Reporter};
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

fn directives<'a>(fixture: &'a str, name: &str) -> Vec<&'a str> {
    let prefix = format!("//! {name}:");
    fixture
        .lines()
        .filter_map(|l| l.strip_prefix(&prefix).map(str::trim))
        .collect()
}

fn damage(cache: &Path, what: &str) {
    let manifest = cache.join("manifest.rkyv");
    match what {
        "manifest-bitflip" => {
            let mut bytes = std::fs::read(&manifest).unwrap();
            let last = bytes.len() - 3;
            bytes[last] ^= 0x40;
            std::fs::write(&manifest, bytes).unwrap();
        }
        "shard-truncate" => {
            for entry in std::fs::read_dir(cache.join("shards")).unwrap().flatten() {
                let bytes = std::fs::read(entry.path()).unwrap();
                std::fs::write(entry.path(), &bytes[..bytes.len() / 2]).unwrap();
            }
        }
        "tool-version" => {
            let mut bytes = std::fs::read(&manifest).unwrap();
            bytes[32..64].fill(0);
            bytes[32..37].copy_from_slice(b"9.9.9");
            std::fs::write(&manifest, bytes).unwrap();
        }
        other => panic!("unknown damage `{other}`"),
    }
}

fn run_case(fixture: &str) -> String {
    let project = tempfile::tempdir().unwrap();
    let root = project.path();
    let (now, later): (Vec<_>, Vec<_>) = soda_test_support::sections(fixture)
        .into_iter()
        .partition(|(path, _)| !path.ends_with(" (after build)"));
    let render_sections = |sections: &[(String, String)]| {
        sections
            .iter()
            .map(|(p, t)| format!("//- {p}\n{t}"))
            .collect::<String>()
    };
    soda_test_support::write_project(root, &render_sections(&now));
    if directives(fixture, "no-build").is_empty() && !fixture.contains("//! no-build") {
        let config = Config::discover(root).unwrap();
        build(&config, &BuildOptions::default()).unwrap();
    }
    for what in directives(fixture, "damage") {
        damage(&root.join(".soda-cache"), what);
    }
    for (path, text) in &later {
        std::fs::write(root.join(path.trim_end_matches(" (after build)")), text).unwrap();
    }
    let options = PluginOptions::parse(directives(fixture, "options").first().copied()).unwrap();
    let env = directives(fixture, "env")
        .first()
        .copied()
        .unwrap_or("development");
    let naming = directives(fixture, "filename")
        .first()
        .copied()
        .unwrap_or("absolute");
    let host_cwd = match naming {
        "windows" => "C:\\work\\app".to_owned(),
        _ => root.to_string_lossy().into_owned(),
    };
    let fs = HostFs::new(&host_cwd, root);
    let mut out = String::new();
    for target in directives(fixture, "transform") {
        let filename = match naming {
            "relative" => target.to_owned(),
            "windows" => format!("C:\\work\\app\\{}", target.replace('/', "\\")),
            _ => root.join(target).to_string_lossy().into_owned(),
        };
        let cm: Lrc<SourceMap> = Lrc::default();
        let text = std::fs::read_to_string(root.join(target)).unwrap();
        let fm = cm.new_source_file(FileName::Real(root.join(target)).into(), text);
        let syntax = Syntax::Typescript(TsSyntax {
            tsx: target.ends_with(".tsx"),
            ..Default::default()
        });
        let mut module =
            parse_file_as_module(&fm, syntax, EsVersion::latest(), None, &mut Vec::new()).unwrap();
        let mut reporter = Collected::default();
        let file = FileContext {
            filename: &filename,
            env,
            fs: &fs,
        };
        transform_module(&mut module, &options, &file, &mut reporter);
        out.push_str(&format!("== {target}\n"));
        out.push_str(&swc_core::ecma::codegen::to_code_default(
            cm.clone(),
            None,
            &module,
        ));
        for (span, message) in &reporter.errors {
            let pos = cm.lookup_char_pos(span.lo);
            let message = message.replace(&*root.to_string_lossy(), "<project>");
            out.push_str(&format!(
                "error at {}:{}: {message}\n",
                pos.line,
                pos.col_display + 1
            ));
        }
    }
    out
}

#[test]
fn transform_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transform");
    for input in soda_test_support::fixture_files(&dir, &[".txt"]) {
        let fixture = std::fs::read_to_string(&input).unwrap();
        soda_test_support::assert_fixture(&input.with_extension("expected"), &run_case(&fixture));
    }
}

#[test]
fn unknown_options_are_errors_that_name_them() {
    let error =
        PluginOptions::parse(Some(r#"{ "cacheDir": ".x", "emitt": "inline" }"#)).unwrap_err();
    assert!(error.contains("unknown field `emitt`"), "{error}");
    assert_eq!(
        PluginOptions::parse(Some("{}")).unwrap(),
        PluginOptions::default()
    );
}
