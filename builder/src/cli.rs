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

use crate::build::hash_config;
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
#[command(group = clap::ArgGroup::new("graph_output").args(["json", "write_delta"]).multiple(true))]
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
    /// Also copy the cache files this build changed into DIR (and list removed ones in
    /// DIR/removed.txt): applied to the previous cache, it gives this build's cache.
    #[arg(long, value_name = "DIR")]
    pub write_delta: Option<PathBuf>,
    /// Build only the definitions of files matching GLOB (relative to the config) and what they
    /// depend on; never writes the shared cache (use with --json and/or --write-delta).
    #[arg(long, value_name = "GLOB", requires = "graph_output")]
    pub graph_filter: Option<String>,
    /// Print where the cache is, what it holds, the last build's hits and misses and what is
    /// stale, without building.
    #[arg(long, conflicts_with_all = ["watch", "graph_filter"])]
    pub show_cache: bool,
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

    if args.show_cache {
        return show_cache(&config, &state_dir);
    }
    if let Some(glob) = &args.graph_filter {
        return graph_filter(&config, glob, args);
    }
    let progress = Progress::start(!args.quiet && std::io::stderr().is_terminal(), &config.dir);

    if !args.watch && args.json.is_none() && args.write_delta.is_none() {
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
    progress.finish();
    if let Some(dir) = &args.write_delta {
        write_delta(
            &session.config().cache_dir,
            dir,
            &report.changed_files,
            &report.removed_files,
        )?;
    }
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
        &report,
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
    let mut last: Option<(String, String, UpdateReport)> = None;
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
            if let Some(dir) = &args.write_delta {
                if let Err(error) = write_delta(&rebuild.session.config().cache_dir, dir, &report.changed_files, &report.removed_files) {
                    eprintln!("error: {error}");
                }
            }
            last = Some((line, sources.render_plain(&report.diagnostics), report));
        }
        Err(error) => eprintln!("error: {error}"),
    })
    .map_err(|e| e.to_string())?;
    // Leave a consistent state behind: the cache is complete after every rebuild.
    if let Some((line, diagnostics, report)) = &last {
        save_state(&session, &state_dir, now_ns(), line, diagnostics, report);
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
    report: &UpdateReport,
) {
    let errors = error_count(&report.diagnostics);
    let state = SessionState {
        parsed: report.reparsed.len(),
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

/// Prints "building…" when a build takes longer than a moment (on a terminal).
struct Progress {
    done: Option<std::sync::mpsc::Sender<()>>,
}

impl Progress {
    fn start(enabled: bool, dir: &Path) -> Self {
        if !enabled {
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

    fn finish(self) {
        if let Some(done) = self.done {
            let _ = done.send(());
            // Let the progress line be cleared before anything else is printed.
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
}

/// Copies the changed cache files into `dir` and lists removed ones in `dir/removed.txt`.
fn write_delta(
    cache_dir: &Path,
    dir: &Path,
    changed: &[String],
    removed: &[String],
) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for file in changed {
        let target = dir.join(file);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::copy(cache_dir.join(file), &target)
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    let list: String = removed.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(dir.join("removed.txt"), list)
        .map_err(|e| format!("cannot write the delta in {}: {e}", dir.display()))
}

fn graph_filter(config: &Config, glob: &str, args: &BuildArgs) -> Result<ExitCode, String> {
    let filtered = crate::build::build_filtered(config, glob).map_err(|e| e.to_string())?;
    print_diagnostics(&filtered.sources, &filtered.diagnostics, args.quiet);
    if let Some(json) = &args.json {
        soda_cache_format::write_atomic(json, filtered.artifact_json.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", json.display()))?;
    }
    if let Some(dir) = &args.write_delta {
        let mut delta_config = config.clone();
        delta_config.cache_dir = dir.clone();
        let _ = std::fs::remove_dir_all(dir);
        crate::build::emit::write_cache(
            &delta_config,
            filtered.config_hash,
            &filtered.analyses,
            &filtered.table,
            None,
        )
        .map_err(|e| e.to_string())?;
        std::fs::write(dir.join("removed.txt"), "").map_err(|e| e.to_string())?;
    }
    if !args.quiet {
        println!(
            "soda-cache: {} definitions of files matching `{glob}` and their dependencies built; the shared cache was not written",
            filtered.table.entries.len()
        );
    }
    Ok(exit_for(error_count(&filtered.diagnostics)))
}

fn show_cache(config: &Config, state_dir: &Path) -> Result<ExitCode, String> {
    let dir = &config.cache_dir;
    println!("cache: {}", dir.display());
    let manifest = soda_cache_format::CacheFile::read(
        &soda_cache_format::manifest_path(dir),
        soda_cache_format::FileKind::Manifest,
    );
    match &manifest {
        Ok(file) => println!(
            "  written by soda-cache {} (format version {})",
            file.tool_version(),
            soda_cache_format::FORMAT_VERSION
        ),
        Err(error) => println!("  no usable cache: {error}"),
    }
    let (mut files, mut bytes) = (0usize, 0u64);
    let (mut operations, mut fragments, mut failed, mut shards) = (0usize, 0usize, 0usize, 0usize);
    for folder in [
        soda_cache_format::SHARDS_DIR,
        soda_cache_format::MODULES_DIR,
    ] {
        for entry in std::fs::read_dir(dir.join(folder))
            .into_iter()
            .flatten()
            .flatten()
        {
            files += 1;
            bytes += entry.metadata().map_or(0, |m| m.len());
            if folder != soda_cache_format::SHARDS_DIR {
                continue;
            }
            let Ok(file) = soda_cache_format::CacheFile::read(
                &entry.path(),
                soda_cache_format::FileKind::Shard,
            ) else {
                continue;
            };
            let Ok(shard) = file.shard() else { continue };
            shards += 1;
            for definition in shard.definitions.iter() {
                match definition.outcome {
                    soda_cache_format::ArchivedOutcome::Operation(_) => operations += 1,
                    soda_cache_format::ArchivedOutcome::Fragment(_) => fragments += 1,
                    soda_cache_format::ArchivedOutcome::Failed(_) => failed += 1,
                }
            }
        }
    }
    println!("  {files} files, {bytes} bytes: {shards} source files with definitions ({operations} operations, {fragments} fragments, {failed} failed)");
    match SessionState::load(state_dir) {
        Some(state) => {
            println!("last build: {}", state.summary);
            println!(
                "  files: {} hits (unchanged, not parsed), {} misses (parsed)",
                state.files.len().saturating_sub(state.parsed),
                state.parsed
            );
            let stale = hash_config(config)
                .map_err(|e| e.to_string())
                .and_then(|hash| {
                    let roots = discover(
                        config,
                        &SourceFilter::new(config).map_err(|e| e.to_string())?,
                    );
                    Ok(state.stale(config, hash, &roots))
                })?;
            if stale.is_empty() {
                println!("stale: nothing; the next `soda-cache build` does nothing");
            } else {
                println!("stale ({}): {}", stale.len(), stale.join(", "));
            }
        }
        None => println!(
            "last build: unknown (no incremental state in {})",
            state_dir.display()
        ),
    }
    println!("clear it with: soda-cache clean");
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
