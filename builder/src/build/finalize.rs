//! Project-wide checks over the compiled definitions (duplicate operation names) and the
//! stored form of every failure, which the plugin reports at the call site.

use std::collections::HashMap;
use std::sync::Arc;

use soda_cache_format::{Outcome, StoredDiagnostic};

use super::compile::CompiledDefinition;
use super::project::Project;
use crate::diagnostic::{line_column, BuilderCode, Code, Diagnostic, Origin};
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
    let mut first: HashMap<(String, String), Origin> = HashMap::new();
    for entry in entries.iter_mut() {
        let Some((name, origin)) = operation_name(entry, project) else {
            continue;
        };
        let key = (entry.schema.clone(), name);
        match first.get(&key) {
            None => {
                first.insert(key, origin);
            }
            Some(previous) => {
                let entry = Arc::make_mut(entry);
                entry.diagnostics.push(
                    Code::from(BuilderCode::DuplicateOperationName)
                        .at(
                            origin,
                            format!("operation name `{}` is already used", key.1),
                        )
                        .with_related(*previous, "first used here"),
                );
                entry.outcome = Outcome::Failed(Vec::new());
            }
        }
    }
}

/// The operation name and origin of an entry, from its file's analysis.
fn operation_name(entry: &CompiledDefinition, project: &Project) -> Option<(String, Origin)> {
    let analysis = project.by_id(entry.file)?;
    let ast_path = entry.canonical_id.ast_path();
    let def = analysis
        .definitions
        .iter()
        .find(|d| d.site.ast_path == ast_path)?;
    match &def.extracted {
        Ok(ExtractedDefinition {
            ir: DefinitionIr::Operation(op),
            ..
        }) => Some((op.name.clone(), op.origin)),
        _ => None,
    }
}
