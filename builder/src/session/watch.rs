//! `soda-cache build --watch`: file-system events, debounced into batches of changes.
//!
//! Besides the sources under the config dir, the inputs that change every output are watched
//! wherever they live: the config, the schema files and the tsconfig. The cache dir itself is
//! watched only for its removal (the session then rewrites the whole cache).

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
    dir: PathBuf,
    cache_dir: PathBuf,
    inputs: BTreeSet<PathBuf>,
    watched_input_dirs: BTreeSet<PathBuf>,
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
            dir,
            inputs: BTreeSet::new(),
            watched_input_dirs: BTreeSet::new(),
        };
        this.watcher
            .watch(&this.dir, RecursiveMode::Recursive)
            .map_err(|source| WatchError {
                path: this.dir.clone(),
                source,
            })?;
        this.watch_inputs(session)?;
        Ok(this)
    }

    /// (Re)registers the session's input files, after a config change may have moved them.
    pub fn watch_inputs(&mut self, session: &BuilderSession) -> Result<(), WatchError> {
        self.inputs = session.input_files().into_iter().collect();
        for input in &self.inputs {
            let Some(parent) = input.parent() else {
                continue;
            };
            // Inside the config dir the recursive watch already sees it.
            if parent.starts_with(&self.dir) || self.watched_input_dirs.contains(parent) {
                continue;
            }
            self.watcher
                .watch(parent, RecursiveMode::NonRecursive)
                .map_err(|source| WatchError {
                    path: parent.to_owned(),
                    source,
                })?;
            self.watched_input_dirs.insert(parent.to_owned());
        }
        Ok(())
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
            if !path.starts_with(&self.dir) || in_node_modules(&path) {
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
                // A vanished directory (moved or deleted): its files are gone too.
                rescan = true;
            }
        }
        if rescan {
            let (created, deleted) = session.rescan();
            batch.changes.created.extend(created);
            batch.changes.deleted.extend(deleted);
        }
        batch
    }
}

fn in_node_modules(path: &Path) -> bool {
    path.components().any(|c| c.as_os_str() == "node_modules")
}
