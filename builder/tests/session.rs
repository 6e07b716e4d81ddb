//! Any sequence of edits, creations, deletions and moves ends in exactly the cache a
//! from-scratch build writes (a property test over seeded random edit sequences). The
//! step-by-step invalidation cases are fixtures: see `session_fixtures.rs`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use soda_cache::config::Config;
use soda_cache::session::{BuilderSession, ChangeSet};
use soda_test_support::Project;

/// The cache a from-scratch build of the project's current sources writes.
fn scratch_cache(project: &Project) -> std::collections::BTreeMap<String, Vec<u8>> {
    let copy = project.copy_sources();
    let (session, _) = BuilderSession::load(Config::discover(copy.root()).unwrap()).unwrap();
    soda_test_support::cache_files(&session.config().cache_dir)
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

/// A small project of fragment files and operation files spreading them, edited at random.
struct EditedProject {
    project: Project,
    fragments: Vec<String>,
    /// (name, current path)
    operations: Vec<(String, String)>,
    /// Names new fragments and directories.
    counter: usize,
}

impl EditedProject {
    fn new() -> Self {
        let project = Project::new("//- src/seed.ts\nexport const seed = 0;\n");
        let mut fragments: Vec<String> = Vec::new();
        let mut operations = Vec::new();
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
        EditedProject {
            project,
            fragments,
            operations,
            counter: 10,
        }
    }

    /// One random edit, creation, deletion or move, applied to the files.
    fn random_change(&mut self, rng: &mut Lcg) -> ChangeSet {
        let mut changes = ChangeSet::default();
        match rng.below(6) {
            // Edit a fragment (sometimes into an invalid one: `nickname` is not a field).
            0 | 1 if !self.fragments.is_empty() => {
                let name = &self.fragments[rng.below(self.fragments.len())];
                let count = 1 + rng.below(FIELDS.len());
                changes.updated.push(self.project.write(
                    &format!("src/{name}.ts"),
                    &fragment_file(name, &FIELDS[..count]),
                ));
            }
            // Point an operation at other fragments (possibly deleted ones).
            2 if !self.operations.is_empty() => {
                let (name, path) = self.operations[rng.below(self.operations.len())].clone();
                let mut spreads: Vec<String> = Vec::new();
                for _ in 0..1 + rng.below(2) {
                    let candidate = format!("frag{}", rng.below(self.counter));
                    if !spreads.contains(&candidate) {
                        spreads.push(candidate);
                    }
                }
                let text = operation_file(&path, &name, &spreads);
                changes.updated.push(self.project.write(&path, &text));
            }
            3 => self.create_fragment(&mut changes),
            // Delete a fragment.
            4 if self.fragments.len() > 1 => {
                let name = self.fragments.remove(rng.below(self.fragments.len()));
                let path = self.project.path(&format!("src/{name}.ts"));
                std::fs::remove_file(&path).unwrap();
                changes.deleted.push(path);
            }
            _ if !self.operations.is_empty() => {
                let index = rng.below(self.operations.len());
                self.move_operation(index, &mut changes);
            }
            _ => {}
        }
        changes
    }

    fn create_fragment(&mut self, changes: &mut ChangeSet) {
        let name = format!("frag{}", self.counter);
        self.counter += 1;
        changes.created.push(self.project.write(
            &format!("src/{name}.ts"),
            &fragment_file(&name, &FIELDS[..1]),
        ));
        self.fragments.push(name);
    }

    /// Moves an operation file into another directory.
    fn move_operation(&mut self, index: usize, changes: &mut ChangeSet) {
        let (name, from) = self.operations[index].clone();
        let to = format!("src/moved{}/{name}.ts", self.counter);
        self.counter += 1;
        let text = std::fs::read_to_string(self.project.path(&from)).unwrap();
        let text = if from.matches('/').count() > 1 {
            text
        } else {
            text.replace("from \"./", "from \"../")
        };
        std::fs::remove_file(self.project.path(&from)).unwrap();
        changes.created.push(self.project.write(&to, &text));
        changes.deleted.push(self.project.path(&from));
        self.operations[index].1 = to;
    }
}

#[test]
fn any_edit_sequence_ends_in_the_from_scratch_cache() {
    for seed in [1_u64, 7, 42] {
        let mut rng = Lcg(seed);
        let mut edited = EditedProject::new();
        let (mut session, _) =
            BuilderSession::load(Config::discover(edited.project.root()).unwrap()).unwrap();
        for step in 0..20 {
            let changes = edited.random_change(&mut rng);
            session.update(&changes).unwrap();
            let incremental = soda_test_support::cache_files(&session.config().cache_dir);
            let scratch = scratch_cache(&edited.project);
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
