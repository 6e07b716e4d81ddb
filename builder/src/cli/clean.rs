//! `soda-cache clean`: removes the files soda-cache wrote, and nothing else.

use std::process::ExitCode;

use super::{load_config, state_dir, CleanArgs, CliError};
use crate::cache_dir::CacheDir;

/// Runs `soda-cache clean` with `args`.
pub(super) fn run(args: &CleanArgs) -> Result<ExitCode, CliError> {
    let config = load_config(args.config.as_deref())?;
    let Some(cache) = CacheDir::existing(&config)? else {
        println!(
            "soda-cache: nothing to clean ({} does not exist)",
            config.cache_dir.display()
        );
        return Ok(ExitCode::SUCCESS);
    };
    let state_dir = state_dir(&config, args.incremental_cache_dir.as_deref());
    let report = cache.clean(&state_dir)?;
    if report.removed_dir {
        println!(
            "soda-cache: removed {} ({} files)",
            config.cache_dir.display(),
            report.removed_files
        );
    } else {
        println!(
            "soda-cache: removed {} files from {}; kept {} files soda-cache did not write: {}",
            report.removed_files,
            config.cache_dir.display(),
            report.kept.len(),
            report.kept.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}
