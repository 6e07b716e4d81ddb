//! The byte layout is a contract between a native builder and a wasm plugin: pinned by golden
//! files, checked on both targets (`cargo test --target wasm32-wasip1` runs this file too).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::Path;

use soda_cache_format::*;

const TOOL: &str = "0.0.0-golden";

fn manifest() -> Manifest {
    Manifest {
        config_hash: 0x0123_4567_89ab_cdef,
        config_dir: "..".into(),
        graphql_system_aliases: vec!["@/graphql-system".into()],
        graphql_system_dir: "src/graphql-system".into(),
        stub_files: vec!["src/graphql-system/index.ts".into()],
        schemas: vec!["default".into(), "admin".into()],
    }
}

fn shard() -> Shard {
    Shard {
        source_path: "src/user.ts".into(),
        cache_key: "../src/user.ts".into(),
        content_hash: 42,
        kind: ShardKind::Definitions,
        graphql_system: GraphqlSystemNames {
            aliases: vec!["@/graphql-system".into()],
            dir: "src/graphql-system".into(),
        },
        definitions: vec![
            Definition {
                canonical_id: "src/user.ts::userFragment".into(),
                schema: "default".into(),
                fingerprint: 7,
                outcome: Outcome::Fragment(FragmentArtifact {
                    typename: "User".into(),
                    key: "UserFragment".into(),
                }),
            },
            Definition {
                canonical_id: "src/user.ts::getUser".into(),
                schema: "default".into(),
                fingerprint: 8,
                outcome: Outcome::Operation(OperationArtifact {
                    operation_type: "query".into(),
                    operation_name: "GetUser".into(),
                    variable_names: vec!["id".into()],
                    prebuild_json:
                        "{\"operationType\":\"query\",\"document\":{\"kind\":\"Document\"}}".into(),
                    text: "query GetUser($id: ID!) {\n  user(id: $id) {\n    id\n  }\n}".into(),
                    sha256: "00".into(),
                }),
            },
            Definition {
                canonical_id: "src/user.ts::broken".into(),
                schema: "default".into(),
                fingerprint: 9,
                outcome: Outcome::Failed(vec![StoredDiagnostic {
                    code: "GRAPHQL_UNDEFINED_FIELD".into(),
                    message: "type `User` does not have a field `nope`".into(),
                    file: "src/user.ts".into(),
                    line: 3,
                    column: 5,
                }]),
            },
        ],
    }
}

fn check_golden(name: &str, actual: &[u8], golden: &[u8]) {
    if std::env::var_os("UPDATE").is_some() && cfg!(not(target_family = "wasm")) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden")
            .join(name);
        std::fs::write(path, actual).unwrap();
        return;
    }
    assert_eq!(
        actual, golden,
        "{name}: the cache byte layout changed; bump FORMAT_VERSION and rerun with UPDATE=1"
    );
}

#[test]
fn encoding_matches_the_golden_bytes() {
    check_golden(
        "manifest.bin",
        &encode_manifest(&manifest(), TOOL).unwrap(),
        include_bytes!("golden/manifest.bin"),
    );
    check_golden(
        "shard.bin",
        &encode_shard(&shard(), TOOL).unwrap(),
        include_bytes!("golden/shard.bin"),
    );
}

#[test]
fn golden_bytes_decode_to_the_same_values() {
    let file = CacheFile::from_bytes(
        Path::new("shard.bin"),
        include_bytes!("golden/shard.bin").to_vec(),
        FileKind::Shard,
    )
    .unwrap();
    assert_eq!(file.tool_version(), TOOL);
    let archived = file.shard().unwrap();
    let decoded: Shard = rkyv::deserialize::<_, rkyv::rancor::Error>(archived).unwrap();
    assert_eq!(decoded, shard());
    let file = CacheFile::from_bytes(
        Path::new("manifest.bin"),
        include_bytes!("golden/manifest.bin").to_vec(),
        FileKind::Manifest,
    )
    .unwrap();
    let decoded: Manifest =
        rkyv::deserialize::<_, rkyv::rancor::Error>(file.manifest().unwrap()).unwrap();
    assert_eq!(decoded, manifest());
}

fn read(bytes: Vec<u8>, kind: FileKind) -> Result<(), CacheError> {
    let file = CacheFile::from_bytes(Path::new("x.rkyv"), bytes, kind)?;
    match kind {
        FileKind::Shard => file.shard().map(|_| ()),
        FileKind::Manifest => file.manifest().map(|_| ()),
    }
}

#[test]
fn damaged_files_are_errors_not_panics() {
    let good = encode_shard(&shard(), TOOL).unwrap();
    assert!(read(good.clone(), FileKind::Shard).is_ok());
    assert!(matches!(
        read(good.clone(), FileKind::Manifest),
        Err(CacheError::WrongKind { .. })
    ));
    for len in [0, 4, 20, envelope::HEADER_LEN, good.len() - 1] {
        let truncated = good[..len].to_vec();
        assert!(
            read(truncated, FileKind::Shard).is_err(),
            "truncated to {len}"
        );
    }
    for at in (0..good.len()).step_by(7) {
        let mut flipped = good.clone();
        flipped[at] ^= 0x10;
        // A flip in the tool-version bytes is not corruption of the payload.
        if (32..envelope::HEADER_LEN).contains(&at) {
            continue;
        }
        assert!(read(flipped, FileKind::Shard).is_err(), "bit flip at {at}");
    }
    let mut wrong_version = good;
    wrong_version[8] = 99;
    assert!(matches!(
        read(wrong_version, FileKind::Shard),
        Err(CacheError::FormatVersion { found: 99, .. })
    ));
}

#[cfg(not(target_family = "wasm"))]
#[test]
fn atomic_writes_skip_identical_content() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/file.rkyv");
    assert_eq!(write_atomic(&path, b"one").unwrap(), WriteOutcome::Written);
    assert_eq!(
        write_atomic(&path, b"one").unwrap(),
        WriteOutcome::Unchanged
    );
    assert_eq!(write_atomic(&path, b"two").unwrap(), WriteOutcome::Written);
    assert_eq!(std::fs::read(&path).unwrap(), b"two");
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}
