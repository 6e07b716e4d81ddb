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
fn deeply_nested_files_build_or_are_refused_with_a_diagnostic_never_a_crash() {
    let project = Project::new(DEFINITION);
    let nested = |levels: usize, comment: &str| {
        format!(
            "// {comment}\nexport const deep = {}1{};\n",
            "[".repeat(levels),
            "]".repeat(levels)
        )
    };
    // Parsed (they mention `gql`): as deep as the parser is allowed to go, and deeper than
    // the builder follows.
    project.write("src/arrays.ts", &nested(2_000, "parsed: it mentions gql"));
    let terms: Vec<String> = (0..1500).map(|i| format!("\"s{i}\"")).collect();
    project.write(
        "src/concat.ts",
        &format!("// gql\nexport const long = {};\n", terms.join(" + ")),
    );
    project.write(
        "src/refused.ts",
        &nested(50_000, "refused: it mentions gql"),
    );
    // Never parsed: no `gql` in it, nothing imports it.
    project.write("src/plain.ts", &nested(50_000, "hashed only"));
    let session = load(&project);
    assert_eq!(session.definitions().entries.len(), 1);
    let diagnostics = session.render_plain(session.diagnostics());
    assert_eq!(codes(&session), ["NESTING_TOO_DEEP"], "{diagnostics}");
    assert!(
        diagnostics.contains("src/refused.ts:2:") && diagnostics.contains("50000 levels deep"),
        "{diagnostics}"
    );
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
    let diagnostics = session.render_plain(session.diagnostics());
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
    // An alias of a directory the walk covers anyway: skipped, no error, no duplicate.
    project.write(
        "src/sub/inner.ts",
        "import { gql } from \"@/graphql-system\";\nexport const inner = gql.default(({ query }) => query(\"Inner\")`{ users { id } }`());\n",
    );
    std::os::unix::fs::symlink("sub", project.path("src/alias")).unwrap();
    let session = load(&project);
    let ids: Vec<String> = session
        .definitions()
        .entries
        .iter()
        .map(|e| e.canonical_id.to_string())
        .collect();
    assert!(ids.contains(&"src/linked.ts::linked".to_owned()), "{ids:?}");
    let diagnostics = session.render_plain(session.diagnostics());
    assert!(
        diagnostics.contains("src/dangling.ts:1:1: error[READ_FAILED]"),
        "{diagnostics}"
    );
    assert!(
        diagnostics.contains("src/loop:1:1: error[READ_FAILED]"),
        "{diagnostics}"
    );
    assert!(!diagnostics.contains("src/alias"), "{diagnostics}");
    assert_eq!(
        ids.iter().filter(|id| id.ends_with("::inner")).count(),
        1,
        "{ids:?}"
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

/// Runs the CLI as a user that file permissions apply to: as root (CI), through `setpriv` as
/// `nobody`, since root reads anything.
#[cfg(unix)]
fn build_unprivileged(root: &std::path::Path) -> std::process::Output {
    let uid = Command::new("id").arg("-u").output().unwrap();
    let bin = env!("CARGO_BIN_EXE_soda-cache");
    let mut command = if String::from_utf8_lossy(&uid.stdout).trim() == "0" {
        let mut command = Command::new("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
        command
    } else {
        Command::new(bin)
    };
    command
        .arg("build")
        .current_dir(root)
        .env("NO_COLOR", "1")
        .env_remove("CI")
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_directories_are_diagnostics_and_keep_their_artifacts() {
    use std::os::unix::fs::PermissionsExt;
    let project = Project::new(
        "//- src/a/one.ts\nimport { gql } from \"@/graphql-system\";\nexport const one = gql.default(({ query }) => query(\"One\")`{ users { id } }`());\n//- src/b/two.ts\nimport { gql } from \"@/graphql-system\";\nexport const two = gql.default(({ query }) => query(\"Two\")`{ users { name } }`());\n//- src/c/three.ts\nimport { gql } from \"@/graphql-system\";\nexport const three = gql.default(({ query }) => query(\"Three\")`{ users { id name } }`());\n",
    );
    // Everything writable by the unprivileged user, who then builds.
    let chmod = Command::new("chmod")
        .args(["-R", "a+rwX"])
        .arg(project.root())
        .status()
        .unwrap();
    assert!(chmod.success());
    let mode = |path: &str, mode: u32| {
        std::fs::set_permissions(project.path(path), std::fs::Permissions::from_mode(mode))
            .unwrap();
    };
    let first = build_unprivileged(project.root());
    assert_eq!(
        first.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let cache_before = soda_test_support::cache_files(&project.path(".soda-cache"));
    mode("src/a/one.ts", 0o000);
    mode("src/b", 0o000);
    let second = build_unprivileged(project.root());
    // The kept files are the last build's own: the next build finds nothing to redo.
    let third = build_unprivileged(project.root());
    mode("src/a/one.ts", 0o666);
    mode("src/b", 0o777);
    assert_eq!(third.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&third.stdout).contains("up to date"),
        "{}",
        String::from_utf8_lossy(&third.stdout)
    );
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("src/a/one.ts"), "{stderr}");
    assert!(stderr.contains("error[READ_FAILED]"), "{stderr}");
    assert!(stderr.contains("src/b"), "{stderr}");
    // Both unreadable sources keep every cache file they had; the manifest is rewritten.
    let cache_after = soda_test_support::cache_files(&project.path(".soda-cache"));
    let without_manifest = |cache: &std::collections::BTreeMap<String, Vec<u8>>| {
        cache
            .iter()
            .filter(|(name, _)| !name.starts_with("manifest"))
            .map(|(name, bytes)| (name.clone(), bytes.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        without_manifest(&cache_after),
        without_manifest(&cache_before)
    );
}
