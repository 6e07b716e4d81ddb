//! `--graph-filter`: a view of a session's build that holds the definitions of the files a glob
//! matches and the fragments they inline, written somewhere other than the cache. The build
//! itself is the session's: there is one engine.

use std::collections::HashSet;
use std::path::Path;

use super::BuilderSession;
use crate::build::emit::{self, CacheIndex};
use crate::build::{collect_diagnostics, BuildError, DefinitionTable};
use crate::diagnostic::{Diagnostic, SourceFiles};

/// The selected definitions, their diagnostics and the sources to print them against.
pub struct Selection {
    pub table: DefinitionTable,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: SourceFiles,
}

impl BuilderSession {
    /// The definitions of files matching `matcher` (paths relative to the config dir) and every
    /// fragment they inline, in the table's order.
    pub fn select(&self, matcher: &globset::GlobMatcher) -> Selection {
        let matches = |source: &str| matcher.is_match(source);
        let inlined: HashSet<&str> = self
            .table
            .entries
            .iter()
            .filter(|e| matches(e.canonical_id.source_path()))
            .flat_map(|e| e.dependencies.fragments.iter().map(String::as_str))
            .collect();
        let entries = self
            .table
            .entries
            .iter()
            .filter(|e| {
                matches(e.canonical_id.source_path()) || inlined.contains(e.canonical_id.as_str())
            })
            .cloned()
            .collect();
        let table = DefinitionTable { entries };
        let diagnostics = collect_diagnostics(&self.project, &table, &[]);
        let sources = self.project.sources_of(&diagnostics);
        Selection {
            table,
            diagnostics,
            sources,
        }
    }

    /// soda-gql's artifact JSON of a selection.
    pub fn selection_json(&self, selection: &Selection) -> String {
        emit::artifact_json(&selection.table, &self.project)
    }

    /// Writes a selection's cache files into `dir`, named and addressed as the real cache's
    /// files (so they apply to it as a delta); returns the files written, relative to `dir`.
    pub fn write_selection_into(
        &self,
        selection: &Selection,
        dir: &Path,
    ) -> Result<Vec<String>, BuildError> {
        let config = &self.inputs.config;
        let manifest = emit::manifest(config, &config.cache_dir, self.inputs.config_hash);
        let target = emit::CacheTarget {
            dir,
            key_base: &config.cache_dir,
            config_dir: &config.dir,
            manifest: &manifest,
        };
        let (written, _) = emit::write_cache(
            &target,
            &self.project,
            &selection.table,
            None,
            &emit::Keep::default(),
            &mut CacheIndex::default(),
        )?;
        Ok(written.changed)
    }
}
