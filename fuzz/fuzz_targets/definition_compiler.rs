//! Any text as the body of a definition's file, compiled against the fixture schema: documents
//! or diagnostics, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

const SCHEMA: &str = include_str!("../../fixtures/schemas/default.graphql");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = soda_cache::build::compile_source(text, SCHEMA);
});
