//! The builder's hot functions, on files of the committed `benchmarks/large-app` fixture (the
//! shapes the whole-app harness measures): analysing one file (read as text: parse, find the
//! definitions, extract their IR, collect imports), and compiling one page document whose
//! fragment chain spans five files — inlining, printing, validating and the `DocumentNode`
//! JSON, each alone and together.
//!
//!   cargo bench -p soda-cache --bench hot [-- FILTER]
//!
//! Not part of `cargo test`. The whole-app numbers come from `npm run perf:builder`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a benchmark: a broken fixture should stop it loudly"
)]

use std::collections::HashMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};
use soda_cache::build::{AnalysisContext, BuildInputs, FileAnalysis};
use soda_cache::config::Config;
use soda_cache::diagnostic::{BuilderCode, Diagnostic, FileId, Origin};
use soda_cache::document::inline::{inline, DefIndex, FragmentSource};
use soda_cache::document::ir::{DefinitionIr, FragmentIr, FragmentRef, OperationIr};
use soda_cache::document::print::print_operation;
use soda_cache::document::validate::validate_printed;
use soda_cache::document::{json, OperationDocument};

/// One file of each kind the app has, and the page whose document is compiled.
const FILES: &[(&str, &str)] = &[
    ("entity fragments", "src/entities/invoice/fragments.ts"),
    ("feature queries", "src/features/invoice-board/queries.ts"),
    ("page with JSX", "src/pages/user/overview/page.tsx"),
    (
        "plain component",
        "src/features/invoice-board/components/InvoiceBoardView.tsx",
    ),
];
const PAGE: &str = "src/pages/user/overview/page.tsx";

fn app() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../benchmarks/large-app")
}

fn analyze(context: &AnalysisContext<'_>, relative: &str) -> FileAnalysis {
    let path = context.config.dir.join(relative);
    let text = std::fs::read_to_string(&path).unwrap();
    context.analyze_text(&path, FileId(0), &text)
}

/// Every fragment of the app by exported name (the fixture never renames on import), as the
/// inliner's fragment source. Definition 0 is the operation being compiled.
struct Fragments {
    by_name: HashMap<String, DefIndex>,
    irs: Vec<FragmentIr>,
}

impl Fragments {
    fn load(context: &AnalysisContext<'_>) -> Self {
        let mut fragments = Fragments {
            by_name: HashMap::new(),
            irs: Vec::new(),
        };
        for folder in ["src/entities", "src/features"] {
            for entry in std::fs::read_dir(context.config.dir.join(folder)).unwrap() {
                let relative = format!(
                    "{folder}/{}/fragments.ts",
                    entry.unwrap().file_name().to_string_lossy()
                );
                for definition in analyze(context, &relative).definitions {
                    if let Ok(extracted) = definition.extracted {
                        if let DefinitionIr::Fragment(fragment) = extracted.ir {
                            fragments
                                .by_name
                                .insert(definition.site.ast_path, fragments.irs.len() + 1);
                            fragments.irs.push(fragment);
                        }
                    }
                }
            }
        }
        fragments
    }
}

impl FragmentSource for Fragments {
    fn resolve(
        &self,
        _from: DefIndex,
        target: &FragmentRef,
        origin: Origin,
    ) -> Result<DefIndex, Diagnostic> {
        self.by_name.get(&target.local).copied().ok_or_else(|| {
            BuilderCode::UnresolvedFragment.at(origin, format!("no fragment {target}"))
        })
    }

    fn fragment(&self, def: DefIndex, _origin: Origin) -> Result<&FragmentIr, Diagnostic> {
        Ok(&self.irs[def - 1])
    }
}

fn benches(c: &mut Criterion) {
    let inputs = BuildInputs::load(Config::discover(&app()).unwrap()).unwrap();
    let context = AnalysisContext::new(&inputs.config, &inputs.schemas, inputs.ts_paths.as_ref());

    let mut group = c.benchmark_group("analyze_file");
    for (name, relative) in FILES {
        let path = context.config.dir.join(relative);
        let text = std::fs::read_to_string(&path).unwrap();
        group.bench_function(*name, |b| {
            b.iter(|| context.analyze_text(&path, FileId(0), black_box(&text)))
        });
    }
    group.finish();

    let fragments = Fragments::load(&context);
    let page = analyze(&context, PAGE);
    let Some(Ok(extracted)) = page.definitions.first().map(|d| d.extracted.as_ref()) else {
        panic!("{PAGE} has no compilable definition");
    };
    let DefinitionIr::Operation(op) = &extracted.ir else {
        panic!("{PAGE} defines no operation");
    };
    let schema = &inputs.schemas["default"];
    let root = schema.root_type(op.operation_type).unwrap();
    let inline_op = |op: &OperationIr| {
        let inlined = inline(
            0,
            &op.variables,
            &op.selections,
            Some(&root),
            &fragments,
            Some(schema),
        )
        .unwrap();
        OperationDocument {
            operation_type: op.operation_type,
            name: op.name.clone(),
            variables: inlined.variables,
            selections: inlined.selections,
            rebuilt_variables: inlined.rebuilds_variables,
            variables_source: op.variables_source.clone(),
        }
    };
    let document = inline_op(op);
    let printed = print_operation(&document);
    assert!(validate_printed(&printed, schema, op.origin, &[]).is_empty());

    let mut group = c.benchmark_group("compile_document");
    group.bench_function("inline", |b| b.iter(|| inline_op(black_box(op))));
    group.bench_function("print", |b| {
        b.iter(|| print_operation(black_box(&document)))
    });
    group.bench_function("validate", |b| {
        b.iter(|| validate_printed(black_box(&printed), schema, op.origin, &[]))
    });
    group.bench_function("document_node_json", |b| {
        b.iter(|| json::document_node(black_box(&document)))
    });
    group.bench_function("all", |b| {
        b.iter(|| {
            let document = inline_op(black_box(op));
            let printed = print_operation(&document);
            let errors = validate_printed(&printed, schema, op.origin, &[]);
            (errors, json::document_node(&document))
        })
    });
    group.finish();
}

criterion_group!(hot, benches);
criterion_main!(hot);
