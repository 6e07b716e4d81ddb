//! The CLI only ever deletes or overwrites what soda-cache wrote, inside a directory it owns:
//! hostile `--write-delta`, `cache.dir` and `--json` targets are refused or written safely,
//! and nothing of the user's is lost.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::Path;
use std::process::{Command, Output};

const APP: &str = "//- src/app.ts\nimport { gql } from \"@/graphql-system\";\nexport const q = gql.default(({ query }) => query(\"Q\")`{ users { id } }`());\n//- src/modules/keep.ts\nexport const keep = 1;\n//- src/shards/keep.ts\nexport const keep = 2;\n//- .gitignore\nnode_modules\n";

fn soda_cache(cwd: &Path, args: &[&str]) -> Output {
    soda_test_support::run_cli(env!("CARGO_BIN_EXE_soda-cache"), cwd, args)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every file under `root` (relative path → bytes), the cache excluded.
fn user_files(root: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    for entry in ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .build()
        .flatten()
    {
        let relative = entry
            .path()
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if relative.starts_with(".soda-cache") || !entry.path().is_file() {
            continue;
        }
        out.insert(relative, std::fs::read(entry.path()).unwrap());
    }
    out
}

fn project_with_cache_dir(dir: &str) -> soda_test_support::Project {
    let config = format!(
        "//- soda-gql.config.json\n{{ \"outdir\": \"./src/graphql-system\", \"include\": [\"src/**/*.ts\"], \"schemas\": {{ \"default\": {{ \"schema\": \"schema.graphql\" }} }}, \"cache\": {{ \"dir\": \"{dir}\" }} }}\n"
    );
    soda_test_support::Project::new(&format!("{APP}{config}"))
}

#[test]
fn write_delta_refuses_directories_soda_cache_did_not_write() {
    let project = soda_test_support::Project::new(APP);
    let before = user_files(project.root());
    for target in ["src", ".", "src/modules"] {
        let output = soda_cache(project.root(), &["build", "--write-delta", target]);
        assert_eq!(output.status.code(), Some(2), "--write-delta {target}");
        assert!(
            stderr(&output).contains("--write-delta"),
            "{}",
            stderr(&output)
        );
        assert_eq!(
            user_files(project.root()),
            before,
            "--write-delta {target} changed user files"
        );
    }
    // A new directory works, and so does the same directory again (it carries the marker).
    for _ in 0..2 {
        let output = soda_cache(project.root(), &["build", "--write-delta", "delta"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    assert!(project.path("delta/removed.txt").is_file());
    // A file the user put into the delta directory is never removed.
    project.write("delta/mine.txt", "mine");
    let output = soda_cache(project.root(), &["build", "--write-delta", "delta"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        std::fs::read_to_string(project.path("delta/mine.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn a_cache_dir_that_holds_the_project_or_user_files_is_refused() {
    for dir in [".", "..", "src"] {
        let project = project_with_cache_dir(dir);
        let before = user_files(project.root());
        let output = soda_cache(project.root(), &["build"]);
        assert_eq!(
            output.status.code(),
            Some(2),
            "cache.dir {dir}: {}",
            stderr(&output)
        );
        assert_eq!(
            user_files(project.root()),
            before,
            "cache.dir {dir} changed user files"
        );
        let clean = soda_cache(project.root(), &["clean"]);
        assert_eq!(clean.status.code(), Some(2), "clean with cache.dir {dir}");
        assert_eq!(
            user_files(project.root()),
            before,
            "clean with cache.dir {dir} removed user files"
        );
        assert!(project.root().join("soda-gql.config.json").is_file());
    }
}

#[test]
fn clean_removes_only_what_soda_cache_wrote() {
    let project = soda_test_support::Project::new(APP);
    assert_eq!(
        soda_cache(project.root(), &["build"]).status.code(),
        Some(0)
    );
    project.write(".soda-cache/notes.txt", "mine");
    project.write(".soda-cache/shards/readme.md", "mine too");
    let clean = soda_cache(project.root(), &["clean"]);
    assert_eq!(clean.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&clean.stdout);
    assert!(
        stdout.contains("kept 2 files soda-cache did not write"),
        "{stdout}"
    );
    assert_eq!(
        std::fs::read_to_string(project.path(".soda-cache/notes.txt")).unwrap(),
        "mine"
    );
    assert!(project.path(".soda-cache/shards/readme.md").is_file());
    assert!(!project.path(".soda-cache/manifest.rkyv").exists());
    // Once only soda-cache's files remain, the directory goes too.
    std::fs::remove_file(project.path(".soda-cache/notes.txt")).unwrap();
    std::fs::remove_file(project.path(".soda-cache/shards/readme.md")).unwrap();
    assert_eq!(
        soda_cache(project.root(), &["build"]).status.code(),
        Some(0)
    );
    assert_eq!(
        soda_cache(project.root(), &["clean"]).status.code(),
        Some(0)
    );
    assert!(!project.path(".soda-cache").exists());
}

#[cfg(unix)]
#[test]
fn json_writes_through_symlinks_and_fifos_and_replaces_only_regular_files() {
    let project = soda_test_support::Project::new(APP);
    // A symlink: the target is written, the link stays a link.
    project.write("out/target.json", "old");
    std::os::unix::fs::symlink("target.json", project.path("out/link.json")).unwrap();
    let output = soda_cache(project.root(), &["build", "--json", "out/link.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let link = std::fs::symlink_metadata(project.path("out/link.json")).unwrap();
    assert!(link.file_type().is_symlink());
    assert!(std::fs::read_to_string(project.path("out/target.json"))
        .unwrap()
        .contains("\"elements\""));
    // A FIFO: written through (never read first, never replaced), so this does not hang.
    let fifo = project.path("out/pipe.json");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let output = soda_cache(project.root(), &["build", "--json", "out/pipe.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(reader.join().unwrap().contains("\"elements\""));
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());
    // `--json >(cmd)`: the shell passes a `/dev/fd/N` pipe, written through.
    let bin = env!("CARGO_BIN_EXE_soda-cache");
    let piped = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "NO_COLOR=1 '{bin}' build --quiet --json >(wc -c > out/piped.count); wait $!"
        ))
        .current_dir(project.root())
        .status()
        .unwrap();
    assert!(piped.success());
    let count = (0..100)
        .find_map(|_| {
            let count = std::fs::read_to_string(project.path("out/piped.count"))
                .ok()
                .and_then(|text| text.trim().parse::<usize>().ok())
                .filter(|&count| count > 0);
            if count.is_none() {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            count
        })
        .expect("the pipe received the artifact");
    assert!(count > 100, "{count} bytes through the pipe");
    // A character device (a private null device, when the tests run as root): written
    // through, never replaced by a regular file.
    let device = project.path("out/null.json");
    let made = Command::new("mknod")
        .arg(&device)
        .args(["c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success());
    if made {
        let output = soda_cache(project.root(), &["build", "--json", "out/null.json"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(std::fs::symlink_metadata(&device)
            .unwrap()
            .file_type()
            .is_char_device());
    } else {
        eprintln!("skipped the device node case: mknod needs root");
    }
}

#[test]
fn a_named_incremental_cache_dir_keeps_files_soda_cache_did_not_write() {
    let project = soda_test_support::Project::new(APP);
    project.write("state/state.json", "{\"mine\": true}\n");
    project.write("state/notes.2024.1.tmp", "mine");
    let args = ["build", "--incremental-cache-dir", "state"];
    let output = soda_cache(project.root(), &args);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("was not written by soda-cache"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        std::fs::read_to_string(project.path("state/state.json")).unwrap(),
        "{\"mine\": true}\n"
    );
    std::fs::remove_file(project.path("state/state.json")).unwrap();
    assert_eq!(soda_cache(project.root(), &args).status.code(), Some(0));
    assert!(project.path("state/state.json").is_file());
    let clean = soda_cache(
        project.root(),
        &["clean", "--incremental-cache-dir", "state"],
    );
    assert_eq!(clean.status.code(), Some(0), "{}", stderr(&clean));
    assert!(!project.path("state/state.json").exists());
    assert_eq!(
        std::fs::read_to_string(project.path("state/notes.2024.1.tmp")).unwrap(),
        "mine"
    );
}
