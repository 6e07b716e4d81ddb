//! Source discovery: files under the config dir matching `include` and not `exclude`.

use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::config::Config;

const SOURCE_EXTENSIONS: &[&str] = &["ts", "tsx", "mts", "cts"];

/// A bad glob in the config.
#[derive(Debug, thiserror::Error)]
#[error("{config}: invalid glob `{glob}`: {message}")]
pub struct GlobError {
    pub config: PathBuf,
    pub glob: String,
    pub message: String,
}

/// Include / exclude matching on paths relative to the config dir.
pub struct SourceFilter {
    include: GlobSet,
    exclude: GlobSet,
}

impl SourceFilter {
    /// Compiles the config's globs (`!`-prefixed includes are excludes).
    pub fn new(config: &Config) -> Result<Self, GlobError> {
        let mut include = GlobSetBuilder::new();
        let mut exclude = GlobSetBuilder::new();
        let compile = |glob: &str| {
            let glob = glob.strip_prefix("./").unwrap_or(glob);
            Glob::new(glob).map_err(|e| GlobError {
                config: config.path.clone(),
                glob: glob.to_owned(),
                message: e.to_string(),
            })
        };
        for pattern in &config.include {
            match pattern.strip_prefix('!') {
                Some(negated) => exclude.add(compile(negated)?),
                None => include.add(compile(pattern)?),
            };
        }
        for pattern in &config.exclude {
            exclude.add(compile(pattern.strip_prefix('!').unwrap_or(pattern))?);
        }
        let build = |b: GlobSetBuilder| {
            b.build().map_err(|e| GlobError {
                config: config.path.clone(),
                glob: String::new(),
                message: e.to_string(),
            })
        };
        Ok(SourceFilter {
            include: build(include)?,
            exclude: build(exclude)?,
        })
    }

    /// Whether `relative` (to the config dir, `/`-separated) is a project source.
    pub fn matches(&self, relative: &str) -> bool {
        is_source(Path::new(relative))
            && self.include.is_match(relative)
            && !self.exclude.is_match(relative)
    }
}

/// Whether `path` has a TypeScript source extension (declaration files excluded).
pub fn is_source(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !name.ends_with(".d.ts")
        && path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| SOURCE_EXTENSIONS.contains(&e))
}

/// The sources of a project, and what could not be read on the way.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Project sources, sorted.
    pub files: Vec<PathBuf>,
    /// Directories (or links) that could not be read, with why.
    pub unreadable: Vec<(PathBuf, String)>,
}

/// Every project source under the config dir, sorted, skipping `node_modules`, dot-directories
/// and the cache. Symlinks are followed (a loop is reported as unreadable, not followed).
pub fn discover(config: &Config, filter: &SourceFilter) -> Discovery {
    let cache_dir = config.cache_dir.clone();
    let walker = ignore::WalkBuilder::new(&config.dir)
        .standard_filters(false)
        .hidden(true)
        .follow_links(true)
        .filter_entry(move |entry| {
            let name = entry.file_name().to_string_lossy();
            !(entry.depth() > 0 && (name == "node_modules" || entry.path() == cache_dir))
        })
        .build();
    let mut discovery = Discovery::default();
    for entry in walker {
        match entry {
            Ok(entry) => {
                if entry.file_type().is_some_and(|t| t.is_file())
                    && filter.matches(&config.relative(entry.path()))
                {
                    discovery.files.push(entry.into_path());
                }
            }
            Err(error) => {
                let path = walk_error_path(&error).unwrap_or_else(|| config.dir.clone());
                discovery.unreadable.push((path, error.to_string()));
            }
        }
    }
    discovery.files.sort();
    discovery.unreadable.sort();
    discovery
}

fn walk_error_path(error: &ignore::Error) -> Option<PathBuf> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        _ => None,
    }
}
