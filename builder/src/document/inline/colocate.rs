//! `$colocate({ label: fields })`: after an entry is inlined, each of its top-level response
//! keys `key` becomes the alias `label_key` (the field name unchanged), as upstream's helper
//! renames the keys of the entry's field map.

use super::{insert, Env, Inliner};
use crate::diagnostic::BuilderCode;
use crate::document::inline::DefIndex;
use crate::document::ir::*;

impl Inliner<'_> {
    /// Inlines one `$colocate` entry into `out`, its top-level keys prefixed with its label.
    pub(super) fn expand_colocated(
        &mut self,
        owner: DefIndex,
        colocated: &Colocated,
        env: &Env,
        parent: Option<&str>,
        out: &mut Vec<(String, Selection)>,
    ) {
        let mut children = Vec::new();
        self.expand(owner, &colocated.selections, env, parent, &mut children);
        for (_, selection) in children {
            if let Some(prefixed) = self.prefixed(colocated, selection) {
                insert(out, prefixed);
            }
        }
    }

    fn prefixed(&mut self, colocated: &Colocated, selection: Selection) -> Option<Selection> {
        match selection {
            Selection::Field(field) if field.shorthand => {
                let label = &colocated.label;
                self.errors.push(
                    BuilderCode::ColocatedTypename
                        .at(
                            field.origin,
                            format!(
                                "`$colocate` entry `{label}` selects this `__typename`, which upstream \
                                 cannot prefix (it fails with `Field \"{label}___typename\" not found`); \
                                 select it with `f(\"__typename\")()` in the entry instead"
                            ),
                        )
                        .with_related(colocated.origin, "the `$colocate` entry"),
                );
                None
            }
            Selection::Field(mut field) => {
                let alias = format!("{}_{}", colocated.label, field.response_key());
                field.alias = Some(alias).filter(|a| *a != field.name);
                Some(Selection::Field(field))
            }
            // Our `... on Type` around a spread on another type: its fields are top-level keys too.
            Selection::InlineFragment(mut fragment) => {
                fragment.selection_set = std::mem::take(&mut fragment.selection_set)
                    .into_iter()
                    .filter_map(|s| self.prefixed(colocated, s))
                    .collect();
                Some(Selection::InlineFragment(fragment))
            }
            other => Some(other),
        }
    }
}
