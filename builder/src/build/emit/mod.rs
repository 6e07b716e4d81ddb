//! Writing the results: the rkyv cache (manifest, one shard and one artifact module per source
//! file with definitions) and soda-gql's artifact JSON.

mod artifact_json;
mod artifact_module;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use serde_json::{json, Value as Json};
use soda_cache_format::{
    artifact_module_file_name, encode_manifest, encode_shard, is_cache_file_name, shard_file_name,
    write_atomic, Definition, Manifest, Outcome, Shard, WriteOutcome, MANIFEST_FILE, MODULES_DIR,
    SHARDS_DIR,
};

pub use artifact_json::artifact_json;
pub use artifact_module::{artifact_module, js_string};

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
pub type ShardMemo = HashMap<String, Shard>;

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

/// Upstream's `prebuild` of a compiled definition, with its element type.
fn prebuild(entry: &CompiledDefinition) -> Option<(&'static str, Json)> {
    match &entry.outcome {
        Outcome::Fragment(f) => Some((
            "fragment",
            json!({ "typename": f.typename, "key": f.key, "schemaLabel": entry.schema }),
        )),
        Outcome::Operation(op) => serde_json::from_str(&op.prebuild_json)
            .ok()
            .map(|p| ("operation", p)),
        Outcome::Failed(_) => None,
    }
}

/// The shard of one file's entries.
fn shard(source_path: &str, content_hash: u64, entries: &[Arc<CompiledDefinition>]) -> Shard {
    Shard {
        source_path: source_path.to_owned(),
        content_hash,
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

/// The cache files of one source: its shard and its artifact module.
fn files_of(source: &str) -> [String; 2] {
    [
        format!("{SHARDS_DIR}/{}", shard_file_name(source)),
        format!("{MODULES_DIR}/{}", artifact_module_file_name(source)),
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
        let path = self.dir.join(&name);
        match write_atomic(&path, bytes) {
            Ok(WriteOutcome::Written) => {
                self.written.files += 1;
                self.written.bytes += bytes.len() as u64;
                self.written.changed.push(name.clone());
            }
            Ok(WriteOutcome::Unchanged) => {}
            Err(source) => return Err(BuildError::Write { path, source }),
        }
        self.index
            .files
            .insert(name, xxhash_rust::xxh3::xxh3_64(bytes));
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

/// Writes the shards and artifact modules (each atomically; unchanged files untouched), removes
/// those of files that no longer have definitions, then writes the manifest. The cache files of
/// `keep` sources (unreadable now) are left as they are. With `previous`, shards equal to
/// what this session wrote last are neither encoded nor compared on disk.
pub fn write_cache(
    dir: &Path,
    manifest: &Manifest,
    project: &Project,
    table: &DefinitionTable,
    previous: Option<PreviousWrite<'_>>,
    keep: &HashSet<String>,
    index: &mut CacheIndex,
) -> Result<(Written, ShardMemo), BuildError> {
    let mut writer = Writer {
        dir,
        written: Written::default(),
        index,
    };
    let (mut previous_memo, dirty) = match previous {
        Some(p) => (Some(p.memo), Some(p.dirty)),
        None => (None, None),
    };
    let mut memo = ShardMemo::new();
    for run in table.entries.chunk_by(|a, b| a.file == b.file) {
        let Some(analysis) = project.by_id(run[0].file) else {
            continue;
        };
        let source = &analysis.relative_path;
        let before = previous_memo.as_mut().and_then(|p| p.remove(source));
        if let (Some(before), Some(dirty)) = (&before, dirty) {
            if !dirty.contains(source) {
                // Nothing in this file changed: not even re-encoded.
                memo.insert(source.clone(), before.clone());
                continue;
            }
        }
        let shard = shard(source, analysis.content_hash, run);
        if before.as_ref() != Some(&shard) {
            let bytes = encode_shard(&shard, TOOL_VERSION)
                .map_err(|e| BuildError::Encode(e.to_string()))?;
            let [shard_name, module_name] = files_of(source);
            writer.write(shard_name, &bytes)?;
            let entries: Vec<&CompiledDefinition> = run.iter().map(|e| &**e).collect();
            writer.write(module_name, artifact_module(source, &entries).as_bytes())?;
        }
        memo.insert(source.clone(), shard);
    }
    let kept: HashSet<String> = keep.iter().flat_map(|s| files_of(s)).collect();
    for name in &kept {
        writer.keep(name);
    }
    match previous_memo {
        Some(previous) => {
            for gone in previous.keys().filter(|s| !keep.contains(*s)) {
                for name in files_of(gone) {
                    writer.remove(&name);
                }
            }
        }
        None => remove_unlisted(&mut writer, &memo, &kept),
    }
    // The manifest goes last: a reader that sees it sees shards at least as new.
    let bytes =
        encode_manifest(manifest, TOOL_VERSION).map_err(|e| BuildError::Encode(e.to_string()))?;
    writer.write(MANIFEST_FILE.to_owned(), &bytes)?;
    Ok((writer.written, memo))
}

/// A full write removes every cache-named file it did not write (a previous build's leftovers).
fn remove_unlisted(writer: &mut Writer<'_>, memo: &ShardMemo, kept: &HashSet<String>) {
    let listed: HashSet<String> = memo.keys().flat_map(|s| files_of(s)).collect();
    for folder in [SHARDS_DIR, MODULES_DIR] {
        let Ok(entries) = std::fs::read_dir(writer.dir.join(folder)) else {
            continue;
        };
        let mut names: Vec<String> = entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| is_cache_file_name(folder, name))
            .map(|name| format!("{folder}/{name}"))
            .collect();
        names.sort();
        for name in names {
            if !listed.contains(&name) && !kept.contains(&name) {
                writer.remove(&name);
            }
        }
    }
}
