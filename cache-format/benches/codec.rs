//! Encoding and decoding cache files: what the builder pays per changed file and the plugin
//! per transformed file. The shard is sized like a `benchmarks/large-app` feature file (three
//! operations whose `prebuild` JSON is a few kilobytes each, and a fragment).
//!
//!   cargo bench -p soda-cache-format --bench codec
//!
//! Native only (criterion does not target wasm32-wasip1; the plugin's own timing is
//! bench/plugin-per-file.mjs). Not part of `cargo test`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: a broken encoder should stop it loudly"
)]

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use soda_cache_format::*;

const TOOL: &str = "0.0.0-bench";

/// A `DocumentNode`-like JSON of about `fields` selections, as the builder stores it.
fn prebuild(name: &str, fields: usize) -> String {
    let selections: Vec<String> = (0..fields)
        .map(|i| {
            format!(
                "{{\"kind\":\"Field\",\"name\":{{\"kind\":\"Name\",\"value\":\"field{i}\"}},\"arguments\":[],\"directives\":[]}}"
            )
        })
        .collect();
    format!(
        "{{\"operationType\":\"query\",\"operationName\":\"{name}\",\"schemaLabel\":\"default\",\"document\":{{\"kind\":\"Document\",\"definitions\":[{{\"kind\":\"OperationDefinition\",\"operation\":\"query\",\"selectionSet\":{{\"kind\":\"SelectionSet\",\"selections\":[{}]}}}}]}},\"variableNames\":[\"id\",\"first\"]}}",
        selections.join(",")
    )
}

fn shard() -> Shard {
    let operation = |name: &str| Definition {
        canonical_id: format!("src/features/invoice-board/queries.ts::{name}"),
        schema: "default".into(),
        fingerprint: 0x1234_5678,
        outcome: Outcome::Operation(OperationArtifact {
            operation_type: "query".into(),
            operation_name: name.into(),
            variable_names: vec!["id".into(), "first".into()],
            prebuild_json: prebuild(name, 40),
            text: format!(
                "query {name}($id: ID!, $first: Int = 10) {{\n{}}}",
                "  field\n".repeat(40)
            ),
            sha256: "0".repeat(64),
        }),
    };
    Shard {
        source_path: "src/features/invoice-board/queries.ts".into(),
        cache_key: "../src/features/invoice-board/queries.ts".into(),
        content_hash: 42,
        kind: ShardKind::Definitions,
        graphql_system: GraphqlSystemNames {
            aliases: vec!["@/graphql-system".into()],
            dir: "src/graphql-system".into(),
        },
        definitions: vec![
            operation("GetInvoiceBoard"),
            operation("ListInvoiceBoard"),
            operation("UpdateInvoiceBoard"),
            Definition {
                canonical_id: "src/features/invoice-board/queries.ts::invoiceBoardRow".into(),
                schema: "default".into(),
                fingerprint: 7,
                outcome: Outcome::Fragment(FragmentArtifact {
                    typename: "Invoice".into(),
                    key: "InvoiceBoardRow".into(),
                }),
            },
        ],
    }
}

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

fn benches(c: &mut Criterion) {
    let shard = shard();
    let bytes = encode_shard(&shard, TOOL).unwrap();
    let manifest = manifest();
    let manifest_bytes = encode_manifest(&manifest, TOOL).unwrap();
    let path = Path::new("shard.rkyv");
    let mut group = c.benchmark_group("cache");
    group.bench_function("encode_shard", |b| {
        b.iter(|| encode_shard(black_box(&shard), TOOL).unwrap())
    });
    group.bench_function("encode_manifest", |b| {
        b.iter(|| encode_manifest(black_box(&manifest), TOOL).unwrap())
    });
    // What the plugin does per file: verify the envelope (checksum), validate the archive and
    // read every definition's id and outcome.
    group.bench_function("decode_shard", |b| {
        b.iter(|| {
            let file =
                CacheFile::from_bytes(path, black_box(bytes.clone()), FileKind::Shard).unwrap();
            let shard = file.shard().unwrap();
            shard
                .definitions
                .iter()
                .map(|d| {
                    d.canonical_id.len()
                        + usize::from(matches!(d.outcome, ArchivedOutcome::Operation(_)))
                })
                .sum::<usize>()
        })
    });
    group.bench_function("decode_manifest", |b| {
        b.iter(|| {
            let file =
                CacheFile::from_bytes(path, black_box(manifest_bytes.clone()), FileKind::Manifest)
                    .unwrap();
            file.manifest().unwrap().schemas.len()
        })
    });
    group.finish();
}

criterion_group!(codec, benches);
criterion_main!(codec);
