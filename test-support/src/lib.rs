//! Fixture harness shared by the workspace's tests.
//!
//! `assert_fixture(expected_path, actual)` compares `actual` with the file's content; with
//! `UPDATE=1` in the environment it rewrites the file instead. One variable for every harness.

#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "test support: failing loudly is the job"
)]

use std::path::{Path, PathBuf};

/// Whether expected files are being rewritten (`UPDATE=1`).
pub fn updating() -> bool {
    std::env::var_os("UPDATE").is_some_and(|v| v != "0" && !v.is_empty())
}

/// Compares `actual` with the content of `expected`, or rewrites `expected` under `UPDATE=1`.
pub fn assert_fixture(expected: &Path, actual: &str) {
    if updating() {
        if let Some(parent) = expected.parent() {
            std::fs::create_dir_all(parent).expect("create fixture dir");
        }
        std::fs::write(expected, actual).expect("write expected fixture");
        return;
    }
    let Ok(want) = std::fs::read_to_string(expected) else {
        panic!(
            "missing expected file {} (run with UPDATE=1 to create it)",
            expected.display()
        );
    };
    similar_asserts::assert_eq!(
        want,
        actual,
        "fixture {} differs (UPDATE=1 rewrites it)",
        expected.display()
    );
}

/// Files directly inside `dir` whose name ends with one of `suffixes`, sorted.
pub fn fixture_files(dir: &Path, suffixes: &[&str]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| suffixes.iter().any(|s| n.ends_with(s)))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

/// Sub-directories of `dir`, sorted.
pub fn fixture_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(
        !dirs.is_empty(),
        "no fixture directories in {}",
        dir.display()
    );
    dirs
}

/// Splits a multi-file fixture into `(path, text)` sections headed by `//- path` lines
/// (relay's format). Lines before the first header are ignored.
pub fn sections(fixture: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in fixture.lines() {
        if let Some(path) = line.strip_prefix("//- ") {
            out.push((path.trim().to_owned(), String::new()));
        } else if let Some((_, text)) = out.last_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    out
}

/// The workspace root (where `fixtures/` lives).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Every TypeScript source (`.ts`, `.tsx`; no `.d.ts`) under `dir`, skipping `node_modules` and
/// dot-directories.
pub fn typescript_sources(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name == "node_modules" {
                continue;
            }
            if path.is_dir() {
                walk(&path, out);
            } else if (name.ends_with(".ts") || name.ends_with(".tsx")) && !name.ends_with(".d.ts")
            {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out
}

/// Runs `check` on a thread with a 256 MiB stack (corpora hold deliberately deep files, which
/// the builder, too, parses on deep stacks) and re-raises its panic.
#[cfg(not(target_family = "wasm"))]
pub fn on_deep_stack(check: fn()) {
    let thread = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(check)
        .expect("a deep-stack thread");
    if let Err(panic) = thread.join() {
        std::panic::resume_unwind(panic);
    }
}

const DEFAULT_CONFIG: &str = r#"{
  "outdir": "./src/graphql-system",
  "include": ["src/**/*.ts", "src/**/*.tsx"],
  "tsconfigPath": "./tsconfig.json",
  "schemas": {
    "default": { "schema": "schema.graphql" },
    "admin": { "schema": "admin.graphql" }
  }
}"#;
const DEFAULT_TSCONFIG: &str =
    r#"{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"] } } }"#;

/// Writes a multi-file fixture into `dir`, adding what it leaves out: a config, a tsconfig,
/// the two fixture schemas (`fixtures/schemas`) and a graphql-system stub.
pub fn write_project(dir: &Path, fixture: &str) {
    let files = sections(fixture);
    let has = |name: &str| {
        files.iter().any(|(p, _)| {
            p == name || (name == "soda-gql.config.json" && p.starts_with("soda-gql.config"))
        })
    };
    let schemas = workspace_root().join("fixtures/schemas");
    let read = |name: &str| std::fs::read_to_string(schemas.join(name)).expect("fixture schema");
    let defaults = [
        ("soda-gql.config.json", DEFAULT_CONFIG.to_owned()),
        ("tsconfig.json", DEFAULT_TSCONFIG.to_owned()),
        ("schema.graphql", read("default.graphql")),
        ("admin.graphql", read("admin.graphql")),
        (
            "src/graphql-system/index.ts",
            "export const gql: any = {};\n".to_owned(),
        ),
    ];
    for (name, text) in defaults {
        if !has(name) {
            write_file(dir, name, &text);
        }
    }
    for (name, text) in files {
        write_file(dir, &name, &text);
    }
}

fn write_file(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create fixture dir");
    }
    std::fs::write(path, text).expect("write fixture file");
}

/// The values of `//! name: value` directive lines of a fixture, in order.
pub fn directives<'a>(fixture: &'a str, name: &str) -> Vec<&'a str> {
    let prefix = format!("//! {name}:");
    fixture
        .lines()
        .filter_map(|l| l.strip_prefix(&prefix).map(str::trim))
        .collect()
}

/// One file to transform, as a host would hand it to the plugin.
pub struct TransformRequest<'a> {
    /// The project directory (the host's real cwd).
    pub root: &'a Path,
    /// The file relative to the project.
    pub target: &'a str,
    /// The file's text.
    pub source: &'a str,
    /// The filename as the host names it.
    pub filename: &'a str,
    /// The host's cwd as the host names it.
    pub host_cwd: &'a str,
    /// Plugin options JSON.
    pub options: &'a str,
    /// Transform metadata `Env`.
    pub env: &'a str,
}

/// A transform's result: the printed module and `line:column: message` errors.
pub struct TransformResult {
    pub code: String,
    pub errors: Vec<String>,
}

#[cfg(not(target_family = "wasm"))]
/// Runs one transform fixture (shared by the native and the wasmtime harness, which must agree):
/// writes the project, builds it with `build`, applies `//! damage:` and ` (after build)`
/// sections, transforms each `//! transform:` file and renders code and errors.
pub fn run_transform_case(
    fixture: &str,
    build: &mut dyn FnMut(&Path),
    transform: &mut dyn FnMut(&TransformRequest<'_>) -> TransformResult,
) -> String {
    let project = tempfile::tempdir().expect("tempdir");
    let root = project.path().canonicalize().expect("canonical tempdir");
    let (now, later): (Vec<_>, Vec<_>) = sections(fixture)
        .into_iter()
        .partition(|(path, _)| !path.ends_with(" (after build)"));
    write_project(
        &root,
        &now.iter()
            .map(|(p, t)| format!("//- {p}\n{t}"))
            .collect::<String>(),
    );
    let build_dir = directives(fixture, "build-in")
        .first()
        .map_or(root.clone(), |d| root.join(d));
    if !fixture.contains("//! no-build") {
        build(&build_dir);
    }
    for what in directives(fixture, "damage") {
        damage_cache(&build_dir.join(".soda-cache"), what);
    }
    for (path, text) in &later {
        write_file(&root, path.trim_end_matches(" (after build)"), text);
    }
    let options = directives(fixture, "options")
        .first()
        .copied()
        .unwrap_or("{}");
    let env = directives(fixture, "env")
        .first()
        .copied()
        .unwrap_or("development");
    let naming = directives(fixture, "filename")
        .first()
        .copied()
        .unwrap_or("absolute");
    let root_text = root.to_string_lossy().into_owned();
    let host_cwd = if naming == "windows" {
        "C:\\work\\app".to_owned()
    } else {
        root_text.clone()
    };
    let mut out = String::new();
    for target in directives(fixture, "transform") {
        let filename = match naming {
            "relative" => target.to_owned(),
            "windows" => format!("C:\\work\\app\\{}", target.replace('/', "\\")),
            _ => root.join(target).to_string_lossy().into_owned(),
        };
        let source = std::fs::read_to_string(root.join(target)).expect("fixture source");
        let request = TransformRequest {
            root: &root,
            target,
            source: &source,
            filename: &filename,
            host_cwd: &host_cwd,
            options,
            env,
        };
        let result = transform(&request);
        out.push_str(&format!("== {target}\n{}", result.code));
        for error in result.errors {
            out.push_str(&format!(
                "error at {}\n",
                error.replace(&root_text, "<project>")
            ));
        }
    }
    out
}

/// Damages a cache the way crashes and disks do: `manifest-bitflip`, `shard-truncate`, or
/// `tool-version` (every cache file stamped by another builder version).
pub fn damage_cache(cache: &Path, what: &str) {
    let manifest = soda_cache_format::manifest_path(cache);
    match what {
        "manifest-bitflip" => {
            let mut bytes = std::fs::read(&manifest).expect("manifest");
            let last = bytes.len() - 3;
            bytes[last] ^= 0x40;
            std::fs::write(&manifest, bytes).expect("write manifest");
        }
        "shard-truncate" => {
            for entry in std::fs::read_dir(cache.join(soda_cache_format::SHARDS_DIR))
                .expect("shards")
                .flatten()
            {
                let bytes = std::fs::read(entry.path()).expect("shard");
                std::fs::write(entry.path(), &bytes[..bytes.len() / 2]).expect("write shard");
            }
        }
        "tool-version" => {
            let shards = std::fs::read_dir(cache.join(soda_cache_format::SHARDS_DIR))
                .expect("shards")
                .flatten()
                .map(|e| e.path());
            for file in std::iter::once(manifest).chain(shards) {
                let mut bytes = std::fs::read(&file).expect("cache file");
                let range = soda_cache_format::envelope::TOOL_VERSION_RANGE;
                bytes[range.clone()].fill(0);
                bytes[range.start..range.start + 5].copy_from_slice(b"9.9.9");
                std::fs::write(&file, bytes).expect("write cache file");
            }
        }
        other => panic!("unknown damage `{other}`"),
    }
}

#[cfg(not(target_family = "wasm"))]
/// A project written from a fixture into a temp dir (canonical path), removed on drop.
pub struct Project {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

#[cfg(not(target_family = "wasm"))]
impl Project {
    /// Writes `fixture` (see [`write_project`]).
    pub fn new(fixture: &str) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().canonicalize().expect("canonical tempdir");
        write_project(&root, fixture);
        Project { _dir: dir, root }
    }

    /// The project directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A path inside the project.
    pub fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    /// Writes `text` to `relative` (creating folders); returns the absolute path.
    pub fn write(&self, relative: &str, text: &str) -> PathBuf {
        write_file(&self.root, relative, text);
        self.path(relative)
    }

    /// A copy of the project in `dir` (an app of the repository), without its cache.
    pub fn copy_of(dir: &Path) -> Project {
        let temp = tempfile::tempdir().expect("tempdir");
        let root = temp.path().canonicalize().expect("canonical tempdir");
        copy_tree(dir, dir, &root);
        Project { _dir: temp, root }
    }

    /// A copy of the project's files without its cache (for from-scratch comparisons).
    pub fn copy_sources(&self) -> Project {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().canonicalize().expect("canonical tempdir");
        copy_tree(&self.root, &self.root, &root);
        Project { _dir: dir, root }
    }
}

#[cfg(not(target_family = "wasm"))]
fn copy_tree(root: &Path, dir: &Path, to: &Path) {
    for entry in std::fs::read_dir(dir).expect("read project dir").flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n == ".soda-cache") {
            continue;
        }
        let target = to.join(path.strip_prefix(root).expect("inside the project"));
        if path.is_dir() {
            std::fs::create_dir_all(&target).expect("create dir");
            copy_tree(root, &path, to);
        } else {
            std::fs::create_dir_all(target.parent().expect("parent")).expect("create dir");
            std::fs::copy(&path, &target).expect("copy file");
        }
    }
}

/// The artifact files of a cache dir (shards, artifact modules, manifest) by relative path:
/// what "byte for byte the same cache" compares. Incremental state and the lock are excluded.
pub fn cache_files(cache: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    for folder in [
        soda_cache_format::SHARDS_DIR,
        soda_cache_format::MODULES_DIR,
    ] {
        for entry in std::fs::read_dir(cache.join(folder))
            .into_iter()
            .flatten()
            .flatten()
        {
            let bytes = std::fs::read(entry.path()).expect("cache file");
            out.insert(
                format!("{folder}/{}", entry.file_name().to_string_lossy()),
                bytes,
            );
        }
    }
    out.insert(
        soda_cache_format::MANIFEST_FILE.into(),
        std::fs::read(soda_cache_format::manifest_path(cache)).expect("manifest"),
    );
    out
}

/// Runs the CLI `bin` (`env!("CARGO_BIN_EXE_soda-cache")`) in `cwd` without colours.
pub fn run_cli(bin: &str, cwd: &Path, args: &[&str]) -> std::process::Output {
    cli_command(bin, cwd, args)
        .output()
        .expect("the soda-cache binary runs")
}

/// The CLI as tests run it: no colors, and `CI` unset (under CI, warnings that mean a
/// misconfiguration fail the build; tests that want that set it themselves).
pub fn cli_command(bin: &str, cwd: &Path, args: &[&str]) -> std::process::Command {
    let mut command = std::process::Command::new(bin);
    command
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env_remove("CI");
    command
}

/// Runs the CLI as [`run_cli`] does, but kills it after `timeout`: `None` when it hung.
pub fn run_cli_with_timeout(
    bin: &str,
    cwd: &Path,
    args: &[&str],
    timeout: std::time::Duration,
) -> Option<std::process::Output> {
    let child = cli_command(bin, cwd, args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the soda-cache binary runs");
    let id = child.id();
    let (done, waited) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(child.wait_with_output());
    });
    match waited.recv_timeout(timeout) {
        Ok(output) => Some(output.expect("the soda-cache binary runs")),
        Err(_) => {
            let _ = std::process::Command::new("kill")
                .args(["-9", &id.to_string()])
                .status();
            None
        }
    }
}
