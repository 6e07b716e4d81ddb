//! What the CLI prints and persists after a build: diagnostics, the summary line, phase
//! timings, the artifact JSON, the incremental state, and the exit status.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use soda_cache_format::Outcome;

use super::{BuildArgs, CliError};
use crate::diagnostic::{Diagnostic, SourceFiles};
use crate::session::state::{escape, SessionState};
use crate::session::{BuilderSession, UpdateReport};

fn color_choice() -> ColorChoice {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
        || !std::io::stderr().is_terminal()
    {
        ColorChoice::Never
    } else {
        ColorChoice::Auto
    }
}

/// Prints `diagnostics` as code frames on stderr (only errors with `quiet`).
pub(super) fn print_diagnostics(sources: &SourceFiles, diagnostics: &[Diagnostic], quiet: bool) {
    let shown: Vec<_> = diagnostics
        .iter()
        .filter(|d| !quiet || d.is_error())
        .cloned()
        .collect();
    let mut stderr = StandardStream::stderr(color_choice());
    if sources.emit(&mut stderr, &shown).is_err() {
        eprint!("{}", sources.render_plain(&shown));
    }
}

/// The exit status for a build with these diagnostics: 1 when user code has errors (or, with
/// `--strict` or in CI, warnings that usually mean a misconfiguration).
pub(super) fn exit_status(diagnostics: &[Diagnostic], strict: bool) -> ExitCode {
    let strict = strict || in_ci();
    let errors = diagnostics
        .iter()
        .filter(|d| d.is_error() || (strict && d.code.fails_under_strict()))
        .count();
    exit_for(errors)
}

/// Warnings that fail a build under `--strict` or in CI.
fn strict_failures(diagnostics: &[Diagnostic]) -> usize {
    diagnostics
        .iter()
        .filter(|d| !d.is_error() && d.code.fails_under_strict())
        .count()
}

/// Whether this runs in CI (the `CI` variable most CI services set).
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

fn exit_for(errors: usize) -> ExitCode {
    if errors > 0 {
        eprintln!(
            "soda-cache: {errors} error(s); definitions without errors were written to the cache"
        );
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Replays what the last build reported, for a build that found nothing to do.
pub(super) fn up_to_date(state: &SessionState, args: &BuildArgs, started_ns: u64) -> ExitCode {
    if !args.quiet || state.errors > 0 {
        eprint!("{}", escape_lines(&state.diagnostics));
    }
    if !args.quiet {
        let elapsed_ms = crate::session::state::now_ns().saturating_sub(started_ns) / 1_000_000;
        println!(
            "soda-cache: up to date: {} files unchanged, nothing rebuilt, 0 bytes written ({elapsed_ms} ms)",
            state.files.len(),
        );
    }
    let strict = args.strict || in_ci();
    exit_for(state.errors + if strict { state.strict_failures } else { 0 })
}

fn escape_lines(text: &str) -> String {
    text.lines().map(|line| escape(line) + "\n").collect()
}

/// Prints a full build's diagnostics, debug lines, summary and timings; returns the summary.
pub(super) fn report_build(
    session: &BuilderSession,
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
        eprintln!(
            "[soda-cache] parsed {} files, compiled {} definitions",
            report.reparsed.len(),
            report.recompiled.len()
        );
    }
    let summary = summary(session, report);
    if !args.quiet {
        let _ = writeln!(std::io::stdout(), "{summary}");
    }
    if args.timings {
        eprint!("{}", report.times.render());
    }
    summary
}

/// Writes soda-gql's artifact JSON to `path`.
pub(super) fn write_json(path: &Path, session: &BuilderSession) -> Result<(), CliError> {
    soda_cache_format::write_output(path, session.artifact_json().as_bytes())
        .map(|_| ())
        .map_err(|source| CliError::Write {
            path: path.to_owned(),
            source,
        })
}

/// Saves what this build saw and wrote, so the next process can skip an unchanged project.
pub(super) fn save_state(
    session: &BuilderSession,
    dir: &Path,
    started_ns: u64,
    summary: &str,
    report: &UpdateReport,
) {
    let state = SessionState {
        version: crate::session::state::STATE_VERSION,
        parsed: report.reparsed.len(),
        tool_version: env!("CARGO_PKG_VERSION").to_owned(),
        cache_format: soda_cache_format::FORMAT_VERSION,
        config_hash: session.config_hash(),
        started_ns,
        files: session.source_stamps(),
        cache_files: session.cache_stamps(),
        dirs: session.dir_stamps(),
        summary: summary.to_owned(),
        diagnostics: session.render_plain(&report.diagnostics),
        errors: report.diagnostics.iter().filter(|d| d.is_error()).count(),
        strict_failures: strict_failures(&report.diagnostics),
    };
    if let Err(error) = state.save(dir) {
        eprintln!(
            "warning: cannot save the incremental state in {}: {error}",
            dir.display()
        );
    }
}

/// The one-line summary of a session's build.
pub fn summary(session: &BuilderSession, report: &UpdateReport) -> String {
    let (mut operations, mut fragments, mut failed) = (0, 0, 0);
    for entry in &session.definitions().entries {
        match entry.outcome {
            Outcome::Operation(_) => operations += 1,
            Outcome::Fragment(_) => fragments += 1,
            Outcome::Failed(_) => failed += 1,
        }
    }
    let failed = if failed > 0 {
        format!(", {failed} failed")
    } else {
        String::new()
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    format!(
        "soda-cache: {} definitions ({operations} operations, {fragments} fragments{failed}) from {} files in {} ms; cache {} ({} files, {} bytes written)",
        session.definitions().entries.len(),
        report.reparsed.len(),
        report.elapsed.as_millis(),
        crate::paths::relative_slash(&cwd, &session.config().cache_dir),
        report.files_written,
        report.bytes_written,
    )
}

/// Prints "building…" when a build takes longer than a moment (on a terminal).
pub(super) struct Progress {
    done: Option<std::sync::mpsc::Sender<()>>,
}

impl Progress {
    pub(super) fn start(enabled: bool, dir: &Path) -> Self {
        if !enabled || !std::io::stderr().is_terminal() {
            return Progress { done: None };
        }
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let dir = dir.display().to_string();
        std::thread::spawn(move || {
            if rx
                .recv_timeout(std::time::Duration::from_millis(700))
                .is_err()
            {
                eprint!("soda-cache: building {dir}…");
                let _ = std::io::stderr().flush();
                let _ = rx.recv();
                eprint!("\r\x1b[2K");
            }
        });
        Progress { done: Some(tx) }
    }

    pub(super) fn finish(self) {
        if let Some(done) = self.done {
            let _ = done.send(());
            // Let the progress line be cleared before anything else is printed.
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
}
