//! `soda-cache`: the native, incremental builder for soda-gql definitions.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    soda_cache::cli::run(soda_cache::cli::Cli::parse())
}
