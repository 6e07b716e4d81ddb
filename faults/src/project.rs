//! The project a campaign abuses: generated deterministically, edited and restored, and built
//! cleanly in a copy to know what the cache should be.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::Rng;

/// How big the generated project is.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub fragments: usize,
    pub operations: usize,
    pub plain: usize,
}

/// A generated project in a temp dir.
pub struct Project {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
    shape: Shape,
}

const FIELDS: &[&str] = &["id", "name", "email", "role"];

impl Project {
    /// Writes a project of `shape` with the fixture schema at `schema`.
    pub fn generate(shape: Shape, schema: &Path) -> std::io::Result<Self> {
        let dir = tempfile::tempdir()?;
        let root = dir.path().canonicalize()?;
        let project = Project {
            _dir: dir,
            root,
            shape,
        };
        project.write(
            "soda-gql.config.json",
            &format!(
                "{{ \"outdir\": \"./src/graphql-system\", \"include\": [\"./src/**/*.ts\"], \"schemas\": {{ \"default\": {{ \"schema\": {:?} }} }} }}\n",
                schema.to_string_lossy()
            ),
        )?;
        project.write(
            "src/graphql-system/index.ts",
            "export const gql: any = {};\n",
        )?;
        for i in 0..shape.fragments {
            project.write(&Self::fragment_path(i), &fragment(i, 2))?;
        }
        for i in 0..shape.operations {
            let a = i % shape.fragments.max(1);
            let b = (i * 7 + 3) % shape.fragments.max(1);
            project.write(&format!("src/operations/op{i}.ts"), &operation(i, a, b))?;
        }
        for i in 0..shape.plain {
            project.write(
                &format!("src/plain/p{i}.ts"),
                &format!("export const value{i} = {i};\n"),
            )?;
        }
        Ok(project)
    }

    fn fragment_path(i: usize) -> String {
        format!("src/fragments/f{i}.ts")
    }

    /// Writes `text` at `relative`.
    pub fn write(&self, relative: &str, text: &str) -> std::io::Result<()> {
        let path = self.root.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text)
    }

    /// A random fragment edit; returns how to undo it (path and previous text).
    pub fn edit(&self, rng: &mut Rng) -> std::io::Result<(String, String)> {
        let i = rng.below(self.shape.fragments.max(1));
        let path = Self::fragment_path(i);
        let before = std::fs::read_to_string(self.root.join(&path))?;
        self.write(&path, &fragment(i, 1 + rng.below(FIELDS.len())))?;
        Ok((path, before))
    }

    /// The files with definitions (what the plugin transforms).
    pub fn definition_files(&self) -> Vec<String> {
        let fragments = (0..self.shape.fragments).map(Self::fragment_path);
        let operations = (0..self.shape.operations).map(|i| format!("src/operations/op{i}.ts"));
        fragments.chain(operations).collect()
    }

    /// A copy of the sources (no cache), for a clean build.
    pub fn copy(&self) -> std::io::Result<Project> {
        let dir = tempfile::tempdir()?;
        let root = dir.path().canonicalize()?;
        copy_tree(&self.root, &root)?;
        Ok(Project {
            _dir: dir,
            root,
            shape: self.shape,
        })
    }

    /// The cache dir.
    pub fn cache(&self) -> PathBuf {
        self.root.join(".soda-cache")
    }
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(from)?.flatten() {
        let name = entry.file_name();
        if name == ".soda-cache" {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type()?.is_dir() {
            std::fs::create_dir_all(&target)?;
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn fragment(i: usize, fields: usize) -> String {
    format!(
        "import {{ gql }} from \"@/graphql-system\";\nexport const fragment{i} = gql.default(({{ fragment }}) => fragment(\"Fragment{i}\", \"User\")`{{ {} }}`());\n",
        FIELDS[..fields.clamp(1, FIELDS.len())].join(" ")
    )
}

fn operation(i: usize, a: usize, b: usize) -> String {
    let (fa, fb) = (format!("fragment{a}"), format!("fragment{b}"));
    let imports = if a == b {
        format!("import {{ {fa} }} from \"../fragments/f{a}\";\n")
    } else {
        format!("import {{ {fa} }} from \"../fragments/f{a}\";\nimport {{ {fb} }} from \"../fragments/f{b}\";\n")
    };
    let spreads = if a == b {
        format!("...${{{fa}}}")
    } else {
        format!("...${{{fa}}} manager {{ ...${{{fb}}} }}")
    };
    format!(
        "import {{ gql }} from \"@/graphql-system\";\n{imports}export const op{i} = gql.default(({{ query }}) => query(\"Op{i}\")`($id: ID!) {{ user(id: $id) {{ {spreads} }} }}`());\n"
    )
}

/// The artifact files of a cache (manifest, shards, modules) by relative path.
pub fn cache_files(cache: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for folder in [
        soda_cache_format::SHARDS_DIR,
        soda_cache_format::MODULES_DIR,
    ] {
        for entry in std::fs::read_dir(cache.join(folder))
            .into_iter()
            .flatten()
            .flatten()
        {
            if let Ok(bytes) = std::fs::read(entry.path()) {
                out.insert(
                    format!("{folder}/{}", entry.file_name().to_string_lossy()),
                    bytes,
                );
            }
        }
    }
    if let Ok(bytes) = std::fs::read(soda_cache_format::manifest_path(cache)) {
        out.insert(soda_cache_format::MANIFEST_FILE.to_owned(), bytes);
    }
    out
}

/// How a `soda-cache` process ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    /// Exit status 0 or 1 (success, or errors in user code), with stdout.
    Normally(String),
    /// Any other status: a crash (101 is a Rust panic) or a usage error.
    Abnormally(Option<i32>),
    /// Still running after the timeout (killed).
    Hung,
}

/// Runs `soda-cache build <args>` in `root` with a timeout.
pub fn build(bin: &Path, root: &Path, args: &[&str], timeout: Duration) -> Ended {
    let Ok(mut child) = Command::new(bin)
        .arg("build")
        .args(args)
        .current_dir(root)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    else {
        return Ended::Abnormally(None);
    };
    let started = std::time::Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let mut stdout = String::new();
                if let Some(mut out) = child.stdout.take() {
                    let _ = std::io::Read::read_to_string(&mut out, &mut stdout);
                }
                return match status.code() {
                    Some(0 | 1) => Ended::Normally(stdout),
                    code => Ended::Abnormally(code),
                };
            }
            Ok(None) if started.elapsed() < timeout => std::thread::sleep(Duration::from_millis(2)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Ended::Hung;
            }
        }
    }
}
