//! Project-wide checks over the compiled definitions (duplicate operation names) and the
//! stored form of every failure, which the plugin reports at the call site.

use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};
use soda_cache_format::{Outcome, StoredDiagnostic};

use super::compile::CompiledDefinition;
use super::project::Project;
use crate::diagnostic::{line_column, BuilderCode, Diagnostic, Origin};
use crate::document::extract::ExtractedDefinition;
use crate::document::ir::DefinitionIr;

/// Every definition of the project, in file order then source order.
#[derive(Debug, Clone, Default)]
pub struct DefinitionTable {
    /// Shared with a session's per-definition memo: reuse costs a pointer copy.
    pub entries: Vec<Arc<CompiledDefinition>>,
}

/// Applies the project-wide checks to `entries` (per-definition results in file order).
pub fn finalize(mut entries: Vec<Arc<CompiledDefinition>>, project: &Project) -> DefinitionTable {
    reject_duplicate_operation_names(&mut entries, project);
    for entry in &mut entries {
        store_failure(entry, project);
    }
    DefinitionTable { entries }
}

/// A definition with errors becomes `Failed` with its diagnostics' stored form. Entries are
/// shared: only the ones that change are copied.
fn store_failure(entry: &mut Arc<CompiledDefinition>, project: &Project) {
    if !matches!(entry.outcome, Outcome::Failed(_))
        && entry.diagnostics.iter().any(Diagnostic::is_error)
    {
        Arc::make_mut(entry).outcome = Outcome::Failed(Vec::new());
    }
    let Outcome::Failed(current) = &entry.outcome else {
        return;
    };
    let stored: Vec<StoredDiagnostic> = entry
        .diagnostics
        .iter()
        .map(|d| {
            let analysis = project.by_id(d.file);
            let (line, column) = analysis.map_or((0, 0), |a| line_column(&a.text, d.span.start));
            StoredDiagnostic {
                code: d.code.as_str().to_owned(),
                message: d.message.clone(),
                file: project.path(d.file).unwrap_or_default().to_owned(),
                line,
                column,
            }
        })
        .collect();
    if *current != stored {
        Arc::make_mut(entry).outcome = Outcome::Failed(stored);
    }
}

fn reject_duplicate_operation_names(entries: &mut [Arc<CompiledDefinition>], project: &Project) {
    // Operation names by file and astPath, gathered once (a lookup per entry would be quadratic
    // in the definitions of a file), from the files that hold entries only.
    let files: FxHashSet<crate::diagnostic::FileId> = entries.iter().map(|e| e.file).collect();
    let mut operations: FxHashMap<(crate::diagnostic::FileId, &str), (&str, Origin)> =
        FxHashMap::default();
    for analysis in files.iter().filter_map(|&id| project.by_id(id)) {
        for def in &analysis.definitions {
            if let Ok(ExtractedDefinition {
                ir: DefinitionIr::Operation(op),
                ..
            }) = &def.extracted
            {
                operations.insert(
                    (analysis.file_id, def.site.ast_path.as_str()),
                    (op.name.as_str(), op.origin),
                );
            }
        }
    }
    let mut first: FxHashMap<(String, String), Origin> = FxHashMap::default();
    for entry in entries.iter_mut() {
        let Some(&(name, origin)) = operations.get(&(entry.file, entry.canonical_id.ast_path()))
        else {
            continue;
        };
        let key = (entry.schema.clone(), name.to_owned());
        match first.get(&key) {
            None => {
                first.insert(key, origin);
            }
            Some(previous) => {
                let entry = Arc::make_mut(entry);
                entry.diagnostics.push(
                    BuilderCode::DuplicateOperationName
                        .at(origin, format!("operation name `{name}` is already used"))
                        .with_related(*previous, "first used here"),
                );
                entry.outcome = Outcome::Failed(Vec::new());
            }
        }
    }
}
