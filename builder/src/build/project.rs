//! The analysed files of a project, each with a `FileId` assigned once per path.
//!
//! Ids never change while a session lives (creating a file does not renumber the others), so
//! diagnostics and compiled definitions that point at files stay valid when they are reused.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::analyze::FileAnalysis;
use crate::diagnostic::{Diagnostic, FileId, SourceFiles};

/// Path → id, assigned once; id → path, for printing.
#[derive(Debug, Default, Clone)]
pub struct FileTable {
    ids: rustc_hash::FxHashMap<String, FileId>,
    paths: Vec<String>,
}

impl FileTable {
    /// The id of `relative` (relative to the config dir), assigning the next one on first sight.
    pub fn id(&mut self, relative: &str) -> FileId {
        if let Some(&id) = self.ids.get(relative) {
            return id;
        }
        let id = FileId(u32::try_from(self.paths.len()).unwrap_or(u32::MAX));
        self.paths.push(relative.to_owned());
        self.ids.insert(relative.to_owned(), id);
        id
    }

    /// The path of `id`.
    pub fn path(&self, id: FileId) -> Option<&str> {
        self.paths.get(id.0 as usize).map(String::as_str)
    }

    /// The id of `relative`, if it has one.
    pub fn get(&self, relative: &str) -> Option<FileId> {
        self.ids.get(relative).copied()
    }
}

/// The current analyses, in path order.
#[derive(Debug, Default, Clone)]
pub struct Project {
    table: FileTable,
    files: BTreeMap<String, FileAnalysis>,
    /// Texts registered for diagnostics that are not source analyses (the config file, unreadable
    /// directories).
    extra_sources: BTreeMap<String, (FileId, Arc<str>)>,
}

impl Project {
    /// The id of `relative`, assigned on first sight.
    pub fn file_id(&mut self, relative: &str) -> FileId {
        self.table.id(relative)
    }

    /// The path of `id`.
    pub fn path(&self, id: FileId) -> Option<&str> {
        self.table.path(id)
    }

    /// The id of `relative` if one was assigned (never assigns one).
    pub fn known_id(&self, relative: &str) -> Option<FileId> {
        self.table.get(relative)
    }

    /// Adds or replaces an analysis.
    pub fn insert(&mut self, analysis: FileAnalysis) {
        self.files.insert(analysis.relative_path.clone(), analysis);
    }

    /// Adds or replaces many analyses; into an empty project, built in one pass from the
    /// sorted analyses (one insert at a time moved the large analyses around on every split).
    pub fn insert_all(&mut self, analyses: Vec<FileAnalysis>) {
        if self.files.is_empty() {
            self.files = analyses
                .into_iter()
                .map(|a| (a.relative_path.clone(), a))
                .collect();
        } else {
            for analysis in analyses {
                self.insert(analysis);
            }
        }
    }

    /// Removes a file's analysis.
    pub fn remove(&mut self, relative: &str) -> Option<FileAnalysis> {
        self.files.remove(relative)
    }

    /// The analysis of `relative`.
    pub fn get(&self, relative: &str) -> Option<&FileAnalysis> {
        self.files.get(relative)
    }

    /// The analysis of file `id`.
    pub fn by_id(&self, id: FileId) -> Option<&FileAnalysis> {
        self.files.get(self.table.path(id)?)
    }

    /// Every analysis, in relative-path order (the resolver binary-searches it).
    pub fn iter(&self) -> impl Iterator<Item = &FileAnalysis> {
        self.files.values()
    }

    /// Number of analysed files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether no file is analysed.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Registers a text that diagnostics may point at (a config, an unreadable directory).
    pub fn add_extra_source(&mut self, relative: &str, text: Arc<str>) -> FileId {
        let id = self.table.id(relative);
        self.extra_sources.insert(relative.to_owned(), (id, text));
        id
    }

    /// The texts `diagnostics` point at (their files and related places), for printing them:
    /// gathering every source of a large project took longer than a rebuild.
    pub fn sources_of(&self, diagnostics: &[Diagnostic]) -> SourceFiles {
        let mut sources = SourceFiles::default();
        let ids = diagnostics
            .iter()
            .flat_map(|d| std::iter::once(d.file).chain(d.related.iter().map(|(o, _)| o.file)));
        for id in ids {
            let Some(path) = self.table.path(id) else {
                continue;
            };
            // An analysed source wins over a text registered under the same path.
            let text = match (self.files.get(path), self.extra_sources.get(path)) {
                (Some(analysis), _) => analysis.text.clone(),
                (None, Some((_, text))) => text.clone(),
                (None, None) => continue, // a file that is gone
            };
            sources.set(id, path.to_owned(), text);
        }
        sources
    }
}
