//! `soda-cache`: the native, incremental builder for soda-gql definitions.

use std::process::ExitCode;

use clap::Parser;

/// The CLI's own thread parses the config: it gets the same deep stack as the workers.
const MAIN_STACK_BYTES: usize = 256 * 1024 * 1024;

fn main() -> ExitCode {
    let cli = soda_cache::cli::Cli::parse();
    std::thread::Builder::new()
        .name("soda-cache".into())
        .stack_size(MAIN_STACK_BYTES)
        .spawn(move || soda_cache::cli::run(cli))
        .ok()
        .and_then(|thread| thread.join().ok())
        .unwrap_or(ExitCode::from(2))
}
