//! The `soda-cache` command line.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use soda_cache_format::Outcome;

use crate::build::{hash_config, BuildReport};
use crate::config::{Config, ConfigError};
use crate::diagnostic::{Diagnostic, SourceFiles};
use crate::project::discover::{discover, SourceFilter};
use crate::session::state::{default_state_dir, now_ns, SessionState};
use crate::session::{watch, BuilderSession, UpdateReport};

/// Compiles the gql definitions of a TypeScript project into the cache the soda-cache SWC plugin reads.
#[derive(Debug, Parser)]
#[command(name = "soda-cache", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the cache: find every `gql.<schema>(...)` definition, compile and validate its document.
    ///
    /// A build with nothing changed since the last one (per persisted file fingerprints) does
    /// nothing and writes nothing. Exit status: 0 on success, 1 when user code has errors (the
    /// cache is still written for everything that compiled), 2 on usage, config or I/O errors.
    Build(BuildArgs),
    /// Remove the cache directory (and the incremental state inside it).
    Clean(CleanArgs),
}

/// Options of `soda-cache build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The config file (default: soda-gql.config.{ts,mts,json} found from the current directory upwards).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Also write soda-gql's artifact JSON to PATH.
    #[arg(long, value_name = "PATH")]
    pub json: Option<PathBuf>,
    /// Keep running: rebuild what each file change affects, until Ctrl-C.
    #[arg(long, short)]
    pub watch: bool,
    /// Where the incremental state lives (default: `incremental/` inside the cache dir).
    #[arg(long, value_name = "DIR")]
    pub incremental_cache_dir: Option<PathBuf>,
    /// Print what each build re-parsed and recompiled (also: SODA_CACHE_DEBUG=1).
    #[arg(long)]
    pub debug: bool,
    /// Print only errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Options of `soda-cache clean`.
#[derive(Debug, Args)]
pub struct CleanArgs {
    /// The config file (default: found from the current directory upwards).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

/// Runs the CLI and returns the process exit status.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Build(args) => run_build(&args),
        Command::Clean(args) => run_clean(&args),
    };
    result.unwrap_or_else(|message| {
        eprintln!("error: {message}");
        ExitCode::from(2)
    })
}

fn color_choice() -> ColorChoice {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
        || !std::io::stderr().is_terminal()
    {
        ColorChoice::Never
    } else {
        ColorChoice::Auto
    }
}

fn load_config(path: Option<&Path>) -> Result<Config, ConfigError> {
    match path {
        Some(path) => Config::load(path),
        None => std::env::current_dir()
            .map_err(|source| ConfigError::Io {
                path: ".".into(),
                source,
            })
            .and_then(|cwd| Config::discover(&cwd)),
    }
}

/// Holds the cache's lock file for the life of a build; a second builder waits.
fn lock_cache(cache_dir: &Path) -> Result<std::fs::File, String> {
    std::fs::create_dir_all(cache_dir)
        .map_err(|e| format!("cannot create {}: {e}", cache_dir.display()))?;
    let path = cache_dir.join(".lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    if file.try_lock().is_err() {
        eprintln!(
            "soda-cache: waiting for another soda-cache build of {} to finish…",
            cache_dir.display()
        );
        file.lock()
            .map_err(|e| format!("cannot lock {}: {e}", path.display()))?;
    }
    Ok(file)
}

fn print_diagnostics(sources: &SourceFiles, diagnostics: &[Diagnostic], quiet: bool) {
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

fn error_count(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
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

fn run_build(args: &BuildArgs) -> Result<ExitCode, String> {
    let started = Instant::now();
    let started_ns = now_ns();
    let debug = args.debug
        || std::env::var_os("SODA_CACHE_DEBUG").is_some_and(|v| !v.is_empty() && v != "0");
    let config = load_config(args.config.as_deref()).map_err(|e| e.to_string())?;
    let _lock = lock_cache(&config.cache_dir)?;
    let state_dir = args
        .incremental_cache_dir
        .clone()
        .unwrap_or_else(|| default_state_dir(&config));

    if !args.watch && args.json.is_none() {
        if let Some(state) = SessionState::load(&state_dir) {
            let hash = hash_config(&config).map_err(|e| e.to_string())?;
            let roots = discover(
                &config,
                &SourceFilter::new(&config).map_err(|e| e.to_string())?,
            );
            let manifest = soda_cache_format::manifest_path(&config.cache_dir);
            match state.check(&config, hash, &roots).and_then(|()| {
                manifest
                    .is_file()
                    .then_some(())
                    .ok_or_else(|| "the cache was removed".to_owned())
            }) {
                Ok(()) => {
                    if !args.quiet || state.errors > 0 {
                        eprint!("{}", state.diagnostics);
                    }
                    if !args.quiet {
                        println!(
                            "soda-cache: up to date: {} files unchanged, nothing rebuilt, 0 bytes written ({} ms)",
                            state.files.len(),
                            started.elapsed().as_millis()
                        );
                    }
                    return Ok(exit_for(state.errors));
                }
                Err(reason) => {
                    if debug {
                        eprintln!("[soda-cache] full build: {reason}");
                    }
                }
            }
        } else if debug {
            eprintln!(
                "[soda-cache] full build: no saved state in {}",
                state_dir.display()
            );
        }
    }

    let (mut session, report) = BuilderSession::load(config).map_err(|e| e.to_string())?;
    let sources = session.sources();
    print_diagnostics(&sources, &report.diagnostics, args.quiet);
    if debug {
        eprintln!(
            "[soda-cache] parsed {} files, compiled {} definitions",
            report.reparsed.len(),
            report.recompiled.len()
        );
    }
    let summary = summary(&session, &report);
    if !args.quiet {
        let _ = writeln!(std::io::stdout(), "{summary}");
    }
    if let Some(json) = &args.json {
        soda_cache_format::write_atomic(json, session.artifact_json().as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", json.display()))?;
    }
    save_state(
        &session,
        &state_dir,
        started_ns,
        &summary,
        &sources.render_plain(&report.diagnostics),
        error_count(&report.diagnostics),
    );
    if !args.watch {
        return Ok(exit_for(error_count(&report.diagnostics)));
    }

    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst)).map_err(|e| e.to_string())?;
    let watched = session.config().dir.clone();
    let on_ready = || {
        if !args.quiet {
            eprintln!(
                "soda-cache: watching {} (debounce {} ms; Ctrl-C to stop)",
                watched.display(),
                watch::DEBOUNCE.as_millis()
            );
        }
    };
    let mut last = (String::new(), String::new(), 0usize);
    watch::watch(&mut session, stop, on_ready, |rebuild| match rebuild.result {
        Ok(report) => {
            let sources = rebuild.session.sources();
            print_diagnostics(&sources, &report.diagnostics, args.quiet);
            if debug {
                eprintln!("[soda-cache] re-parsed: {}", report.reparsed.join(", "));
                eprintln!("[soda-cache] recompiled: {}", report.recompiled.join(", "));
            }
            let line = format!(
                "soda-cache: {} files changed, {} definitions recompiled in {} ms ({} ms since the event); {} files written",
                rebuild.changed,
                report.recompiled.len(),
                report.elapsed.as_millis(),
                rebuild.first_event.elapsed().as_millis(),
                report.files_written,
            );
            if !args.quiet {
                println!("{line}");
            }
            last = (line, sources.render_plain(&report.diagnostics), error_count(&report.diagnostics));
        }
        Err(error) => eprintln!("error: {error}"),
    })
    .map_err(|e| e.to_string())?;
    // Leave a consistent state behind: the cache is complete after every rebuild.
    if !last.0.is_empty() {
        save_state(&session, &state_dir, now_ns(), &last.0, &last.1, last.2);
    }
    if !args.quiet {
        eprintln!("soda-cache: stopped watching");
    }
    Ok(ExitCode::SUCCESS)
}

fn save_state(
    session: &BuilderSession,
    dir: &Path,
    started_ns: u64,
    summary: &str,
    diagnostics: &str,
    errors: usize,
) {
    let state = SessionState {
        tool_version: env!("CARGO_PKG_VERSION").to_owned(),
        config_hash: session.config_hash(),
        started_ns,
        files: session.stamps(),
        summary: summary.to_owned(),
        diagnostics: diagnostics.to_owned(),
        errors,
    };
    if let Err(error) = state.save(dir) {
        eprintln!(
            "warning: cannot save the incremental state in {}: {error}",
            dir.display()
        );
    }
}

fn run_clean(args: &CleanArgs) -> Result<ExitCode, String> {
    let config = load_config(args.config.as_deref()).map_err(|e| e.to_string())?;
    let dir = &config.cache_dir;
    if !dir.exists() {
        println!(
            "soda-cache: nothing to clean ({} does not exist)",
            dir.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let lock = lock_cache(dir)?;
    drop(lock);
    std::fs::remove_dir_all(dir).map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    println!("soda-cache: removed {}", dir.display());
    Ok(ExitCode::SUCCESS)
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
    format!(
        "soda-cache: {} definitions ({operations} operations, {fragments} fragments{failed}) from {} files in {} ms; cache {} ({} files, {} bytes written)",
        session.definitions().entries.len(),
        report.reparsed.len(),
        report.elapsed.as_millis(),
        crate::paths::relative_slash(&std::env::current_dir().unwrap_or_default(), &session.config().cache_dir),
        report.files_written,
        report.bytes_written,
    )
}

/// The one-line summary of a one-shot [`crate::build::build`].
pub fn build_summary(report: &BuildReport) -> String {
    format!(
        "soda-cache: {} definitions from {} files in {} ms",
        report.definitions.entries.len(),
        report.files,
        report.elapsed.as_millis()
    )
}
