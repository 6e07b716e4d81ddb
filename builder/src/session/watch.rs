//! `soda-cache build --watch`: file-system events, debounced into change sets, fed to a session.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use super::{BuilderSession, ChangeSet, UpdateReport};
use crate::project::discover::is_source;

/// Quiet time after the last event before a batch is built: editors' atomic saves (write temp,
/// rename) and `git checkout` arrive as bursts.
pub const DEBOUNCE: Duration = Duration::from_millis(25);

/// Why watching stopped abnormally.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("cannot watch {path}: {source}")]
    Notify {
        path: PathBuf,
        source: notify::Error,
    },
    #[error("cannot install the Ctrl-C handler: {0}")]
    Signal(#[from] ctrlc::Error),
}

/// One rebuild of the watch loop, as reported to the caller.
pub struct Rebuild<'a> {
    /// Files changed in the batch.
    pub changed: usize,
    /// When the first event of the batch arrived.
    pub first_event: Instant,
    /// The update's result.
    pub result: Result<UpdateReport, crate::build::BuildError>,
    pub session: &'a BuilderSession,
}

/// Watches the config dir until Ctrl-C (or `stop`), calling `on_rebuild` after each batch.
pub fn watch(
    session: &mut BuilderSession,
    stop: Arc<AtomicBool>,
    on_ready: impl FnOnce(),
    mut on_rebuild: impl FnMut(Rebuild<'_>),
) -> Result<(), WatchError> {
    let dir = session.config().dir.clone();
    let cache_dir = session.config().cache_dir.clone();
    let (tx, rx) = channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reads (ours included: an update hashes the files it is told about) change nothing.
        match event {
            Ok(event) if !matches!(event.kind, notify::EventKind::Access(_)) => {
                let _ = tx.send(event);
            }
            _ => {}
        }
    })
    .map_err(|source| WatchError::Notify {
        path: dir.clone(),
        source,
    })?;
    watcher
        .watch(&dir, RecursiveMode::Recursive)
        .map_err(|source| WatchError::Notify {
            path: dir.clone(),
            source,
        })?;
    on_ready();
    let relevant = |path: &Path| {
        !path.starts_with(&cache_dir) && !path.components().any(|c| c.as_os_str() == "node_modules")
    };
    while !stop.load(Ordering::SeqCst) {
        let first = match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(event) => event,
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let first_event = Instant::now();
        let mut paths: BTreeSet<PathBuf> = first.paths.into_iter().collect();
        while let Ok(event) = rx.recv_timeout(DEBOUNCE) {
            paths.extend(event.paths);
        }
        let mut changes = ChangeSet::default();
        let mut rescan = false;
        for path in paths.into_iter().filter(|p| relevant(p)) {
            if path.is_dir() {
                rescan = true;
            } else if path.exists() {
                if is_source(&path) {
                    changes.updated.push(path);
                }
            } else if is_source(&path) {
                changes.deleted.push(path);
            } else {
                // A vanished directory (moved or deleted): its files are gone too.
                rescan = true;
            }
        }
        if rescan {
            let (created, deleted) = session.rescan();
            changes.created.extend(created);
            changes.deleted.extend(deleted);
        }
        if changes.is_empty() {
            continue;
        }
        let changed = changes.created.len() + changes.updated.len() + changes.deleted.len();
        let result = session.update(&changes);
        on_rebuild(Rebuild {
            changed,
            first_event,
            result,
            session,
        });
    }
    Ok(())
}
