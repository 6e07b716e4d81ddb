//! The incremental session: what re-ran after each change, and that any sequence of edits ends
//! in exactly the cache a from-scratch build writes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use soda_cache::build::{build, BuildOptions};
use soda_cache::config::Config;
use soda_cache::session::{BuilderSession, ChangeSet, UpdateReport};

const PROJECT: &str = r#"//- src/fragments/user.ts
import { gql } from "@/graphql-system";
export const userFragment = gql.default(({ fragment }) => fragment("UserFragment", "User")`{ id name }`());
//- src/fragments/index.ts
export * from "./user";
//- src/operations/get-user.ts
import { gql } from "@/graphql-system";
import { userFragment } from "../fragments";
export const getUser = gql.default(({ query }) => query("GetUser")`($id: ID!) { user(id: $id) { ...${userFragment} } }`());
//- src/operations/list.ts
import { gql } from "@/graphql-system";
export const listUsers = gql.default(({ query }) => query("ListUsers")`{ users { id } }`());
//- src/plain.ts
export const plain = 1;
"#;

struct Project {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Project {
    fn new(fixture: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        soda_test_support::write_project(&root, fixture);
        Project { _dir: dir, root }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    fn write(&self, relative: &str, text: &str) -> PathBuf {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    fn session(&self) -> BuilderSession {
        BuilderSession::load(Config::discover(&self.root).unwrap())
            .unwrap()
            .0
    }
}

fn updated(paths: &[PathBuf]) -> ChangeSet {
    ChangeSet {
        updated: paths.to_vec(),
        ..ChangeSet::default()
    }
}

fn ids(report: &UpdateReport) -> Vec<&str> {
    report.recompiled.iter().map(String::as_str).collect()
}

#[test]
fn a_fragment_edit_recompiles_exactly_the_operations_that_inline_it() {
    let project = Project::new(PROJECT);
    let mut session = project.session();
    let file = project.write(
        "src/fragments/user.ts",
        "import { gql } from \"@/graphql-system\";\nexport const userFragment = gql.default(({ fragment }) => fragment(\"UserFragment\", \"User\")`{ id name email }`());\n",
    );
    let report = session.update(&updated(&[file])).unwrap();
    assert_eq!(report.reparsed, ["src/fragments/user.ts"]);
    assert_eq!(
        ids(&report),
        [
            "src/fragments/user.ts::userFragment",
            "src/operations/get-user.ts::getUser"
        ]
    );
    assert_eq!(
        session.inliners("src/fragments/user.ts::userFragment"),
        ["src/operations/get-user.ts::getUser"]
    );
    assert_eq!(
        session.importers("src/fragments/index.ts"),
        ["src/operations/get-user.ts"]
    );
    // Two shards and two artifact modules changed; nothing else was written.
    assert_eq!(
        report.files_written, 4,
        "the shards and artifact modules of two files, nothing else"
    );
}

#[test]
fn a_touch_or_a_same_content_save_recompiles_nothing_and_writes_nothing() {
    let project = Project::new(PROJECT);
    let mut session = project.session();
    let file = project.path("src/fragments/user.ts");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text).unwrap();
    let report = session
        .update(&updated(&[file, project.path("src/plain.ts")]))
        .unwrap();
    assert!(report.reparsed.is_empty(), "{:?}", report.reparsed);
    assert!(report.recompiled.is_empty(), "{:?}", report.recompiled);
    assert_eq!(report.bytes_written, 0);
}

#[test]
fn a_re_export_edit_recompiles_what_resolves_through_it() {
    let project = Project::new(PROJECT);
    let mut session = project.session();
    let file = project.write(
        "src/fragments/index.ts",
        "export { userFragment as renamed } from \"./user\";\n",
    );
    let report = session.update(&updated(&[file])).unwrap();
    assert_eq!(ids(&report), ["src/operations/get-user.ts::getUser"]);
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.code == "UNRESOLVED_IMPORT"),
        "{:?}",
        report.diagnostics
    );
}

#[test]
fn creating_a_missing_module_fixes_the_operations_that_import_it() {
    let project = Project::new(
        r#"//- src/op.ts
import { gql } from "@/graphql-system";
import { later } from "./later";
export const op = gql.default(({ query }) => query("Op")`{ users { ...${later} } }`());
export const other = gql.default(({ query }) => query("Other")`{ users { id } }`());
"#,
    );
    let mut session = project.session();
    assert!(session
        .definitions()
        .entries
        .iter()
        .any(|e| matches!(e.outcome, soda_cache_format::Outcome::Failed(_))));
    let created = project.write(
        "src/later.ts",
        "import { gql } from \"@/graphql-system\";\nexport const later = gql.default(({ fragment }) => fragment(\"Later\", \"User\")`{ id }`());\n",
    );
    let report = session
        .update(&ChangeSet {
            created: vec![created.clone()],
            ..ChangeSet::default()
        })
        .unwrap();
    assert_eq!(report.reparsed, ["src/later.ts"]);
    assert_eq!(ids(&report), ["src/later.ts::later", "src/op.ts::op"]);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    std::fs::remove_file(&created).unwrap();
    let report = session
        .update(&ChangeSet {
            deleted: vec![created],
            ..ChangeSet::default()
        })
        .unwrap();
    assert_eq!(ids(&report), ["src/op.ts::op"]);
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.code == "UNRESOLVED_IMPORT"));
}

/// The cache a from-scratch build of the project's current sources writes.
fn scratch_cache(project: &Project) -> BTreeMap<String, Vec<u8>> {
    let copy = tempfile::tempdir().unwrap();
    let copy_root = copy.path().canonicalize().unwrap();
    copy_sources(&project.root, &project.root, &copy_root);
    let config = Config::discover(&copy_root).unwrap();
    build(&config, &BuildOptions::default()).unwrap();
    soda_test_support::cache_files(&config.cache_dir)
}

fn copy_sources(root: &Path, dir: &Path, to: &Path) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n == ".soda-cache") {
            continue;
        }
        let target = to.join(path.strip_prefix(root).unwrap());
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_sources(root, &path, to);
        } else {
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A small deterministic generator (no external randomness in tests).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

const FIELDS: &[&str] = &["id", "name", "email", "role", "nickname"];

fn fragment_file(name: &str, fields: &[&str]) -> String {
    format!(
        "import {{ gql }} from \"@/graphql-system\";\nexport const {name} = gql.default(({{ fragment }}) => fragment(\"{name}\", \"User\")`{{ {} }}`());\n",
        fields.join(" ")
    )
}

/// An operation at `path` (relative to the project) spreading `spreads` (fragments in `src/`).
fn operation_file(path: &str, name: &str, spreads: &[String]) -> String {
    let prefix = if path.matches('/').count() > 1 {
        "../"
    } else {
        "./"
    };
    let imports: String = spreads
        .iter()
        .map(|s| format!("import {{ {s} }} from \"{prefix}{s}\";\n"))
        .collect();
    let body: String = spreads.iter().map(|s| format!(" ...${{{s}}}")).collect();
    format!(
        "import {{ gql }} from \"@/graphql-system\";\n{imports}export const {name} = gql.default(({{ query }}) => query(\"{name}\")`($id: ID!) {{ user(id: $id) {{ id{body} }} }}`());\n"
    )
}

#[test]
fn any_edit_sequence_ends_in_the_from_scratch_cache() {
    for seed in [1_u64, 7, 42] {
        let mut rng = Lcg(seed);
        let project = Project::new("//- src/seed.ts\nexport const seed = 0;\n");
        let mut fragments: Vec<String> = Vec::new();
        // (name, current path)
        let mut operations: Vec<(String, String)> = Vec::new();
        for i in 0..4 {
            let name = format!("frag{i}");
            project.write(
                &format!("src/{name}.ts"),
                &fragment_file(&name, &FIELDS[..2]),
            );
            fragments.push(name);
        }
        for i in 0..3 {
            let name = format!("Op{i}");
            let path = format!("src/{name}.ts");
            project.write(&path, &operation_file(&path, &name, &fragments[i..i + 1]));
            operations.push((name, path));
        }
        let mut session = project.session();
        let mut counter = 10;
        for step in 0..20 {
            let mut changes = ChangeSet::default();
            match rng.below(6) {
                // Edit a fragment (sometimes into an invalid one: `nickname` is not a field).
                0 | 1 if !fragments.is_empty() => {
                    let name = &fragments[rng.below(fragments.len())];
                    let count = 1 + rng.below(FIELDS.len());
                    changes.updated.push(project.write(
                        &format!("src/{name}.ts"),
                        &fragment_file(name, &FIELDS[..count]),
                    ));
                }
                // Point an operation at other fragments (possibly deleted ones).
                2 if !operations.is_empty() => {
                    let (name, path) = operations[rng.below(operations.len())].clone();
                    let mut spreads: Vec<String> = Vec::new();
                    for _ in 0..1 + rng.below(2) {
                        let candidate = format!("frag{}", rng.below(counter));
                        if !spreads.contains(&candidate) {
                            spreads.push(candidate);
                        }
                    }
                    changes
                        .updated
                        .push(project.write(&path, &operation_file(&path, &name, &spreads)));
                }
                // Create a fragment.
                3 => {
                    let name = format!("frag{counter}");
                    counter += 1;
                    changes.created.push(project.write(
                        &format!("src/{name}.ts"),
                        &fragment_file(&name, &FIELDS[..1]),
                    ));
                    fragments.push(name);
                }
                // Delete a fragment.
                4 if fragments.len() > 1 => {
                    let name = fragments.remove(rng.below(fragments.len()));
                    let path = project.path(&format!("src/{name}.ts"));
                    std::fs::remove_file(&path).unwrap();
                    changes.deleted.push(path);
                }
                // Move an operation file into another directory.
                _ if !operations.is_empty() => {
                    let index = rng.below(operations.len());
                    let (name, from) = operations[index].clone();
                    let to = format!("src/moved{counter}/{name}.ts");
                    counter += 1;
                    let text = std::fs::read_to_string(project.path(&from)).unwrap();
                    let text = if from.matches('/').count() > 1 {
                        text
                    } else {
                        text.replace("from \"./", "from \"../")
                    };
                    std::fs::remove_file(project.path(&from)).unwrap();
                    changes.created.push(project.write(&to, &text));
                    changes.deleted.push(project.path(&from));
                    operations[index].1 = to;
                }
                _ => {}
            }
            session.update(&changes).unwrap();
            let incremental = soda_test_support::cache_files(&session.config().cache_dir);
            let scratch = scratch_cache(&project);
            assert_eq!(
                incremental.keys().collect::<Vec<_>>(),
                scratch.keys().collect::<Vec<_>>(),
                "seed {seed}, step {step}: cache files differ"
            );
            for (name, bytes) in &scratch {
                assert!(
                    incremental[name] == *bytes,
                    "seed {seed}, step {step}: {name} differs from a scratch build"
                );
            }
        }
    }
}
