//! The short fault-injection run CI does: every kind of fault, a few times each, nothing found.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests"
)]

use std::path::PathBuf;

#[test]
fn the_short_campaign_finds_nothing() {
    let bin = std::env::var_os("SODA_CACHE_BIN")
        .map(PathBuf::from)
        .expect("SODA_CACHE_BIN must be set (scripts/test sets it)");
    let schema =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fixtures/schemas/default.graphql");
    let mut campaign = soda_cache_faults::Campaign::new(bin, schema, 7);
    campaign.run(soda_cache_faults::Rounds::SHORT).unwrap();
    let report = campaign.report.render();
    println!("{report}");
    assert!(campaign.report.is_clean(), "{report}");
    assert!(campaign.report.reads > 0, "{report}");
}
