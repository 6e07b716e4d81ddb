//! Writing the results: the rkyv cache (manifest, one shard and one artifact module per source
//! file with definitions) and soda-gql's artifact JSON.

mod artifact_json;
mod artifact_module;
mod keep;

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use serde_json::json;
use soda_cache_format::{
    artifact_module_file_name, encode_manifest, encode_shard, shard_file_name, write_atomic,
    Definition, GraphqlSystemNames, Manifest, Outcome, Shard, ShardKind, WriteOutcome,
    MANIFEST_FILE, MODULES_DIR, SHARDS_DIR,
};

pub use artifact_json::artifact_json;
pub use artifact_module::{artifact_module, js_string};
use keep::remove_unlisted;
pub use keep::Keep;

use super::compile::CompiledDefinition;
use super::finalize::DefinitionTable;
use super::project::Project;
use super::BuildError;
use crate::config::Config;
use crate::paths;

/// The builder's version, stamped into every cache file.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// What one [`write_cache`] wrote.
#[derive(Debug, Default, Clone)]
pub struct Written {
    pub files: usize,
    pub bytes: u64,
    /// Cache files whose bytes changed, relative to the cache dir (`/`-separated).
    pub changed: Vec<String>,
    /// Cache files removed, relative to the cache dir.
    pub removed: Vec<String>,
}

/// Every file the cache holds (relative to the cache dir) and the xxh3 of its bytes.
#[derive(Debug, Default, Clone)]
pub struct CacheIndex {
    pub files: BTreeMap<String, u64>,
}

/// The shards last written, by source path: lets a session skip unchanged files entirely.
pub type ShardMemo = rustc_hash::FxHashMap<String, Shard>;

/// A session's previous write: its shards and the source files whose shards may differ now.
pub struct PreviousWrite<'a> {
    pub memo: ShardMemo,
    pub dirty: &'a HashSet<String>,
}

/// The manifest for this config, with the cache at `cache_dir`.
pub fn manifest(config: &Config, cache_dir: &Path, config_hash: u64) -> Manifest {
    let mut stub_files = vec![format!("{}/index.ts", config.relative(&config.outdir))];
    for schema in &config.schemas {
        stub_files.extend(schema.inject_files.iter().map(|p| config.relative(p)));
    }
    stub_files.sort();
    stub_files.dedup();
    Manifest {
        config_hash,
        config_dir: paths::relative_slash(cache_dir, &config.dir),
        graphql_system_aliases: config.graphql_system_aliases.clone(),
        graphql_system_dir: config.relative(&config.outdir),
        stub_files,
        schemas: config.schemas.iter().map(|s| s.name.clone()).collect(),
    }
}

/// Upstream's `prebuild` of a compiled definition as compact JSON text (an operation's is the
/// stored text, never parsed again: its metadata carries ECMAScript number formatting), with
/// its element type.
fn prebuild_text(entry: &CompiledDefinition) -> Option<(&'static str, std::borrow::Cow<'_, str>)> {
    match &entry.outcome {
        Outcome::Fragment(f) => Some((
            "fragment",
            json!({ "typename": f.typename, "key": f.key, "schemaLabel": entry.schema })
                .to_string()
                .into(),
        )),
        Outcome::Operation(op) => Some(("operation", op.prebuild_json.as_str().into())),
        Outcome::Failed(_) => None,
    }
}

/// Where a cache is written, and what its file names are relative to.
pub struct CacheTarget<'a> {
    /// The directory written into (the cache dir, or a `--write-delta` directory).
    pub dir: &'a Path,
    /// The cache dir the plugin reads: shards are named after sources relative to it.
    pub key_base: &'a Path,
    /// The config dir (sources are relative to it in ids).
    pub config_dir: &'a Path,
    pub manifest: &'a Manifest,
}

impl CacheTarget<'_> {
    /// The cache key of a source file (its path relative to the cache dir).
    pub fn key(&self, source: &str) -> String {
        paths::relative_slash(self.key_base, &self.config_dir.join(source))
    }

    fn graphql_system(&self) -> GraphqlSystemNames {
        GraphqlSystemNames {
            aliases: self.manifest.graphql_system_aliases.clone(),
            dir: self.manifest.graphql_system_dir.clone(),
        }
    }
}

/// The shard of one file's entries.
fn shard(
    target: &CacheTarget<'_>,
    source_path: &str,
    content_hash: u64,
    entries: &[Arc<CompiledDefinition>],
) -> Shard {
    Shard {
        source_path: source_path.to_owned(),
        cache_key: target.key(source_path),
        content_hash,
        kind: ShardKind::Definitions,
        graphql_system: target.graphql_system(),
        definitions: entries
            .iter()
            .map(|entry| Definition {
                canonical_id: entry.canonical_id.to_string(),
                schema: entry.schema.clone(),
                fingerprint: entry.fingerprint,
                outcome: entry.outcome.clone(),
            })
            .collect(),
    }
}

/// The shard of a stub file (the graphql-system entry, an inject file).
fn stub_shard(target: &CacheTarget<'_>, source_path: &str) -> Shard {
    Shard {
        source_path: source_path.to_owned(),
        cache_key: target.key(source_path),
        content_hash: 0,
        kind: ShardKind::Stub,
        graphql_system: target.graphql_system(),
        definitions: Vec::new(),
    }
}

/// The cache files of the source with `cache_key`: its shard and its artifact module.
fn files_of(cache_key: &str) -> [String; 2] {
    [
        format!("{SHARDS_DIR}/{}", shard_file_name(cache_key)),
        format!("{MODULES_DIR}/{}", artifact_module_file_name(cache_key)),
    ]
}

/// Writes files into one cache dir, keeping count and the index current.
struct Writer<'a> {
    dir: &'a Path,
    written: Written,
    index: &'a mut CacheIndex,
}

impl Writer<'_> {
    fn write(&mut self, name: String, bytes: &[u8]) -> Result<(), BuildError> {
        self.write_all(vec![(name, bytes.to_vec())])
    }

    /// Writes `files` in parallel (the kernel's file creation dominates a cold build), then
    /// records what changed in name order.
    fn write_all(&mut self, mut files: Vec<(String, Vec<u8>)>) -> Result<(), BuildError> {
        use rayon::prelude::*;
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let dir = self.dir;
        let outcomes: Vec<_> = files
            .par_iter()
            .map(|(name, bytes)| {
                let path = dir.join(name);
                let outcome =
                    write_atomic(&path, bytes).map_err(|source| BuildError::Write { path, source });
                (outcome, xxhash_rust::xxh3::xxh3_64(bytes))
            })
            .collect();
        for ((name, bytes), (outcome, hash)) in files.into_iter().zip(outcomes) {
            if outcome? == WriteOutcome::Written {
                self.written.files += 1;
                self.written.bytes += bytes.len() as u64;
                self.written.changed.push(name.clone());
            }
            self.index.files.insert(name, hash);
        }
        Ok(())
    }

    fn remove(&mut self, name: &str) {
        if std::fs::remove_file(self.dir.join(name)).is_ok() {
            self.written.removed.push(name.to_owned());
        }
        self.index.files.remove(name);
    }

    /// Records a file left as it is (the cache of an unreadable source).
    fn keep(&mut self, name: &str) {
        if self.index.files.contains_key(name) {
            return;
        }
        if let Ok(bytes) = std::fs::read(self.dir.join(name)) {
            self.index
                .files
                .insert(name.to_owned(), xxhash_rust::xxh3::xxh3_64(&bytes));
        }
    }
}

/// Writes the shards and artifact modules (each atomically; unchanged files untouched) and the
/// stub shards, removes those of files that no longer have definitions, then writes the
/// manifest. The cache files of `keep` sources (unreadable now) are left as they are. With
/// `previous`, shards equal to what this session wrote last are neither encoded nor compared
/// on disk.
pub fn write_cache(
    target: &CacheTarget<'_>,
    project: &Project,
    table: &DefinitionTable,
    previous: Option<PreviousWrite<'_>>,
    keep: &Keep,
    index: &mut CacheIndex,
) -> Result<(Written, ShardMemo), BuildError> {
    let mut writer = Writer {
        dir: target.dir,
        written: Written::default(),
        index,
    };
    let (mut previous_memo, dirty) = match previous {
        Some(p) => (Some(p.memo), Some(p.dirty)),
        None => (None, None),
    };
    let stubs: HashSet<&str> = target
        .manifest
        .stub_files
        .iter()
        .map(String::as_str)
        .collect();
    let mut memo = ShardMemo::with_capacity_and_hasher(table.entries.len(), Default::default());
    let mut pending: Vec<(Shard, &str, &[Arc<CompiledDefinition>])> = Vec::new();
    for run in table.entries.chunk_by(|a, b| a.file == b.file) {
        let Some(analysis) = project.by_id(run[0].file) else {
            continue;
        };
        let source = &analysis.relative_path;
        if stubs.contains(source.as_str()) {
            continue; // the plugin replaces a stub file whatever it defines
        }
        let before = match (previous_memo.as_mut().and_then(|p| p.remove(source)), dirty) {
            (Some(before), Some(dirty)) if !dirty.contains(source) => {
                // Nothing in this file changed: not even re-encoded.
                memo.insert(source.clone(), before);
                continue;
            }
            (before, _) => before,
        };
        let shard = shard(target, source, analysis.content_hash, run);
        if before.as_ref() != Some(&shard) {
            pending.push((shard.clone(), source, run));
        }
        memo.insert(source.clone(), shard);
    }
    writer.write_all(encode_files(&pending)?)?;
    for stub in &target.manifest.stub_files {
        let shard = stub_shard(target, stub);
        let before = previous_memo.as_mut().and_then(|p| p.remove(stub));
        if before.as_ref() != Some(&shard) {
            let [shard_name, _] = files_of(&shard.cache_key);
            writer.write(shard_name, &encode(&shard)?)?;
        }
        memo.insert(stub.clone(), shard);
    }
    let kept: HashSet<String> = keep
        .files
        .iter()
        .flat_map(|source| files_of(&target.key(source)))
        .collect();
    for name in &kept {
        writer.keep(name);
    }
    match previous_memo {
        Some(previous) => {
            for (_, gone) in previous.into_iter().filter(|(s, _)| !keep.covers(s)) {
                for name in files_of(&gone.cache_key) {
                    writer.remove(&name);
                }
            }
        }
        None => remove_unlisted(&mut writer, &memo, &kept, keep),
    }
    // The manifest goes last: a reader that sees it sees shards at least as new.
    let bytes = encode_manifest(target.manifest, TOOL_VERSION)
        .map_err(|e| BuildError::Encode(e.to_string()))?;
    writer.write(MANIFEST_FILE.to_owned(), &bytes)?;
    Ok((writer.written, memo))
}

/// A cache file to write: its name (relative to the cache dir) and bytes.
type FileBytes = (String, Vec<u8>);

/// The shard and artifact module bytes of each changed source, encoded in parallel.
fn encode_files(
    pending: &[(Shard, &str, &[Arc<CompiledDefinition>])],
) -> Result<Vec<FileBytes>, BuildError> {
    use rayon::prelude::*;
    let encoded: Result<Vec<[FileBytes; 2]>, BuildError> = pending
        .par_iter()
        .map(|(shard, source, run)| {
            let [shard_name, module_name] = files_of(&shard.cache_key);
            let entries: Vec<&CompiledDefinition> = run.iter().map(|e| &**e).collect();
            Ok([
                (shard_name, encode(shard)?),
                (module_name, artifact_module(source, &entries).into_bytes()),
            ])
        })
        .collect();
    Ok(encoded?.into_iter().flatten().collect())
}

fn encode(shard: &Shard) -> Result<Vec<u8>, BuildError> {
    encode_shard(shard, TOOL_VERSION).map_err(|e| BuildError::Encode(e.to_string()))
}
