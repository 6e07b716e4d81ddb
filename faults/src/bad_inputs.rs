//! The catalogue of bad inputs: sources, configs, states and command lines that once crashed
//! the builder, hung it, or made it delete or overwrite what the user wrote. Each is built in a
//! fresh project; the build must end (0, 1, or 2 for a refused config or command line), leave
//! every file the user wrote as it was, leave no torn cache file, and the plugin must neither
//! panic nor hang on any file with definitions.

use std::collections::BTreeMap;
use std::path::Path;

use crate::check::{torn_files, Mode};
use crate::project::{build, Ended, Project};
use crate::{Campaign, Failure, SHAPE};

/// One bad input: how to set it up, and the command line to build with.
struct BadInput {
    name: &'static str,
    /// Writes the bad input into the project (after its first clean build).
    setup: fn(&Project) -> std::io::Result<()>,
    args: &'static [&'static str],
    /// The build may refuse it (exit status 2): a hostile config or command line.
    may_refuse: bool,
}

const DEFINITION_HEAD: &str = "import { gql } from \"@/graphql-system\";\n";

fn nested_field_builder(depth: usize) -> String {
    let mut fields = String::from("f(\"id\")()");
    for _ in 0..depth {
        fields = format!("f(\"manager\")(({{ f }}) => ({{ ...{fields} }}))");
    }
    format!(
        "{DEFINITION_HEAD}export const deep = gql.default(({{ query }}) => query(\"Deep\")({{ fields: ({{ f }}) => ({{ ...f(\"users\")(({{ f }}) => ({{ ...{fields} }})) }}) }})());\n"
    )
}

fn config_with_cache_dir(project: &Project, dir: &str) -> std::io::Result<()> {
    let config = std::fs::read_to_string(project.root.join("soda-gql.config.json"))?;
    let config = config.replacen('{', &format!("{{ \"cache\": {{ \"dir\": {dir:?} }},"), 1);
    project.write("soda-gql.config.json", &config)
}

const CATALOGUE: &[BadInput] = &[
    BadInput {
        name: "deeply nested expressions",
        setup: |p| {
            let nested = |levels: usize, comment: &str| {
                format!(
                    "// {comment}\nexport const a = {}1{};\n",
                    "[".repeat(levels),
                    "]".repeat(levels)
                )
            };
            p.write("src/plain/arrays.ts", &nested(50_000, "never parsed"))?;
            p.write(
                "src/plain/parsed.ts",
                &nested(2_000, "parsed: it mentions gql"),
            )?;
            p.write(
                "src/plain/refused.ts",
                &nested(50_000, "refused: it mentions gql"),
            )?;
            let terms: Vec<String> = (0..5_000).map(|i| format!("\"s{i}\"")).collect();
            p.write(
                "src/plain/concat.ts",
                &format!("export const s = {};\n", terms.join(" + ")),
            )
        },
        args: &[],
        may_refuse: false,
    },
    BadInput {
        name: "deeply nested field builder",
        setup: |p| p.write("src/operations/deep.ts", &nested_field_builder(400)),
        args: &[],
        may_refuse: false,
    },
    BadInput {
        name: "deep arrays in a definition's arguments",
        setup: |p| {
            p.write(
                "src/operations/deep-args.ts",
                &format!(
                    "{DEFINITION_HEAD}export const deepArgs = gql.default(({{ query }}) => query(\"DeepArgs\")({{ fields: ({{ f }}) => ({{ ...f(\"users\", {{ ids: {}\"1\"{} }})(({{ f }}) => ({{ ...f(\"id\")() }})) }}) }})());\n",
                    "[".repeat(2_000),
                    "]".repeat(2_000)
                ),
            )
        },
        args: &[],
        may_refuse: false,
    },
    BadInput {
        name: "invalid UTF-8 in a source",
        setup: |p| {
            let path = p.root.join("src/fragments/f0.ts");
            let mut bytes = std::fs::read(&path)?;
            bytes.splice(5..5, [0xff, 0xfe, 0xc0]);
            std::fs::write(path, bytes)
        },
        args: &[],
        may_refuse: false,
    },
    BadInput {
        name: "invalid TypeScript",
        setup: |p| {
            p.write(
                "src/fragments/f1.ts",
                "import { gql } from \"@/graphql-system\";\nexport const = gql.default((\n",
            )
        },
        args: &[],
        may_refuse: false,
    },
    BadInput {
        name: "line terminators in a path",
        setup: |p| {
            p.write(
                "src/odd\u{2028}na\u{2029}me.ts",
                &format!("{DEFINITION_HEAD}export const odd = gql.default(({{ query }}) => query(\"Odd\")`{{ users {{ id }} }}`());\n"),
            )
        },
        args: &[],
        may_refuse: false,
    },
    BadInput {
        name: "thousands of definitions in one file",
        setup: |p| {
            let mut text = String::from(DEFINITION_HEAD);
            for i in 0..4_000 {
                text.push_str(&format!(
                    "export const many{i} = gql.default(({{ fragment }}) => fragment(\"Many{i}\", \"User\")`{{ id }}`());\n"
                ));
            }
            p.write("src/fragments/many.ts", &text)
        },
        args: &[],
        may_refuse: false,
    },
    BadInput {
        name: "escapes in a template with an error",
        setup: |p| {
            p.write(
                "src/operations/escaped.ts",
                &format!("{DEFINITION_HEAD}export const escaped = gql.default(({{ query }}) => query(\"Escaped\")`{{ users {{ \\u0069d nick\\u006eame }} }}`());\n"),
            )
        },
        args: &[],
        may_refuse: false,
    },
    BadInput {
        name: "symlink loop and dangling link",
        setup: |p| {
            #[cfg(unix)]
            {
                std::os::unix::fs::symlink("..", p.root.join("src/loop"))?;
                std::os::unix::fs::symlink("missing.ts", p.root.join("src/dangling.ts"))?;
            }
            let _ = p;
            Ok(())
        },
        args: &[],
        may_refuse: false,
    },
    BadInput {
        name: "crafted incremental state",
        setup: |p| {
            let path = p.root.join(".soda-cache/incremental/state.json");
            let text = std::fs::read_to_string(&path)?;
            let crafted = text
                .replacen("\"summary\":\"", "\"summary\":\"\u{1b}]0;pwned\u{7}", 1)
                .replacen("\"files\":{", "\"files\":{\"../../../../etc/passwd.ts\":{\"size\":1,\"mtime_ns\":1,\"hash\":1,\"inode\":1},", 1);
            std::fs::write(path, crafted)
        },
        args: &[],
        may_refuse: false,
    },
    BadInput {
        name: "cache dir at the project root",
        setup: |p| config_with_cache_dir(p, "."),
        args: &[],
        may_refuse: true,
    },
    BadInput {
        name: "cache dir among the sources",
        setup: |p| config_with_cache_dir(p, "src"),
        args: &[],
        may_refuse: true,
    },
    BadInput {
        name: "write-delta into the sources",
        setup: |_| Ok(()),
        args: &["--write-delta", "src"],
        may_refuse: true,
    },
    BadInput {
        name: "write-delta into the project",
        setup: |_| Ok(()),
        args: &["--write-delta", "."],
        may_refuse: true,
    },
];

/// Every file of the project outside the cache, by relative path.
fn user_files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if entry.file_name() == ".soda-cache" || kind.is_symlink() {
                continue;
            }
            if kind.is_dir() {
                stack.push(path);
            } else if let Ok(bytes) = std::fs::read(&path) {
                let relative = path.strip_prefix(root).unwrap_or(&path);
                out.insert(relative.to_string_lossy().into_owned(), bytes);
            }
        }
    }
    out
}

impl Campaign {
    /// Builds every bad input of the catalogue once.
    pub(crate) fn bad_inputs(&mut self) -> std::io::Result<()> {
        for input in CATALOGUE {
            self.count("bad inputs");
            self.bad_input(input)?;
        }
        Ok(())
    }

    fn bad_input(&mut self, input: &BadInput) -> std::io::Result<()> {
        let project = Project::generate(SHAPE, &self.schema)?;
        self.expect_build(&project, &format!("{} (first build)", input.name));
        (input.setup)(&project)?;
        let before = user_files(&project.root);
        match build(&self.bin, &project.root, input.args, self.timeout) {
            Ended::Normally(_) => {}
            Ended::Abnormally(Some(2)) if input.may_refuse => {}
            Ended::Abnormally(code) => self.report.fail(
                Failure::Panic,
                format!("{}: the build exited with {code:?}", input.name),
            ),
            Ended::Hung => self.report.fail(
                Failure::Hang,
                format!("{}: the build did not finish", input.name),
            ),
        }
        let after = user_files(&project.root);
        for (path, bytes) in &before {
            if after.get(path) != Some(bytes) {
                self.report.fail(
                    Failure::UserFileLost,
                    format!("{}: {path} was changed or removed", input.name),
                );
            }
        }
        for torn in torn_files(&project.cache()) {
            self.report
                .fail(Failure::Torn, format!("{}: {torn}", input.name));
        }
        for file in project.definition_files() {
            for mode in [Mode::ProductionInline, Mode::DevelopmentModule] {
                self.transform(&project.root, &file, mode, input.name);
            }
        }
        Ok(())
    }
}
