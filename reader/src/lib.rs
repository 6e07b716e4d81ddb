//! The cache reader for JavaScript tooling (the npm package's `soda-cache/reader`): the same
//! names, checks and archived data the plugin uses, as JSON. Bytes in, values out: reading
//! files is the JavaScript side's job.

use serde_json::{json, Value};
use soda_cache_format::{
    ArchivedDefinition, ArchivedOutcome, ArchivedShardKind, CacheFile, FileKind,
};
use wasm_bindgen::prelude::*;

/// The cache key of `file` for the cache at `cache_dir` (both relative to one directory,
/// `/` or `\\` separated): the path from the cache dir to the file, which names its shard and
/// artifact module.
#[wasm_bindgen(js_name = cacheKey)]
pub fn cache_key(cache_dir: &str, file: &str) -> String {
    soda_analysis::source_path::relative(cache_dir, file)
}

/// The file name of the shard for `cache_key` (inside `shards/`).
#[wasm_bindgen(js_name = shardFileName)]
pub fn shard_file_name(cache_key: &str) -> String {
    soda_cache_format::shard_file_name(cache_key)
}

/// The file name of the artifact module for `cache_key` (inside `modules/`).
#[wasm_bindgen(js_name = moduleFileName)]
pub fn module_file_name(cache_key: &str) -> String {
    soda_cache_format::artifact_module_file_name(cache_key)
}

/// The xxh3 of `bytes` as 16 hex digits (what a shard records of its source).
#[wasm_bindgen(js_name = contentHash)]
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
}

/// A shard as JSON: `{ sourcePath, cacheKey, contentHash, kind, toolVersion, definitions }`.
/// Errors (truncated, corrupt, another format version) say what is wrong.
#[wasm_bindgen(js_name = readShard)]
pub fn read_shard(bytes: &[u8]) -> Result<String, JsError> {
    read_shard_value(bytes)
        .map(|v| v.to_string())
        .map_err(|e| JsError::new(&e))
}

/// The manifest as JSON: `{ configDir, graphqlSystemAliases, graphqlSystemDir, stubFiles,
/// schemas, toolVersion }`.
#[wasm_bindgen(js_name = readManifest)]
pub fn read_manifest(bytes: &[u8]) -> Result<String, JsError> {
    read_manifest_value(bytes)
        .map(|v| v.to_string())
        .map_err(|e| JsError::new(&e))
}

/// Whether the shard was built from other bytes than `source` (the file changed since).
#[wasm_bindgen(js_name = isStale)]
pub fn is_stale(shard: &[u8], source: &[u8]) -> Result<bool, JsError> {
    let file = verified(shard, FileKind::Shard).map_err(|e| JsError::new(&e))?;
    let archived = file.shard().map_err(|e| JsError::new(&e.to_string()))?;
    Ok(archived.content_hash.to_native() != xxhash_rust::xxh3::xxh3_64(source))
}

fn verified(bytes: &[u8], kind: FileKind) -> Result<CacheFile, String> {
    CacheFile::from_bytes(std::path::Path::new("cache file"), bytes.to_vec(), kind)
        .map_err(|e| e.to_string())
}

/// [`read_shard`] as a value (the native tests use it).
pub fn read_shard_value(bytes: &[u8]) -> Result<Value, String> {
    let file = verified(bytes, FileKind::Shard)?;
    let shard = file.shard().map_err(|e| e.to_string())?;
    Ok(json!({
        "sourcePath": shard.source_path.as_str(),
        "cacheKey": shard.cache_key.as_str(),
        "contentHash": format!("{:016x}", shard.content_hash.to_native()),
        "kind": match shard.kind { ArchivedShardKind::Stub => "stub", ArchivedShardKind::Definitions => "definitions" },
        "toolVersion": file.tool_version(),
        "definitions": shard.definitions.iter().map(definition).collect::<Vec<_>>(),
    }))
}

/// [`read_manifest`] as a value.
pub fn read_manifest_value(bytes: &[u8]) -> Result<Value, String> {
    let file = verified(bytes, FileKind::Manifest)?;
    let manifest = file.manifest().map_err(|e| e.to_string())?;
    Ok(json!({
        "configDir": manifest.config_dir.as_str(),
        "graphqlSystemAliases": manifest.graphql_system_aliases.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        "graphqlSystemDir": manifest.graphql_system_dir.as_str(),
        "stubFiles": manifest.stub_files.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        "schemas": manifest.schemas.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        "toolVersion": file.tool_version(),
    }))
}

fn definition(d: &ArchivedDefinition) -> Value {
    let outcome = match &d.outcome {
        ArchivedOutcome::Fragment(f) => {
            json!({ "type": "fragment", "typename": f.typename.as_str(), "key": f.key.as_str() })
        }
        ArchivedOutcome::Operation(op) => json!({
            "type": "operation",
            "operationType": op.operation_type.as_str(),
            "operationName": op.operation_name.as_str(),
            "prebuild": serde_json::from_str::<Value>(op.prebuild_json.as_str()).unwrap_or(Value::Null),
            "text": op.text.as_str(),
            "sha256": op.sha256.as_str(),
        }),
        ArchivedOutcome::Failed(diagnostics) => json!({
            "type": "failed",
            "diagnostics": diagnostics.iter().map(|x| json!({
                "code": x.code.as_str(), "message": x.message.as_str(), "file": x.file.as_str(),
                "line": x.line.to_native(), "column": x.column.to_native(),
            })).collect::<Vec<_>>(),
        }),
    };
    json!({
        "canonicalId": d.canonical_id.as_str(),
        "schema": d.schema.as_str(),
        "fingerprint": soda_cache_format::fingerprint_hex(d.fingerprint.to_native()),
        "outcome": outcome,
    })
}
