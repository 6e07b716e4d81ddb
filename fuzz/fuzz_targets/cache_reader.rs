//! Any bytes read as a shard or a manifest: an error or a value, never a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use soda_cache_format::{CacheFile, FileKind};

fuzz_target!(|data: &[u8]| {
    for kind in [FileKind::Shard, FileKind::Manifest] {
        if let Ok(file) = CacheFile::from_bytes(Path::new("fuzz.rkyv"), data.to_vec(), kind) {
            let _ = file.shard().map(|s| s.definitions.len());
            let _ = file.manifest().map(|m| m.schemas.len());
        }
    }
    let _ = soda_cache_format::artifact_module_is_intact(data);
});
