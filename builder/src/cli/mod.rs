//! The `soda-cache` command line: one file per command, each a short list of named steps.

mod build;
mod clean;
mod delta;
mod output;
mod show_cache;
mod watch;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::build::BuildError;
use crate::cache_dir::CacheDirError;
use crate::config::{Config, ConfigError};
use crate::session::watch::WatchError;

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
    /// A build with nothing changed since the last one (per persisted file fingerprints, and the
    /// cache files checked against what the last build wrote) does nothing and writes nothing.
    /// Exit status: 0 on success, 1 when user code has errors (the cache is still written for
    /// everything that compiled), 2 on usage, config or I/O errors.
    Build(BuildArgs),
    /// Remove the files soda-cache wrote in the cache directory (and the directory when that empties it).
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
    /// Keep running: rebuild what each file change affects, until Ctrl-C (or SIGTERM / SIGHUP).
    #[arg(long, short)]
    pub watch: bool,
    /// Where the incremental state lives (default: `incremental/` inside the cache dir).
    #[arg(long, value_name = "DIR")]
    pub incremental_cache_dir: Option<PathBuf>,
    /// Print what each build re-parsed and recompiled (also: SODA_CACHE_DEBUG=1).
    #[arg(long)]
    pub debug: bool,
    /// Print the time each build phase took.
    #[arg(long)]
    pub timings: bool,
    /// Also copy the cache files this build changed into DIR (and list removed ones in
    /// DIR/removed.txt): applied to the previous cache, it gives this build's cache. DIR must be
    /// new, empty, or a delta directory soda-cache wrote before.
    #[arg(long, value_name = "DIR")]
    pub write_delta: Option<PathBuf>,
    /// Build only the definitions of files matching GLOB (relative to the config) and what they
    /// depend on; never writes the shared cache (use with --json and/or --write-delta).
    #[arg(long, value_name = "GLOB", requires = "graph_output")]
    pub graph_filter: Option<String>,
    /// Print where the cache is, what it holds, the last build's hits and misses and what is
    /// stale, without building (and without waiting for a running build).
    #[arg(long, conflicts_with_all = ["watch", "graph_filter", "write_delta"])]
    pub show_cache: bool,
    /// Treat warnings that usually mean a misconfiguration (include globs matching no file) as
    /// errors (also when the `CI` environment variable is set).
    #[arg(long)]
    pub strict: bool,
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
    /// Where the incremental state lives, if not inside the cache dir.
    #[arg(long, value_name = "DIR")]
    pub incremental_cache_dir: Option<PathBuf>,
}

/// Why a command could not run (exit status 2). User mistakes in sources are diagnostics instead.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Build(#[from] BuildError),
    #[error(transparent)]
    CacheDir(#[from] CacheDirError),
    #[error(transparent)]
    Watch(#[from] WatchError),
    #[error(transparent)]
    Delta(#[from] delta::DeltaError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot install the signal handler: {0}")]
    Signal(#[from] ctrlc::Error),
    #[error("invalid --graph-filter glob `{glob}`: {message}")]
    GraphFilter { glob: String, message: String },
}

/// Runs the CLI and returns the process exit status.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Clean(args) => clean::run(&args),
    };
    result.unwrap_or_else(|error| {
        eprintln!("error: {error}");
        ExitCode::from(2)
    })
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

/// Where the incremental state lives for these options.
fn state_dir(config: &Config, option: Option<&Path>) -> PathBuf {
    option.map_or_else(
        || crate::session::state::default_state_dir(config),
        crate::paths::absolute,
    )
}

/// Whether debug output is on (`--debug` or `SODA_CACHE_DEBUG`).
fn debug_enabled(flag: bool) -> bool {
    flag || std::env::var_os("SODA_CACHE_DEBUG").is_some_and(|v| !v.is_empty() && v != "0")
}
