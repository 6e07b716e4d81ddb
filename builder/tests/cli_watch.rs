//! `soda-cache build --watch` as a real process: it sees source, schema, config and tsconfig
//! edits, rewrites a removed cache, and leaves a consistent state on SIGTERM and SIGHUP.

#![cfg(unix)]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

use soda_test_support::Project;

/// A running watcher and the lines it prints.
struct Watch {
    child: Child,
    stdout: Receiver<String>,
    stderr: Receiver<String>,
    /// What the initial build printed on stderr.
    initial_stderr: String,
}

fn lines(reader: impl std::io::Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(reader).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

impl Watch {
    fn start(root: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_soda-cache"))
            .args(["build", "--watch"])
            .current_dir(root)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout: ChildStdout = child.stdout.take().unwrap();
        let mut watch = Watch {
            stdout: lines(stdout),
            stderr: lines(child.stderr.take().unwrap()),
            child,
            initial_stderr: String::new(),
        };
        watch.initial_stderr = watch.stderr_until("watching");
        watch.next_line(); // the initial build's summary
        watch
    }

    /// The next stdout line (a rebuild's summary), within 10 s.
    fn next_line(&mut self) -> String {
        self.stdout
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|_| panic!("no output from the watcher"))
    }

    /// Reads stderr until a line contains `needle`; returns everything read.
    fn stderr_until(&mut self, needle: &str) -> String {
        let mut seen = String::new();
        while !seen.contains(needle) {
            let line = self
                .stderr
                .recv_timeout(Duration::from_secs(10))
                .unwrap_or_else(|_| panic!("no `{needle}` on stderr; saw:\n{seen}"));
            seen.push_str(&line);
            seen.push('\n');
        }
        seen
    }

    /// Drains stderr printed so far.
    fn stderr_now(&mut self) -> String {
        std::thread::sleep(Duration::from_millis(200));
        self.stderr.try_iter().collect::<Vec<_>>().join("\n")
    }

    fn stop(mut self, signal: &str) {
        let status = Command::new("kill")
            .args([signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        assert_eq!(self.child.wait().unwrap().code(), Some(0), "{signal}");
    }
}

fn build(root: &Path) -> (Option<i32>, String, String) {
    let output = soda_test_support::run_cli(env!("CARGO_BIN_EXE_soda-cache"), root, &["build"]);
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

const USES_NICKNAME: &str = "//- src/app.ts\nimport { gql } from \"@/graphql-system\";\nexport const q = gql.default(({ query }) => query(\"Q\")`{ users { id nickname } }`());\n";

#[test]
fn a_schema_edit_recompiles_what_it_affects_and_sigterm_saves_the_state() {
    let project = Project::new(USES_NICKNAME);
    let mut watch = Watch::start(project.root());
    let schema = std::fs::read_to_string(project.path("schema.graphql")).unwrap();
    assert!(watch.initial_stderr.contains("GRAPHQL_UNDEFINED_FIELD"));
    let user = "type User implements Node {";
    assert!(schema.contains(user), "the fixture schema changed");
    project.write(
        "schema.graphql",
        &schema.replacen(user, &format!("{user}\n  nickname: String"), 1),
    );
    let line = watch.next_line();
    assert!(
        line.starts_with("soda-cache: 1 files changed, 1 definitions recompiled"),
        "{line}"
    );
    assert!(!watch.stderr_now().contains("GRAPHQL_UNDEFINED_FIELD"));
    watch.stop("-TERM");
    let (code, stdout, _) = build(project.root());
    assert_eq!(code, Some(0));
    assert!(stdout.contains("up to date"), "{stdout}");
}

#[test]
fn a_config_edit_reloads_the_project() {
    let project = Project::new(
        "//- soda-gql.config.json\n{ \"outdir\": \"./src/graphql-system\", \"include\": [\"src/a/**/*.ts\"], \"schemas\": { \"default\": { \"schema\": \"schema.graphql\" } } }\n//- src/a/one.ts\nimport { gql } from \"@/graphql-system\";\nexport const one = gql.default(({ query }) => query(\"One\")`{ users { id } }`());\n//- src/b/two.ts\nimport { gql } from \"@/graphql-system\";\nexport const two = gql.default(({ query }) => query(\"Two\")`{ users { name } }`());\n",
    );
    let mut watch = Watch::start(project.root());
    project.write(
        "soda-gql.config.json",
        "{ \"outdir\": \"./src/graphql-system\", \"include\": [\"src/**/*.ts\"], \"schemas\": { \"default\": { \"schema\": \"schema.graphql\" } } }\n",
    );
    let line = watch.next_line();
    assert!(line.contains("2 definitions recompiled"), "{line}");
    watch.stop("-HUP");
    let (code, stdout, _) = build(project.root());
    assert_eq!(code, Some(0));
    assert!(stdout.contains("up to date: 3 files unchanged"), "{stdout}");
}

#[test]
fn a_tsconfig_edit_is_followed() {
    let project = Project::new(
        "//- tsconfig.json\n{ \"compilerOptions\": { \"baseUrl\": \".\", \"paths\": { \"@/*\": [\"./src/*\"], \"@frags/*\": [\"./wrong/*\"] } } }\n//- src/frags/user.ts\nimport { gql } from \"@/graphql-system\";\nexport const userFragment = gql.default(({ fragment }) => fragment(\"U\", \"User\")`{ id }`());\n//- src/app.ts\nimport { gql } from \"@/graphql-system\";\nimport { userFragment } from \"@frags/user\";\nexport const q = gql.default(({ query }) => query(\"Q\")`{ users { ...${userFragment} } }`());\n",
    );
    let mut watch = Watch::start(project.root());
    assert!(
        watch.initial_stderr.contains("UNRESOLVED_IMPORT"),
        "{}",
        watch.initial_stderr
    );
    project.write(
        "tsconfig.json",
        "{ \"compilerOptions\": { \"baseUrl\": \".\", \"paths\": { \"@/*\": [\"./src/*\"], \"@frags/*\": [\"./src/frags/*\"] } } }\n",
    );
    let line = watch.next_line();
    assert!(line.starts_with("soda-cache: 1 files changed"), "{line}");
    assert!(!watch.stderr_now().contains("UNRESOLVED_IMPORT"));
    watch.stop("-INT");
}

#[test]
fn a_cache_removed_under_the_watcher_is_written_again() {
    let project = Project::new(USES_NICKNAME.replace(" nickname", "").as_str());
    let mut watch = Watch::start(project.root());
    std::fs::remove_dir_all(project.path(".soda-cache")).unwrap();
    watch.next_line();
    assert!(project.path(".soda-cache/manifest.rkyv").is_file());
    assert!(project.path(".soda-cache/CACHEDIR.TAG").is_file());
    let shards = std::fs::read_dir(project.path(".soda-cache/shards"))
        .unwrap()
        .count();
    assert_eq!(
        shards, 2,
        "the file's shard and the graphql-system's stub shard"
    );
    watch.stop("-TERM");
}

#[test]
fn a_killed_watcher_leaves_no_state_that_claims_its_rebuilds() {
    let project = Project::new(USES_NICKNAME.replace(" nickname", "").as_str());
    let mut watch = Watch::start(project.root());
    let source = project.path("src/app.ts");
    let original = std::fs::read_to_string(&source).unwrap();
    project.write("src/app.ts", &original.replace("{ id }", "{ id name }"));
    watch.next_line();
    watch.stop_killed();
    // Undo the edit: the cache holds the edit's document, so the next build must not be a no-op.
    project.write("src/app.ts", &original);
    let (code, stdout, _) = build(project.root());
    assert_eq!(code, Some(0));
    assert!(!stdout.contains("up to date"), "{stdout}");
    let (_, stdout, _) = build(project.root());
    assert!(stdout.contains("up to date"), "{stdout}");
}

impl Watch {
    fn stop_killed(mut self) {
        self.child.kill().unwrap();
        let _ = self.child.wait();
    }
}

/// An app whose inputs live outside its directory: a `.ts` config composed from a sibling
/// module, a schema and fragments in `../shared`, a tsconfig extending `../shared`'s.
const OUTSIDE: &str = r#"//- app/_base.ts
import { join } from "node:path";
export const base = {
  outdir: "./src/graphql-system",
  schemas: { default: { schema: join(import.meta.dirname, "../shared/schema.graphql") } },
};
//- app/soda-gql.config.ts
import { defineConfig } from "@soda-gql/config";
import { base } from "./_base";
export default defineConfig({
  ...base,
  include: ["./src/**/*.ts", "../shared/frags/**/*.ts"],
});
//- app/tsconfig.json
{ "extends": "../shared/tsconfig.base.json" }
//- shared/tsconfig.base.json
{ "compilerOptions": { "paths": { "@/*": ["../app/src/*"], "@frags/*": ["./wrong/*"] } } }
//- shared/frags/user.ts
import { gql } from "@/graphql-system";
export const userFragment = gql.default(({ fragment }) => fragment("U", "User")`{ id }`());
//- app/src/app.ts
import { gql } from "@/graphql-system";
import { userFragment } from "@frags/user";
export const q = gql.default(({ query }) => query("Q")`{ users { nickname ...${userFragment} } }`());
//- app/src/graphql-system/index.ts
export const gql: any = {};
"#;

#[test]
fn inputs_and_sources_outside_the_config_dir_are_watched() {
    let project = Project::new(OUTSIDE);
    let schema = std::fs::read_to_string(project.path("schema.graphql")).unwrap();
    project.write("shared/schema.graphql", &schema);
    let mut watch = Watch::start(&project.path("app"));
    let initial = watch.initial_stderr.clone();
    assert!(initial.contains("UNRESOLVED_IMPORT"), "{initial}");

    // The tsconfig this one extends: the fragment resolves, and the operation's own
    // field is the next error.
    project.write(
        "shared/tsconfig.base.json",
        r#"{ "compilerOptions": { "paths": { "@/*": ["../app/src/*"], "@frags/*": ["./frags/*"] } } }"#,
    );
    let line = watch.next_line();
    assert!(line.starts_with("soda-cache: 1 files changed"), "{line}");
    let stderr = watch.stderr_until("GRAPHQL_UNDEFINED_FIELD");
    assert!(!stderr.contains("UNRESOLVED_IMPORT"), "{stderr}");

    // The schema, outside the config dir.
    let user = "type User implements Node {";
    project.write(
        "shared/schema.graphql",
        &schema.replacen(user, &format!("{user}\n  nickname: String"), 1),
    );
    watch.next_line();
    let stderr = watch.stderr_now();
    assert!(!stderr.contains("GRAPHQL_UNDEFINED_FIELD"), "{stderr}");

    // A source outside the config dir: the fragment and the operation inlining it recompile.
    project.write(
        "shared/frags/user.ts",
        "import { gql } from \"@/graphql-system\";\nexport const userFragment = gql.default(({ fragment }) => fragment(\"U\", \"User\")`{ id name }`());\n",
    );
    let line = watch.next_line();
    assert!(
        line.starts_with("soda-cache: 1 files changed, 2 definitions recompiled"),
        "{line}"
    );

    // The module the config imports: the schema moves to a file without `nickname`.
    project.write("shared/other.graphql", &schema);
    let base = std::fs::read_to_string(project.path("app/_base.ts")).unwrap();
    project.write(
        "app/_base.ts",
        &base.replace("schema.graphql", "other.graphql"),
    );
    watch.next_line();
    let stderr = watch.stderr_until("GRAPHQL_UNDEFINED_FIELD");
    assert!(stderr.contains("nickname"), "{stderr}");
    watch.stop("-TERM");

    // And a new process sees an edit of the config's module as a change, never "up to date".
    project.write("app/_base.ts", &base);
    let (code, stdout, _) = build(&project.path("app"));
    assert_eq!(code, Some(0));
    assert!(!stdout.contains("up to date"), "{stdout}");
}

#[test]
fn other_builds_and_reports_run_while_the_watcher_is_idle() {
    let project = Project::new(USES_NICKNAME.replace(" nickname", "").as_str());
    let watch = Watch::start(project.root());
    // The watcher holds the lock only while it rebuilds.
    for args in [&["build"][..], &["build", "--show-cache"], &["clean"]] {
        let output = soda_test_support::run_cli_with_timeout(
            env!("CARGO_BIN_EXE_soda-cache"),
            project.root(),
            args,
            Duration::from_secs(30),
        )
        .unwrap_or_else(|| panic!("`{}` waited for the idle watcher", args.join(" ")));
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        if args == ["build", "--show-cache"] {
            let shown = String::from_utf8_lossy(&output.stdout);
            assert!(!shown.contains("a build is running"), "{shown}");
        }
    }
    watch.stop("-TERM");
}

#[test]
fn a_directory_moved_away_takes_its_definitions_with_it() {
    let project = Project::new(
        "//- src/app.ts\nimport { gql } from \"@/graphql-system\";\nexport const q = gql.default(({ query }) => query(\"Q\")`{ users { id } }`());\n//- src/feature/deep/op.ts\nimport { gql } from \"@/graphql-system\";\nexport const op = gql.default(({ query }) => query(\"Op\")`{ users { name } }`());\n",
    );
    let mut watch = Watch::start(project.root());
    let away = project.path("moved-away");
    std::fs::rename(project.path("src/feature"), &away).unwrap();
    let line = watch.next_line();
    assert!(line.starts_with("soda-cache: 1 files changed"), "{line}");
    watch.stop("-TERM");
    let (code, stdout, _) = build(project.root());
    assert_eq!(code, Some(0));
    assert!(stdout.contains("up to date"), "{stdout}");
    let shown = soda_test_support::run_cli(
        env!("CARGO_BIN_EXE_soda-cache"),
        project.root(),
        &["build", "--show-cache"],
    );
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(shown.contains("1 source files with definitions"), "{shown}");
}
