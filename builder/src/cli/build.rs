//! `soda-cache build`: reuse the last build when nothing changed, otherwise build, report, save
//! the state; then, with `--watch`, keep the session running.

use std::process::ExitCode;

use super::delta::DeltaDir;
use super::output::{self, Progress};
use super::{debug_enabled, load_config, state_dir, BuildArgs, CliError};
use crate::cache_dir::CacheDir;
use crate::session::state::{now_ns, Freshness, SessionState};
use crate::session::BuilderSession;

/// Runs `soda-cache build` with `args`.
pub(super) fn run(args: &BuildArgs) -> Result<ExitCode, CliError> {
    let started_ns = now_ns();
    let debug = debug_enabled(args.debug);
    let config = load_config(args.config.as_deref())?;
    let state_dir = state_dir(&config, args.incremental_cache_dir.as_deref());
    if args.show_cache {
        return super::show_cache::run(&config, &state_dir);
    }
    if let Some(glob) = &args.graph_filter {
        return super::delta::graph_filter(&config, glob, args);
    }
    let cache = CacheDir::claim(&config)?;
    let lock = cache.lock()?;
    cache.sweep_temp_files(&[&state_dir]);
    let delta = args
        .write_delta
        .as_deref()
        .map(|dir| DeltaDir::prepare(dir, &config))
        .transpose()?;
    if !args.watch && args.json.is_none() && delta.is_none() {
        match SessionState::freshness(&config, &state_dir)? {
            Freshness::UpToDate(state) => return Ok(output::up_to_date(&state, args, started_ns)),
            Freshness::Stale(reason) if debug => eprintln!("[soda-cache] full build: {reason}"),
            Freshness::Stale(_) => {}
            Freshness::Discarded(reason) => {
                eprintln!(
                    "soda-cache: ignoring the incremental state: {reason}; building from scratch"
                )
            }
        }
    }
    let progress = Progress::start(!args.quiet, &config.dir);
    // From here until the state is saved again, no state claims anything about the cache.
    SessionState::invalidate(&state_dir).map_err(|source| CliError::Write {
        path: state_dir.clone(),
        source,
    })?;
    let (session, report) = BuilderSession::load(config)?;
    progress.finish();
    let summary = output::report_build(&session, &report, args, debug);
    if let Some(delta) = &delta {
        delta.write(cache.path(), &report.changed_files, &report.removed_files)?;
    }
    if let Some(json) = &args.json {
        output::write_json(json, &session)?;
    }
    output::save_state(&session, &state_dir, started_ns, &summary, &report);
    let exit = output::exit_status(&report.diagnostics, args.strict);
    if !args.watch {
        // The process ends next: freeing every parsed file one by one would only delay the exit.
        std::mem::forget(session);
        return Ok(exit);
    }
    drop(lock);
    super::watch::run(session, &cache, &state_dir, args, delta.as_ref(), debug)
}
