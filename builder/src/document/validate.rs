//! Validation against the schema with apollo-compiler, errors mapped back to TypeScript.

use apollo_compiler::diagnostic::ToCliReport;
use apollo_compiler::ExecutableDocument;

use super::print::Printed;
use super::schema_index::SchemaIndex;
use crate::diagnostic::code::graphql_code;
use crate::diagnostic::{Diagnostic, Origin};

const CHECK_FILE: &str = "soda-document.graphql";

/// Validates printed GraphQL; each error points at the source of the printed node it concerns.
/// `ignore` names apollo error kinds that do not apply (e.g. `UnusedFragment` for a fragment check).
pub fn validate_printed(
    printed: &Printed,
    schema: &SchemaIndex,
    fallback: Origin,
    ignore: &[&str],
) -> Vec<Diagnostic> {
    let Err(with_errors) =
        ExecutableDocument::parse_and_validate(&schema.schema, printed.text.clone(), CHECK_FILE)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for d in with_errors.errors.iter() {
        let name = d.error.unstable_error_name();
        if name.is_some_and(|n| ignore.contains(&n)) {
            continue;
        }
        let in_document = d.error.location().filter(|l| {
            d.sources
                .get(&l.file_id())
                .is_some_and(|f| f.path().to_string_lossy() == CHECK_FILE)
        });
        let origin = in_document
            .and_then(|l| printed.origin_at(l.offset()))
            .unwrap_or(fallback);
        // Our `... on Type` around a spread is not what the user wrote: speak of the spread.
        let wrapped = in_document
            .filter(|_| name == Some("InvalidFragmentSpread"))
            .and_then(|l| printed.wrapped_spread_at(l.offset()));
        let message = match wrapped {
            Some((spread, ty)) => format!(
                "fragment `{}` is on `{ty}`, so it cannot be spread in this selection on `{}` (a `{}` is never a `{ty}`)",
                spread.fragment, spread.parent, spread.parent
            ),
            None => d.error.to_string(),
        };
        out.push(graphql_code(name).at(origin, message));
    }
    out
}
