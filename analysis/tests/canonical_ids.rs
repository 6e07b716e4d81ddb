//! Golden tests pinning the canonical-id grammar: `fixtures/ids/<case>.ts` → `<case>.ids`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

mod support;

use std::fmt::Write;
use std::path::Path;

use soda_analysis::{find_definitions, CanonicalId, GraphqlSystem};

fn render(name: &str, src: &str) -> String {
    let (cm, _fm, module) = support::parse(name, src);
    let system = GraphqlSystem {
        aliases: vec!["@/graphql-system".into()],
        dir: "src/graphql-system".into(),
    };
    let source_path = format!("src/{name}");
    let found = find_definitions(
        &module,
        |spec| system.is_import(&source_path, spec),
        |_, _| {},
    );
    let mut out = String::new();
    writeln!(
        out,
        "imports graphql-system: {}",
        found.imports_graphql_system
    )
    .unwrap();
    for site in &found.definitions {
        let pos = cm.lookup_char_pos(site.span.lo);
        let id = CanonicalId::new(&source_path, &site.ast_path);
        // Fingerprints are pinned too: these files are compared natively and on wasm32-wasip1,
        // so builder and plugin provably agree.
        write!(
            out,
            "{id}  schema={}  at {}:{}  fp={:016x}",
            site.schema,
            pos.line,
            pos.col_display + 1,
            site.fingerprint
        )
        .unwrap();
        if site.addressable {
            out.push_str("  addressable");
        }
        if let Some(error) = &site.error {
            write!(out, "  error={}", error.code.as_str()).unwrap();
        }
        out.push('\n');
    }
    for d in &found.diagnostics {
        let pos = cm.lookup_char_pos(d.span.lo);
        writeln!(
            out,
            "{} ({:?}) at {}:{}: {}",
            d.code.as_str(),
            d.code.severity(),
            pos.line,
            pos.col_display + 1,
            d.message
        )
        .unwrap();
    }
    out
}

fn fixture_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ids")
}

fn check(case: &str) {
    let name = format!("{case}.ts");
    let input = fixture_dir().join(&name);
    let src = std::fs::read_to_string(&input).unwrap();
    soda_test_support::assert_fixture(&input.with_extension("ids"), &render(&name, &src));
}

/// One test per fixture file, named after it (`-` becomes `_`). A macro rather than a
/// directory-walking harness: these tests also run on wasm32-wasip1.
macro_rules! fixtures {
    ($($case:ident),* $(,)?) => {
        $(
            #[test]
            fn $case() {
                check(&stringify!($case).replace('_', "-"));
            }
        )*

        #[test]
        fn every_fixture_file_has_its_test() {
            let listed = [$(stringify!($case).replace('_', "-")),*];
            for input in soda_test_support::fixture_files(&fixture_dir(), &[".ts"]) {
                let case = input.file_stem().unwrap().to_str().unwrap();
                assert!(listed.iter().any(|l| l == case), "add `{case}` to fixtures!");
            }
        }
    };
}

fixtures!(
    anonymous,
    attach_chains,
    classes,
    diagnostics,
    duplicates,
    functions_and_arrows,
    not_graphql_system,
    objects,
    top_level,
);
