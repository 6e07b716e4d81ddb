//! `soda-cache build --watch`: rebuild each batch of changes under the cache lock, report it,
//! and leave a consistent state behind on Ctrl-C, SIGTERM or SIGHUP.

use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::delta::DeltaDir;
use super::output::{print_diagnostics, save_state};
use super::{BuildArgs, CliError};
use crate::cache_dir::CacheDir;
use crate::session::state::{now_ns, SessionState};
use crate::session::watch::{Batch, Watcher, DEBOUNCE};
use crate::session::{BuilderSession, UpdateReport};

/// Watches until a termination signal, then saves the state of the last rebuild.
pub(super) fn run(
    mut session: BuilderSession,
    cache: &CacheDir,
    state_dir: &Path,
    args: &BuildArgs,
    delta: Option<&DeltaDir>,
    debug: bool,
) -> Result<ExitCode, CliError> {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    // With ctrlc's `termination` feature this covers SIGINT, SIGTERM and SIGHUP.
    ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst))?;
    let mut watcher = Watcher::new(&session)?;
    if !args.quiet {
        eprintln!(
            "soda-cache: watching {} (debounce {} ms; Ctrl-C to stop)",
            session.config().dir.display(),
            DEBOUNCE.as_millis()
        );
    }
    let mut last: Option<(String, UpdateReport)> = None;
    let mut state_removed = false;
    while let Some(batch) = watcher.next_batch(&session, &stop) {
        let lock = cache.lock()?;
        if !state_removed {
            // The saved state describes the initial build; from now on the cache moves ahead of it.
            let _ = SessionState::invalidate(state_dir);
            state_removed = true;
        }
        let result = rebuild(&mut session, &batch);
        drop(lock);
        match result {
            Ok(report) => {
                // Inputs may have moved, or an edit may have reached a file outside the dir.
                if !batch.inputs.is_empty() || !report.reparsed.is_empty() {
                    watcher.watch_inputs(&session)?;
                }
                let line = report_rebuild(&session, &batch, &report, args, debug);
                if let Some(delta) = delta {
                    if let Err(error) =
                        delta.write(cache.path(), &report.changed_files, &report.removed_files)
                    {
                        eprintln!("error: {error}");
                    }
                }
                last = Some((line, report));
            }
            Err(error) => eprintln!("error: {error}"),
        }
    }
    if let Some((line, report)) = &last {
        let _lock = cache.lock()?;
        save_state(&session, state_dir, now_ns(), line, report);
    }
    if !args.quiet {
        eprintln!("soda-cache: stopped watching");
    }
    Ok(ExitCode::SUCCESS)
}

fn rebuild(
    session: &mut BuilderSession,
    batch: &Batch,
) -> Result<UpdateReport, crate::build::BuildError> {
    if !batch.inputs.is_empty() {
        return session.reload_inputs();
    }
    if batch.cache_removed {
        return session.rewrite_cache();
    }
    session.update(&batch.changes)
}

fn report_rebuild(
    session: &BuilderSession,
    batch: &Batch,
    report: &UpdateReport,
    args: &BuildArgs,
    debug: bool,
) -> String {
    print_diagnostics(
        &session.sources_of(&report.diagnostics),
        &report.diagnostics,
        args.quiet,
    );
    if debug {
        eprintln!("[soda-cache] re-parsed: {}", report.reparsed.join(", "));
        eprintln!("[soda-cache] recompiled: {}", report.recompiled.join(", "));
    }
    let changed = batch.changes.len() + batch.inputs.len();
    let since_event = batch
        .first_event
        .map_or(0, |first| first.elapsed().as_millis());
    let line = format!(
        "soda-cache: {changed} files changed, {} definitions recompiled in {} ms ({since_event} ms since the event); {} files written",
        report.recompiled.len(),
        report.elapsed.as_millis(),
        report.files_written,
    );
    if !args.quiet {
        println!("{line}");
    }
    if args.timings {
        eprint!("{}", report.times.render());
    }
    line
}
