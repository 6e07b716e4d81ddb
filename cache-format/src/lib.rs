//! The on-disk contract between the soda-cache builder and the SWC plugin.
//!
//! A cache directory holds `manifest.rkyv` and one `shards/<hash>.rkyv` per source file with
//! definitions. Every file is an [`envelope`] (magic, format version, tool version, checksum)
//! around an rkyv archive of a [`model`] type. Only the builder writes; files are replaced by
//! temp + rename, so a reader never sees a torn file. No SWC and no GraphQL here: this crate
//! compiles for the native target and for `wasm32-wasip1` with the same byte layout.

pub mod envelope;
pub mod layout;
pub mod model;
mod write;

pub use envelope::has_cache_magic;
pub use envelope::{CacheError, CacheFile, FileKind, FORMAT_VERSION};
pub use layout::{
    artifact_module_file_name, artifact_module_is_intact, fingerprint_hex, is_cache_file_name,
    is_temp_file_name, manifest_path, seal_artifact_module, shard_file_name, shard_path,
    MANIFEST_FILE, MODULES_DIR, SHARDS_DIR,
};
pub use model::*;
pub use write::{encode_manifest, encode_shard, write_atomic, write_output, WriteOutcome};
