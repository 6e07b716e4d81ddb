//! `soda-cache build --watch`: file-system events, debounced into batches of changes.
//!
//! Besides the sources under the config dir, sources outside it (include globs that leave it,
//! files reached by imports) and the inputs that change every output are watched wherever
//! they live: the config and the modules it imports, the schema files, the tsconfig and the
//! configs it extends. The cache dir itself is watched only for its removal (the session then
//! rewrites the whole cache).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher as _};

use super::{BuilderSession, ChangeSet};
use crate::project::discover::is_source;

/// Quiet time after the last event before a batch is built: editors' atomic saves (write temp,
/// rename) and `git checkout` arrive as bursts.
pub const DEBOUNCE: Duration = Duration::from_millis(25);

/// Why watching could not start.
#[derive(Debug, thiserror::Error)]
#[error("cannot watch {path}: {source}")]
pub struct WatchError {
    pub path: PathBuf,
    pub source: notify::Error,
}

/// One debounced batch of changes.
#[derive(Debug, Default)]
pub struct Batch {
    /// Source files created, updated and deleted.
    pub changes: ChangeSet,
    /// Config, schema or tsconfig files that changed (the whole build depends on them).
    pub inputs: Vec<PathBuf>,
    /// The cache directory (or its manifest) was removed.
    pub cache_removed: bool,
    /// When the first event of the batch arrived.
    pub first_event: Option<Instant>,
}

impl Batch {
    /// Whether there is anything to rebuild.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.inputs.is_empty() && !self.cache_removed
    }
}

/// The file-system watch of one session.
pub struct Watcher {
    watcher: RecommendedWatcher,
    events: Receiver<notify::Event>,
    cache_dir: PathBuf,
    inputs: BTreeSet<PathBuf>,
    /// Directories watched recursively: the config dir and outside source roots.
    recursive: Vec<PathBuf>,
    /// Directories watched alone (inputs and sources outside every recursive one).
    single: BTreeSet<PathBuf>,
}

impl Watcher {
    /// Watches the config dir and the session's inputs.
    pub fn new(session: &BuilderSession) -> Result<Self, WatchError> {
        let dir = session.config().dir.clone();
        let (tx, events) = channel();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // Reads (ours included: an update hashes the files it is told about) change nothing.
            match event {
                Ok(event) if !matches!(event.kind, notify::EventKind::Access(_)) => {
                    let _ = tx.send(event);
                }
                _ => {}
            }
        })
        .map_err(|source| WatchError {
            path: dir.clone(),
            source,
        })?;
        let mut this = Watcher {
            watcher,
            events,
            cache_dir: session.config().cache_dir.clone(),
            inputs: BTreeSet::new(),
            recursive: Vec::new(),
            single: BTreeSet::new(),
        };
        this.watch_recursively(dir)?;
        this.watch_inputs(session)?;
        Ok(this)
    }

    /// (Re)registers what the session reads outside the config dir: its input files, outside
    /// source roots and outside project files. Called after every rebuild (a config change may
    /// move inputs, an edit may import a new outside file); known directories are skipped.
    pub fn watch_inputs(&mut self, session: &BuilderSession) -> Result<(), WatchError> {
        self.inputs = session.input_files().into_iter().collect();
        for root in session.outside_source_roots() {
            if root.is_dir() && !self.covers(&root) {
                self.watch_recursively(root)?;
            }
        }
        let files: Vec<PathBuf> = self
            .inputs
            .iter()
            .cloned()
            .chain(session.outside_files())
            .collect();
        for file in files {
            let Some(parent) = file.parent() else {
                continue;
            };
            if self.covers(&file) {
                continue;
            }
            self.watcher
                .watch(parent, RecursiveMode::NonRecursive)
                .map_err(|source| WatchError {
                    path: parent.to_owned(),
                    source,
                })?;
            self.single.insert(parent.to_owned());
        }
        Ok(())
    }

    fn watch_recursively(&mut self, dir: PathBuf) -> Result<(), WatchError> {
        self.watcher
            .watch(&dir, RecursiveMode::Recursive)
            .map_err(|source| WatchError {
                path: dir.clone(),
                source,
            })?;
        self.recursive.push(dir);
        Ok(())
    }

    /// Whether events about `path` reach this watcher as source events.
    fn covers(&self, path: &Path) -> bool {
        self.recursive.iter().any(|dir| path.starts_with(dir))
            || path.parent().is_some_and(|p| self.single.contains(p))
    }

    /// Waits for the next non-empty batch; `None` once `stop` is set or the watch ended.
    pub fn next_batch(&self, session: &BuilderSession, stop: &AtomicBool) -> Option<Batch> {
        while !stop.load(Ordering::SeqCst) {
            let first = match self.events.recv_timeout(Duration::from_millis(100)) {
                Ok(event) => event,
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => return None,
            };
            let first_event = Instant::now();
            let mut paths: BTreeSet<PathBuf> = first.paths.into_iter().collect();
            while let Ok(event) = self.events.recv_timeout(DEBOUNCE) {
                paths.extend(event.paths);
            }
            let mut batch = self.classify(paths, session);
            if !batch.is_empty() {
                batch.first_event = Some(first_event);
                return Some(batch);
            }
        }
        None
    }

    fn classify(&self, paths: BTreeSet<PathBuf>, session: &BuilderSession) -> Batch {
        let mut batch = Batch::default();
        let mut rescan = false;
        for path in paths {
            if self.inputs.contains(&path) {
                batch.inputs.push(path);
                continue;
            }
            if path.starts_with(&self.cache_dir) {
                let manifest = soda_cache_format::manifest_path(&self.cache_dir);
                batch.cache_removed |=
                    (path == self.cache_dir || path == manifest) && !manifest.exists();
                continue;
            }
            if !self.covers(&path) || in_node_modules(&path) {
                continue;
            }
            if path.is_dir() {
                rescan = true;
            } else if path.exists() {
                if is_source(&path) {
                    batch.changes.updated.push(path);
                }
            } else if is_source(&path) {
                batch.changes.deleted.push(path);
            } else {
                // A vanished directory (moved or deleted) takes its files with it; any other
                // vanished path (an editor's or sed's temp file) holds none.
                batch.changes.deleted.extend(session.files_under(&path));
            }
        }
        if rescan {
            let (created, deleted) = session.rescan();
            batch.changes.created.extend(created);
            batch.changes.deleted.extend(deleted);
        }
        for paths in [
            &mut batch.changes.created,
            &mut batch.changes.updated,
            &mut batch.changes.deleted,
        ] {
            paths.sort();
            paths.dedup();
        }
        batch
    }
}

fn in_node_modules(path: &Path) -> bool {
    path.components().any(|c| c.as_os_str() == "node_modules")
}
