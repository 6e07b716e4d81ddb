//! The `soda-cache` command line: exit statuses, output streams, `--json`, `--quiet`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::Path;
use std::process::{Command, Output};

fn soda_cache(cwd: &Path, args: &[&str]) -> Output {
    soda_test_support::run_cli(env!("CARGO_BIN_EXE_soda-cache"), cwd, args)
}

/// Replaces `from` by `to` in the file at `path`.
fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.contains(from),
        "{} does not contain {from}",
        path.display()
    );
    std::fs::write(path, text.replace(from, to)).unwrap();
}

/// A temp project of `fixture`, built once (exit status 0).
fn built(fixture: &str) -> tempfile::TempDir {
    let project = tempfile::tempdir().unwrap();
    soda_test_support::write_project(project.path(), fixture);
    assert_eq!(
        soda_cache(project.path(), &["build"]).status.code(),
        Some(0)
    );
    project
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn builds_the_example_app_and_writes_upstream_artifact_json() {
    let app = soda_test_support::workspace_root().join("fixtures/apps/basic");
    let out_dir = tempfile::tempdir().unwrap();
    let json = out_dir.path().join("artifact.json");
    let output = soda_cache(&app, &["build", "--json", json.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(
        stdout
            .starts_with("soda-cache: 9 definitions (6 operations, 3 fragments) from 8 files in "),
        "{stdout}"
    );
    assert!(text(&output.stderr).is_empty(), "{}", text(&output.stderr));
    let artifact = std::fs::read_to_string(&json).unwrap();
    soda_test_support::assert_fixture(&app.join("expected-artifact.json"), &artifact);
}

#[test]
fn user_errors_exit_1_with_a_code_frame_and_still_write_the_cache() {
    let project = tempfile::tempdir().unwrap();
    soda_test_support::write_project(
        project.path(),
        "//- src/app.ts\nimport { gql } from \"@/graphql-system\";\nexport const ok = gql.default(({ query }) => query(\"Ok\")`{ users { id } }`());\nexport const bad = gql.default(({ query }) =>\n  query(\"Bad\")`{ users { id nickname } }`(),\n);\n",
    );
    let output = soda_cache(project.path(), &["build"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(
            "error[GRAPHQL_UNDEFINED_FIELD]: type `User` does not have a field `nickname`"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("┌─ src/app.ts:4:29"), "{stderr}");
    assert!(
        stderr.contains("1 error(s); definitions without errors were written to the cache"),
        "{stderr}"
    );
    assert!(project.path().join(".soda-cache/manifest.rkyv").is_file());
    let quiet = soda_cache(project.path(), &["build", "--quiet"]);
    assert_eq!(quiet.status.code(), Some(1));
    assert!(text(&quiet.stdout).is_empty());
}

#[test]
fn config_and_usage_errors_exit_2() {
    let empty = tempfile::tempdir().unwrap();
    let output = soda_cache(empty.path(), &["build"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("no soda-gql.config.ts, .mts or .json found"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(
        soda_cache(empty.path(), &["build", "--no-such-flag"])
            .status
            .code(),
        Some(2)
    );
    let version = soda_cache(empty.path(), &["--version"]);
    assert_eq!(
        text(&version.stdout).trim(),
        format!("soda-cache {}", env!("CARGO_PKG_VERSION"))
    );
}

const SMALL: &str = "//- src/app.ts\nimport { gql } from \"@/graphql-system\";\nexport const f = gql.default(({ fragment }) => fragment(\"F\", \"User\")`{ id }`());\nexport const q = gql.default(({ query }) => query(\"Q\")`{ users { ...${f} } }`());\n";

#[test]
fn a_new_process_with_nothing_changed_rebuilds_nothing_and_writes_nothing() {
    let project = built(SMALL);
    let manifest = project.path().join(".soda-cache/manifest.rkyv");
    let mtime = std::fs::metadata(&manifest).unwrap().modified().unwrap();
    let again = soda_cache(project.path(), &["build"]);
    assert_eq!(again.status.code(), Some(0));
    assert!(
        text(&again.stdout)
            .contains("up to date: 2 files unchanged, nothing rebuilt, 0 bytes written"),
        "{}",
        text(&again.stdout)
    );
    assert_eq!(
        std::fs::metadata(&manifest).unwrap().modified().unwrap(),
        mtime
    );
    // Same content, new mtime: re-hashed, still up to date.
    let source = project.path().join("src/app.ts");
    std::fs::write(&source, std::fs::read_to_string(&source).unwrap()).unwrap();
    assert!(text(&soda_cache(project.path(), &["build"]).stdout).contains("up to date"));
    // A real edit rebuilds.
    edit(&source, "{ id }", "{ id name }");
    let rebuilt = soda_cache(project.path(), &["build", "--debug"]);
    assert!(
        text(&rebuilt.stdout).starts_with("soda-cache: 2 definitions"),
        "{}",
        text(&rebuilt.stdout)
    );
    assert!(
        text(&rebuilt.stderr).contains("[soda-cache] full build: src/app.ts changed"),
        "{}",
        text(&rebuilt.stderr)
    );
    // `clean` removes the cache and the state with it.
    let clean = soda_cache(project.path(), &["clean"]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(!project.path().join(".soda-cache").exists());
}

#[test]
fn errors_survive_a_no_op_build() {
    let project = tempfile::tempdir().unwrap();
    soda_test_support::write_project(project.path(), &SMALL.replace("{ id }", "{ id nope }"));
    assert_eq!(
        soda_cache(project.path(), &["build"]).status.code(),
        Some(1)
    );
    let again = soda_cache(project.path(), &["build"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr).contains("GRAPHQL_UNDEFINED_FIELD"),
        "{}",
        text(&again.stderr)
    );
}

#[cfg(unix)]
#[test]
fn watch_rebuilds_on_change_and_exits_cleanly_on_ctrl_c() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    let project = tempfile::tempdir().unwrap();
    soda_test_support::write_project(project.path(), SMALL);
    let mut child = Command::new(env!("CARGO_BIN_EXE_soda-cache"))
        .args(["build", "--watch"])
        .current_dir(project.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while !line.contains("watching") {
        line.clear();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "watcher exited early"
        );
    }
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    line.clear();
    stdout.read_line(&mut line).unwrap(); // the initial build's summary
    let source = project.path().join("src/app.ts");
    edit(&source, "{ id }", "{ id name }");
    line.clear();
    stdout.read_line(&mut line).unwrap();
    assert!(
        line.starts_with("soda-cache: 1 files changed, 2 definitions recompiled in "),
        "{line}"
    );
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn a_delta_applied_to_the_previous_cache_equals_the_rebuild() {
    let project = tempfile::tempdir().unwrap();
    soda_test_support::write_project(
        project.path(),
        &format!("{SMALL}//- src/other.ts\nimport {{ gql }} from \"@/graphql-system\";\nexport const o = gql.default(({{ query }}) => query(\"O\")`{{ users {{ id }} }}`());\n"),
    );
    assert_eq!(
        soda_cache(project.path(), &["build"]).status.code(),
        Some(0)
    );
    let previous = soda_test_support::cache_files(&project.path().join(".soda-cache"));
    // Edit one file, delete another.
    let source = project.path().join("src/app.ts");
    edit(&source, "{ id }", "{ id email }");
    std::fs::remove_file(project.path().join("src/other.ts")).unwrap();
    let delta = project.path().join("delta");
    assert_eq!(
        soda_cache(
            project.path(),
            &["build", "--write-delta", delta.to_str().unwrap()]
        )
        .status
        .code(),
        Some(0)
    );
    let mut applied = previous;
    for folder in ["shards", "modules"] {
        for entry in std::fs::read_dir(delta.join(folder))
            .into_iter()
            .flatten()
            .flatten()
        {
            applied.insert(
                format!("{folder}/{}", entry.file_name().to_string_lossy()),
                std::fs::read(entry.path()).unwrap(),
            );
        }
    }
    let removed = std::fs::read_to_string(delta.join("removed.txt")).unwrap();
    assert_eq!(removed.lines().count(), 2, "{removed}");
    for line in removed.lines() {
        applied.remove(line);
    }
    assert_eq!(
        applied,
        soda_test_support::cache_files(&project.path().join(".soda-cache"))
    );
}

#[test]
fn graph_filter_builds_matching_files_and_their_fragments_without_touching_the_cache() {
    let project = tempfile::tempdir().unwrap();
    soda_test_support::write_project(
        project.path(),
        "//- src/frag.ts\nimport { gql } from \"@/graphql-system\";\nexport const f = gql.default(({ fragment }) => fragment(\"F\", \"User\")`{ id }`());\nexport const unrelated = gql.default(({ query }) => query(\"Unrelated\")`{ users { id } }`());\n//- src/ops/a.ts\nimport { gql } from \"@/graphql-system\";\nimport { f } from \"../frag\";\nexport const a = gql.default(({ query }) => query(\"A\")`{ users { ...${f} } }`());\n//- src/ops/b.ts\nimport { gql } from \"@/graphql-system\";\nexport const b = gql.default(({ query }) => query(\"B\")`{ users { name } }`());\n",
    );
    let json = project.path().join("filtered.json");
    let output = soda_cache(
        project.path(),
        &[
            "build",
            "--graph-filter",
            "src/ops/a.ts",
            "--json",
            json.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let artifact: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let ids: Vec<&str> = artifact["elements"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(ids, ["src/frag.ts::f", "src/ops/a.ts::a"]);
    assert!(
        !project.path().join(".soda-cache/manifest.rkyv").exists(),
        "the shared cache was written"
    );
    assert_eq!(
        soda_cache(project.path(), &["build", "--graph-filter", "src/**"])
            .status
            .code(),
        Some(2),
        "needs --json or --write-delta"
    );
}

#[test]
fn show_cache_reports_contents_hits_and_staleness_without_building() {
    let project = built(SMALL);
    let shown = text(&soda_cache(project.path(), &["build", "--show-cache"]).stdout);
    assert!(
        shown.contains("1 source files with definitions (1 operations, 1 fragments, 0 failed)"),
        "{shown}"
    );
    assert!(
        shown.contains("files: 0 hits (unchanged, not parsed), 2 misses (parsed)"),
        "{shown}"
    );
    assert!(shown.contains("stale: nothing"), "{shown}");
    assert!(shown.contains("clear it with: soda-cache clean"), "{shown}");
    let source = project.path().join("src/app.ts");
    edit(&source, "{ id }", "{ name }");
    let shown = text(&soda_cache(project.path(), &["build", "--show-cache"]).stdout);
    assert!(shown.contains("stale (1): src/app.ts changed"), "{shown}");
}

#[test]
fn a_second_builder_waits_for_the_first_with_a_message() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    let project = tempfile::tempdir().unwrap();
    soda_test_support::write_project(project.path(), SMALL);
    let cache = project.path().join(".soda-cache");
    assert_eq!(
        soda_cache(project.path(), &["build"]).status.code(),
        Some(0)
    );
    std::fs::remove_file(cache.join("incremental/state.json")).unwrap();
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(cache.join(".lock"))
        .unwrap();
    lock.lock().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_soda-cache"))
        .arg("build")
        .current_dir(project.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(
        line.contains("waiting for another soda-cache build"),
        "{line}"
    );
    lock.unlock().unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(0));
    assert!(cache.join("manifest.rkyv").is_file());
}

#[test]
fn show_cache_answers_while_a_build_holds_the_lock() {
    let project = built(SMALL);
    // As `--watch` does during a rebuild: hold the lock, naming the holder.
    let path = project.path().join(".soda-cache/.lock");
    let mut lock = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(&path)
        .unwrap();
    lock.lock().unwrap();
    std::io::Write::write_all(&mut lock, b"4242").unwrap();
    let output = soda_test_support::run_cli_with_timeout(
        env!("CARGO_BIN_EXE_soda-cache"),
        project.path(),
        &["build", "--show-cache"],
        std::time::Duration::from_secs(30),
    )
    .expect("--show-cache waited for the lock");
    let shown = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        shown.contains("a build is running (held by process 4242)"),
        "{shown}"
    );
    assert!(shown.contains("1 source files with definitions"), "{shown}");
    lock.unlock().unwrap();
}

#[test]
fn strict_and_ci_fail_a_build_whose_globs_match_nothing_also_when_nothing_changed() {
    let project = tempfile::tempdir().unwrap();
    soda_test_support::write_project(
        project.path(),
        "//- soda-gql.config.json\n{ \"outdir\": \"./src/graphql-system\", \"include\": [\"lib/**/*.ts\"], \"schemas\": { \"default\": { \"schema\": \"schema.graphql\" } } }\n",
    );
    let bin = env!("CARGO_BIN_EXE_soda-cache");
    let run = |args: &[&str], ci: bool| {
        let mut command = soda_test_support::cli_command(bin, project.path(), args);
        if ci {
            command.env("CI", "true");
        }
        command.output().unwrap()
    };
    // The first build, then a no-op restart: a warning, exit 0.
    for _ in 0..2 {
        let output = run(&["build"], false);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        assert!(
            text(&output.stderr).contains("warning[NO_MATCHING_SOURCES]"),
            "{}",
            text(&output.stderr)
        );
    }
    // `--strict` and CI fail it, on a no-op restart as on the first build.
    assert_eq!(run(&["build", "--strict"], false).status.code(), Some(1));
    assert_eq!(run(&["build"], true).status.code(), Some(1));
    std::fs::remove_dir_all(project.path().join(".soda-cache")).unwrap();
    assert_eq!(run(&["build", "--strict"], false).status.code(), Some(1));
    assert_eq!(run(&["build"], true).status.code(), Some(1));
}

#[test]
fn timings_print_every_phase_and_the_cpu_time_of_its_steps() {
    let project = tempfile::tempdir().unwrap();
    soda_test_support::write_project(project.path(), SMALL);
    let output = soda_cache(project.path(), &["build", "--timings"]);
    assert_eq!(output.status.code(), Some(0));
    let stderr = text(&output.stderr);
    for phase in [
        "inputs",
        "discover",
        "analyze",
        "compile",
        "finalize",
        "write",
        "[read ",
        "parse ",
        "definitions ",
        "resolve ",
        "[compile ",
        "validate ",
    ] {
        assert!(stderr.contains(phase), "no `{phase}` in:\n{stderr}");
    }
    // Work was measured: the parse of the one source and the validation of its documents.
    let value = |label: &str| -> f64 {
        let at = stderr.find(label).unwrap() + label.len();
        stderr[at..]
            .split([',', ']'])
            .next()
            .unwrap()
            .trim()
            .parse()
            .unwrap()
    };
    assert!(value("parse ") > 0.0, "{stderr}");
    assert!(value("validate ") > 0.0, "{stderr}");
}

#[test]
fn a_restart_skips_the_walk_only_while_no_directory_changed() {
    let project = built(SMALL);
    assert_eq!(
        soda_cache(project.path(), &["build"]).status.code(),
        Some(0)
    );
    assert!(text(&soda_cache(project.path(), &["build"]).stdout).contains("up to date"));
    // A source in a new directory: its parent's mtime changed, so the restart walks again.
    std::fs::create_dir_all(project.path().join("src/feature/deep")).unwrap();
    std::fs::write(
        project.path().join("src/feature/deep/extra.ts"),
        "import { gql } from \"@/graphql-system\";\nexport const extra = gql.default(({ query }) => query(\"Extra\")`{ users { name } }`());\n",
    )
    .unwrap();
    let rebuilt = soda_cache(project.path(), &["build", "--debug"]);
    assert!(
        text(&rebuilt.stdout).starts_with("soda-cache: 3 definitions"),
        "{}",
        text(&rebuilt.stdout)
    );
    assert!(
        text(&rebuilt.stderr).contains("src/feature/deep/extra.ts is new"),
        "{}",
        text(&rebuilt.stderr)
    );
    assert!(text(&soda_cache(project.path(), &["build"]).stdout).contains("up to date"));
}
