//! Source discovery: files matching `include` and not `exclude`, relative to the config dir —
//! globs may leave it (`../fixtures/**/*.ts`, or absolute paths a composed config built), and
//! then canonical ids start with `../` as upstream's do.

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
    /// Where the include globs can match: the directories before their first wildcard.
    roots: Vec<PathBuf>,
}

/// A glob relative to the config dir, `/`-separated, without a leading `./`.
fn relative_glob(config: &Config, glob: &str) -> String {
    if Path::new(glob).is_absolute() {
        crate::paths::relative_slash(&config.dir, Path::new(glob))
    } else {
        let normalized = crate::paths::relative_slash(&config.dir, &config.dir.join(glob));
        if normalized == "." {
            String::new()
        } else {
            normalized
        }
    }
}

/// The directory a glob can match in: its components before the first wildcard.
fn glob_root(config: &Config, glob: &str) -> PathBuf {
    let literal: Vec<&str> = glob
        .split('/')
        .take_while(|part| !part.contains(['*', '?', '[', '{']))
        .collect();
    // The last literal component may be a file name: walk its directory.
    let dir = match literal.split_last() {
        Some((_, parents)) if literal.len() == glob.split('/').count() => parents.join("/"),
        _ => literal.join("/"),
    };
    crate::paths::normalize(&config.dir.join(dir))
}

impl SourceFilter {
    /// Compiles the config's globs (`!`-prefixed includes are excludes).
    pub fn new(config: &Config) -> Result<Self, GlobError> {
        let mut include = GlobSetBuilder::new();
        let mut exclude = GlobSetBuilder::new();
        let compile = |glob: &str| {
            Glob::new(&relative_glob(config, glob)).map_err(|e| GlobError {
                config: config.path.clone(),
                glob: glob.to_owned(),
                message: e.to_string(),
            })
        };
        let mut roots: Vec<PathBuf> = Vec::new();
        for pattern in &config.include {
            match pattern.strip_prefix('!') {
                Some(negated) => exclude.add(compile(negated)?),
                None => {
                    roots.push(glob_root(config, &relative_glob(config, pattern)));
                    include.add(compile(pattern)?)
                }
            };
        }
        // Walk each directory once: drop roots inside another root.
        roots.sort();
        roots.dedup();
        let all = roots.clone();
        roots.retain(|root| {
            !all.iter()
                .any(|other| other != root && root.starts_with(other))
        });
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
            roots,
        })
    }

    /// The directories the include globs can match in (none inside another).
    pub fn roots(&self) -> &[PathBuf] {
        &self.roots
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
    /// Every directory walked and its mtime (ns) when it was listed: while none of them
    /// changes, no source can have appeared or vanished (a restart need not walk again).
    pub dirs: Vec<(PathBuf, u64)>,
}

/// Every project source the include globs match, sorted, skipping `node_modules`,
/// dot-directories and the cache. Symlinks are followed; a link to a directory that contains
/// the walk (a loop) is reported as unreadable, a link into one already walked is skipped.
/// Only links cost a `stat`: plain entries are classified from the directory listing.
pub fn discover(config: &Config, filter: &SourceFilter) -> Discovery {
    let mut discovery = Discovery::default();
    let mut roots: Vec<PathBuf> = filter.roots.clone();
    let mut walked: std::collections::HashSet<PathBuf> = std::collections::HashSet::new();
    while let Some(root) = roots.pop() {
        if let Ok(canonical) = std::fs::canonicalize(&root) {
            walked.insert(canonical);
        }
        for link in walk(config, filter, &root, &mut discovery) {
            match std::fs::metadata(&link) {
                Ok(meta) if meta.is_file() => {
                    if filter.matches(&config.relative(&link)) {
                        discovery.files.push(link);
                    }
                }
                Ok(meta) if meta.is_dir() => {
                    let target = std::fs::canonicalize(&link).unwrap_or_else(|_| link.clone());
                    if walked.iter().any(|w| w.starts_with(&target)) {
                        // The link leads back above where the walk is: a loop.
                        let error = format!(
                            "{} is a symlink to a directory that contains it (a loop)",
                            link.display()
                        );
                        discovery.unreadable.push((link, error));
                    } else if !walked.iter().any(|w| target.starts_with(w)) {
                        roots.push(link);
                    }
                    // Else an alias of a directory already walked: its files are found there.
                }
                Ok(_) => {}
                Err(error) => discovery.unreadable.push((link, error.to_string())),
            }
        }
    }
    // Byte order (not `Path`'s component order, several times slower on thousands of paths):
    // any fixed order does, sources get their ids from the file table, not from positions.
    discovery
        .files
        .sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    discovery.files.dedup();
    discovery.unreadable.sort();
    discovery.dirs.sort();
    discovery.dirs.dedup();
    discovery
}

/// Walks `root` without following links: collects the sources in `discovery` and returns the
/// symlinks met, for the caller to classify.
fn walk(
    config: &Config,
    filter: &SourceFilter,
    root: &Path,
    discovery: &mut Discovery,
) -> Vec<PathBuf> {
    let cache_dir = config.cache_dir.clone();
    let walker = ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(true)
        .follow_links(false)
        .filter_entry(move |entry| {
            let name = entry.file_name().to_string_lossy();
            !(entry.depth() > 0 && (name == "node_modules" || entry.path() == cache_dir))
        })
        .build();
    let mut links = Vec::new();
    for entry in walker {
        match entry {
            Ok(entry) => match entry.file_type() {
                Some(t) if t.is_dir() => {
                    // Stamped before its entries are listed: a file created after this
                    // stat changes the directory's mtime, which the next restart sees.
                    if let Some((_, mtime, _)) = crate::session::state::stat(entry.path()) {
                        discovery.dirs.push((entry.into_path(), mtime));
                    }
                }
                Some(t) if t.is_symlink() && entry.depth() > 0 => links.push(entry.into_path()),
                Some(t) if t.is_file() && filter.matches(&config.relative(entry.path())) => {
                    discovery.files.push(entry.into_path());
                }
                _ => {}
            },
            Err(error) => {
                let path = walk_error_path(&error).unwrap_or_else(|| config.dir.clone());
                // A glob naming a directory that does not exist matches nothing; not an error.
                if path.exists() || !filter.roots.contains(&path) {
                    discovery.unreadable.push((path, error.to_string()));
                }
            }
        }
    }
    links
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
