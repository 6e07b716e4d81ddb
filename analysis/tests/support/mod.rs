//! Parsing helpers for the analysis tests.

use swc_core::common::{sync::Lrc, FileName, SourceFile, SourceMap};
use swc_core::ecma::ast::{EsVersion, Module};
use swc_core::ecma::parser::{parse_file_as_module, Syntax, TsSyntax};

pub fn parse(name: &str, src: &str) -> (Lrc<SourceMap>, Lrc<SourceFile>, Module) {
    let cm: Lrc<SourceMap> = Lrc::default();
    let fm = cm.new_source_file(FileName::Custom(name.into()).into(), src.to_owned());
    let mut errors = Vec::new();
    let module = parse_file_as_module(
        &fm,
        Syntax::Typescript(TsSyntax {
            tsx: name.ends_with(".tsx"),
            ..Default::default()
        }),
        EsVersion::latest(),
        None,
        &mut errors,
    )
    .unwrap_or_else(|e| panic!("{name}: {e:?}"));
    assert!(errors.is_empty(), "{name}: {errors:?}");
    (cm, fm, module)
}
