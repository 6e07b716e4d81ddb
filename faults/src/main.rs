//! `soda-cache-faults`: runs the fault-injection campaigns and prints what was injected and
//! what was found. Exit status 1 when anything failed.
//!
//!   scripts/faults --long     (builds both in release, then runs this)

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use soda_cache_faults::{Campaign, Rounds};

/// Fault injection for soda-cache.
#[derive(Debug, Parser)]
#[command(name = "soda-cache-faults", version, about)]
struct Args {
    /// The `soda-cache` binary under test.
    #[arg(long, value_name = "PATH", env = "SODA_CACHE_BIN")]
    bin: PathBuf,
    /// The schema the generated projects use (default: the repo's fixture schema).
    #[arg(long, value_name = "PATH")]
    schema: Option<PathBuf>,
    /// Seed of the campaign (the same seed injects the same faults).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The long run (hundreds of faults of each kind) instead of the short one.
    #[arg(long)]
    long: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let schema = args.schema.unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fixtures/schemas/default.graphql")
    });
    let rounds = if args.long {
        Rounds::LONG
    } else {
        Rounds::SHORT
    };
    let mut campaign = Campaign::new(args.bin, schema, args.seed);
    if let Err(error) = campaign.run(rounds) {
        eprintln!("error: the campaign could not run: {error}");
        return ExitCode::from(2);
    }
    print!("{}", campaign.report.render());
    if campaign.report.is_clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
