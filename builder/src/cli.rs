//! The `soda-cache` command line.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use soda_cache_format::Outcome;

use crate::build::{build, BuildOptions, BuildReport};
use crate::config::Config;

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
    /// Exit status: 0 on success, 1 when user code has errors (the cache is still written for
    /// everything that compiled), 2 on usage, config or I/O errors.
    Build(BuildArgs),
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
    /// Print only errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Runs the CLI and returns the process exit status.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build(args) => run_build(&args),
    }
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

fn run_build(args: &BuildArgs) -> ExitCode {
    let config = match &args.config {
        Some(path) => Config::load(path),
        None => std::env::current_dir()
            .map_err(|source| crate::config::ConfigError::Io {
                path: ".".into(),
                source,
            })
            .and_then(|cwd| Config::discover(&cwd)),
    };
    let config = match config {
        Ok(config) => config,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let options = BuildOptions {
        json: args.json.clone(),
        skip_cache: false,
    };
    let report = match build(&config, &options) {
        Ok(report) => report,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let mut stderr = StandardStream::stderr(color_choice());
    let shown: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| !args.quiet || d.is_error())
        .cloned()
        .collect();
    if report.sources.emit(&mut stderr, &shown).is_err() {
        eprint!("{}", report.sources.render_plain(&shown));
    }
    if !args.quiet {
        let _ = writeln!(std::io::stdout(), "{}", summary(&report, &config));
    }
    if report.has_errors() {
        let errors = report.diagnostics.iter().filter(|d| d.is_error()).count();
        eprintln!(
            "soda-cache: {errors} error(s); definitions without errors were written to the cache"
        );
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The one-line summary of a build.
pub fn summary(report: &BuildReport, config: &Config) -> String {
    let (mut operations, mut fragments, mut failed) = (0, 0, 0);
    for entry in &report.definitions.entries {
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
        report.definitions.entries.len(),
        report.files,
        report.elapsed.as_millis(),
        crate::paths::relative_slash(&std::env::current_dir().unwrap_or_default(), &config.cache_dir),
        report.files_written,
        report.bytes_written,
    )
}
