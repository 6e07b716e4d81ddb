//! `soda-cache build` repairs what it relies on: a damaged, missing, swapped or extra cache
//! file, temp files a killed build left, and a crafted incremental state; the result equals a
//! clean build's cache.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Output;

use soda_test_support::Project;

const APP: &str = "//- src/a.ts\nimport { gql } from \"@/graphql-system\";\nexport const f = gql.default(({ fragment }) => fragment(\"F\", \"User\")`{ id }`());\n//- src/b.ts\nimport { gql } from \"@/graphql-system\";\nimport { f } from \"./a\";\nexport const q = gql.default(({ query }) => query(\"Q\")`{ users { ...${f} } }`());\n";

fn build(root: &Path) -> Output {
    soda_test_support::run_cli(env!("CARGO_BIN_EXE_soda-cache"), root, &["build"])
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The cache's artifact files (manifest, shards, modules).
fn cache(root: &Path) -> BTreeMap<String, Vec<u8>> {
    soda_test_support::cache_files(&root.join(".soda-cache"))
}

fn files_in(root: &Path, folder: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(root.join(".soda-cache").join(folder))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}

type Damage = fn(&Path);

fn flip(path: &Path) {
    let mut bytes = std::fs::read(path).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 0x20;
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn every_kind_of_damage_is_repaired_by_the_next_build() {
    let damages: [(&str, Damage); 7] = [
        ("flipped shard", |root| flip(&files_in(root, "shards")[0])),
        ("flipped module", |root| flip(&files_in(root, "modules")[0])),
        ("truncated manifest", |root| {
            let path = root.join(".soda-cache/manifest.rkyv");
            let bytes = std::fs::read(&path).unwrap();
            std::fs::write(&path, &bytes[..bytes.len() / 3]).unwrap();
        }),
        ("deleted shard", |root| {
            std::fs::remove_file(&files_in(root, "shards")[1]).unwrap()
        }),
        ("swapped shards", |root| {
            let shards = files_in(root, "shards");
            let tmp = root.join(".soda-cache/swap");
            std::fs::rename(&shards[0], &tmp).unwrap();
            std::fs::rename(&shards[1], &shards[0]).unwrap();
            std::fs::rename(&tmp, &shards[1]).unwrap();
        }),
        ("extra shard", |root| {
            std::fs::write(root.join(".soda-cache/shards/0123456789abcdef.rkyv"), b"x").unwrap()
        }),
        ("zeroed module", |root| {
            let path = &files_in(root, "modules")[1];
            let len = std::fs::metadata(path).unwrap().len() as usize;
            std::fs::write(path, vec![0u8; len]).unwrap();
        }),
    ];
    for (what, damage) in damages {
        let project = Project::new(APP);
        assert_eq!(build(project.root()).status.code(), Some(0));
        let clean = cache(project.root());
        damage(project.root());
        let repair = build(project.root());
        assert_eq!(repair.status.code(), Some(0), "{what}");
        assert!(
            !stdout(&repair).contains("up to date"),
            "{what}: trusted a damaged cache"
        );
        assert_eq!(cache(project.root()), clean, "{what}: not repaired");
        assert!(
            stdout(&build(project.root())).contains("up to date"),
            "{what}"
        );
    }
}

#[test]
fn temp_files_of_a_killed_build_are_removed_by_the_next_one() {
    let project = Project::new(APP);
    assert_eq!(build(project.root()).status.code(), Some(0));
    let leftovers = [
        ".soda-cache/manifest.rkyv.4242.0.tmp",
        ".soda-cache/shards/0123456789abcdef.rkyv.4242.1.tmp",
        ".soda-cache/modules/0123456789abcdef.mjs.4242.2.tmp",
        ".soda-cache/incremental/state.json.4242.3.tmp",
    ];
    for file in leftovers {
        project.write(file, "partial");
    }
    assert_eq!(build(project.root()).status.code(), Some(0));
    for file in leftovers {
        assert!(!project.path(file).exists(), "{file} was left");
    }
}

#[test]
fn a_cache_of_another_format_version_is_rebuilt_in_full() {
    // What an upgrade that changes the cache format (within one tool version) leaves behind:
    // every stamp still matches, but the files hold the old format.
    let project = Project::new(APP);
    assert_eq!(build(project.root()).status.code(), Some(0));
    let path = project.path(".soda-cache/incremental/state.json");
    let mut state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    state["cache_format"] = 2.into();
    std::fs::write(&path, state.to_string()).unwrap();
    let output = soda_test_support::cli_command(
        env!("CARGO_BIN_EXE_soda-cache"),
        project.root(),
        &["build", "--debug"],
    )
    .output()
    .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("full build: cache format 2 (this builder writes 3)"),
        "{stderr}"
    );
    assert!(stdout(&build(project.root())).contains("up to date"));
}

#[test]
fn a_crafted_state_is_discarded_with_a_reason_and_never_printed_raw() {
    let project = Project::new(APP);
    assert_eq!(build(project.root()).status.code(), Some(0));
    let path = project.path(".soda-cache/incremental/state.json");
    let mut state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    state["diagnostics"] = "\u{1b}]0;pwned\u{7}\u{1b}[31mred\n".into();
    std::fs::write(&path, state.to_string()).unwrap();
    let output = build(project.root());
    let all = format!(
        "{}{}",
        stdout(&output),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        !all.contains('\u{1b}'),
        "an escape sequence reached the terminal: {all:?}"
    );
    assert!(
        all.contains("not a valid state file (its text holds control characters)"),
        "{all}"
    );
    assert!(!stdout(&output).contains("up to date"));
    // Keys that would make the builder read outside the project are rejected the same way.
    let mut state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    state["files"]["src/../../../etc/passwd"] = state["files"]["src/a.ts"].clone();
    std::fs::write(&path, state.to_string()).unwrap();
    let output = build(project.root());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is not a source path"), "{stderr}");
    // A key that leaves the project through a leading `..` is allowed (sources outside the
    // config dir exist), but what it names is only read when it is a regular file: a FIFO
    // would block the build forever.
    let outside = project
        .root()
        .parent()
        .unwrap()
        .join(format!("soda-cache-fifo-{}.ts", std::process::id()));
    let _ = std::fs::remove_file(&outside);
    let made = std::process::Command::new("mkfifo")
        .arg(&outside)
        .status()
        .unwrap();
    assert!(made.success());
    assert_eq!(build(project.root()).status.code(), Some(0));
    let mut state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let key = format!("../{}", outside.file_name().unwrap().to_str().unwrap());
    let mut stamp = state["files"]["src/a.ts"].clone();
    // A stamp the FIFO's own stat cannot match, so the builder would want its bytes.
    stamp["size"] = 1.into();
    state["files"][key.as_str()] = stamp;
    std::fs::write(&path, state.to_string()).unwrap();
    let output = soda_test_support::run_cli_with_timeout(
        env!("CARGO_BIN_EXE_soda-cache"),
        project.root(),
        &["build"],
        std::time::Duration::from_secs(60),
    );
    std::fs::remove_file(&outside).unwrap();
    let output = output.expect("the build hung on a FIFO named by the state");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout(&output).contains("definitions"),
        "{}",
        stdout(&output)
    );
}
