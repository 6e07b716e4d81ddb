//! Inputs that must neither crash the builder nor make definitions vanish: deep nesting,
//! unreadable and non-UTF-8 sources, symlinks, odd paths, many definitions in one file.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::process::Command;

use soda_cache::config::Config;
use soda_cache::session::BuilderSession;
use soda_test_support::Project;

const DEFINITION: &str = "//- src/app.ts\nimport { gql } from \"@/graphql-system\";\nexport const q = gql.default(({ query }) => query(\"Q\")`{ users { id } }`());\n";

fn load(project: &Project) -> BuilderSession {
    BuilderSession::load(Config::discover(project.root()).unwrap())
        .unwrap()
        .0
}

fn codes(session: &BuilderSession) -> Vec<&'static str> {
    session
        .diagnostics()
        .iter()
        .map(|d| d.code.as_str())
        .collect()
}

#[test]
fn deeply_nested_files_without_definitions_build() {
    let project = Project::new(DEFINITION);
    let arrays = format!(
        "export const deep = {}1{};\n",
        "[".repeat(1000),
        "]".repeat(1000)
    );
    project.write("src/arrays.ts", &arrays);
    let terms: Vec<String> = (0..1500).map(|i| format!("\"s{i}\"")).collect();
    project.write(
        "src/concat.ts",
        &format!("export const long = {};\n", terms.join(" + ")),
    );
    let session = load(&project);
    assert_eq!(session.definitions().entries.len(), 1);
    assert!(codes(&session).is_empty(), "{:?}", codes(&session));
}

#[test]
fn a_non_utf8_source_is_a_diagnostic_at_that_file_and_keeps_its_artifacts() {
    let project = Project::new(DEFINITION);
    load(&project);
    let shard_dir = project.path(".soda-cache/shards");
    let shards_before = std::fs::read_dir(&shard_dir).unwrap().count();
    let mut bytes = std::fs::read(project.path("src/app.ts")).unwrap();
    bytes.splice(10..10, [0xff, 0xfe]);
    std::fs::write(project.path("src/app.ts"), bytes).unwrap();
    let session = load(&project);
    let diagnostics = session.sources().render_plain(session.diagnostics());
    assert!(
        diagnostics.contains("src/app.ts:1:1: error[INVALID_UTF8]:")
            && diagnostics.contains("first invalid byte at offset 10"),
        "{diagnostics}"
    );
    assert_eq!(
        std::fs::read_dir(&shard_dir).unwrap().count(),
        shards_before,
        "the unreadable file's shard was removed"
    );
}

#[cfg(unix)]
#[test]
fn dangling_symlinks_and_symlink_loops_are_reported_and_links_are_followed() {
    let project = Project::new(DEFINITION);
    std::fs::create_dir_all(project.path("real")).unwrap();
    project.write(
        "real/linked.ts",
        "import { gql } from \"@/graphql-system\";\nexport const linked = gql.default(({ query }) => query(\"Linked\")`{ users { name } }`());\n",
    );
    std::os::unix::fs::symlink("../real/linked.ts", project.path("src/linked.ts")).unwrap();
    std::os::unix::fs::symlink("missing.ts", project.path("src/dangling.ts")).unwrap();
    std::os::unix::fs::symlink("..", project.path("src/loop")).unwrap();
    let session = load(&project);
    let ids: Vec<String> = session
        .definitions()
        .entries
        .iter()
        .map(|e| e.canonical_id.to_string())
        .collect();
    assert!(ids.contains(&"src/linked.ts::linked".to_owned()), "{ids:?}");
    let diagnostics = session.sources().render_plain(session.diagnostics());
    assert!(
        diagnostics.contains("src/dangling.ts:1:1: error[READ_FAILED]"),
        "{diagnostics}"
    );
    assert!(
        diagnostics.contains("src/loop:1:1: error[READ_FAILED]"),
        "{diagnostics}"
    );
}

#[test]
fn line_terminators_in_a_source_path_do_not_break_the_artifact_module() {
    let project = Project::new(DEFINITION);
    project.write(
        "src/odd\u{2028}name.ts",
        "import { gql } from \"@/graphql-system\";\nexport const odd = gql.default(({ query }) => query(\"Odd\")`{ users { id } }`());\n",
    );
    load(&project);
    let modules = project.path(".soda-cache/modules");
    let mut checked = 0;
    for entry in std::fs::read_dir(modules).unwrap().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        assert!(
            !text.contains('\u{2028}'),
            "a raw U+2028 in {}",
            entry.path().display()
        );
        let status = Command::new("node")
            .args(["--check", &entry.path().to_string_lossy()])
            .status()
            .unwrap();
        assert!(
            status.success(),
            "{} does not parse",
            entry.path().display()
        );
        checked += 1;
    }
    assert_eq!(checked, 2);
}

#[test]
fn thousands_of_definitions_in_one_file_compile() {
    let project = Project::new("//- src/plain.ts\nexport const x = 1;\n");
    let mut text = String::from("import { gql } from \"@/graphql-system\";\n");
    for i in 0..3000 {
        text.push_str(&format!(
            "export const q{i} = gql.default(({{ query }}) => query(\"Q{i}\")`{{ users {{ id }} }}`());\n"
        ));
    }
    project.write("src/many.ts", &text);
    let session = load(&project);
    assert_eq!(session.definitions().entries.len(), 3000);
    assert!(codes(&session).is_empty());
}
