//! Inlining fragments into operations (soda-gql's semantics).
//!
//! Fragments are always inlined; the document has no fragment definitions. At each selection
//! level entries are keyed by response key: a later entry replaces an earlier one and keeps its
//! position (JavaScript object-spread order, as upstream). Fragment variables are bound by the
//! spread's arguments; `...${frag}` passes variables through by name and propagates the
//! fragment's variable definitions to the operation. A fragment spread on a different type than
//! its parent is wrapped in `... on Type` so validation checks the type condition.

mod colocate;
mod substitute;

use std::collections::HashMap;

use super::ir::*;
use super::schema_index::SchemaIndex;
use crate::diagnostic::{BuilderCode, Diagnostic, Origin};
use substitute::{substitute, substitute_arguments, substitute_directives};

/// Index of a definition in the build's definition table.
pub type DefIndex = usize;

/// Where the inliner finds fragments: the build's resolved module graph.
pub trait FragmentSource {
    /// The definition `target`, referenced from definition `from`, names.
    fn resolve(
        &self,
        from: DefIndex,
        target: &FragmentRef,
        origin: Origin,
    ) -> Result<DefIndex, Diagnostic>;
    /// The fragment IR of a definition, or a diagnostic when it is not a usable fragment.
    fn fragment(&self, def: DefIndex, origin: Origin) -> Result<&FragmentIr, Diagnostic>;
}

#[derive(Debug, Clone)]
enum Binding {
    Value(Value),
    Omitted,
}

type Env = HashMap<String, Binding>;

/// The inlining of one operation or fragment: selections, merged variables, and the spreads.
pub struct Inlined {
    pub variables: Vec<VariableDefinition>,
    pub selections: Vec<Selection>,
    /// Every fragment spread, in pre-order (upstream's order of `spread()` calls).
    pub spreads: Vec<SpreadUse>,
    /// A `...${frag}` written in the definition itself brings variables: upstream then rebuilds
    /// every variable definition from its merged variables instead of keeping the parsed ones.
    pub rebuilds_variables: bool,
}

/// One fragment spread met while inlining (each spread of a fragment is one use).
#[derive(Debug, Clone)]
pub struct SpreadUse {
    pub fragment: DefIndex,
    /// The use this spread is inside; `None` when it is written in the definition inlined.
    pub parent: Option<usize>,
    pub binding: SpreadBinding,
    /// The fragment's variables: its own, then those its `...${frag}` spreads merge in.
    pub variables: Vec<String>,
    /// Where the spread is written.
    pub origin: Origin,
}

/// Inlines every spread of `selections` (owned by definition `owner`, whose own variables are
/// `declared` and whose selections are on `parent_type`).
pub fn inline(
    owner: DefIndex,
    declared: &[VariableDefinition],
    selections: &[Selection],
    parent_type: Option<&str>,
    source: &dyn FragmentSource,
    schema: Option<&SchemaIndex>,
) -> Result<Inlined, Vec<Diagnostic>> {
    let mut inliner = Inliner {
        source,
        schema,
        stack: vec![owner],
        errors: Vec::new(),
        spreads: Vec::new(),
        current: None,
        rebuilds_variables: false,
    };
    let mut variables = declared.to_vec();
    inliner.merge_pass_through_variables(owner, selections, &mut variables);
    let env = Env::new();
    let mut out = Vec::new();
    inliner.expand(owner, selections, &env, parent_type, &mut out);
    if inliner.errors.is_empty() {
        Ok(Inlined {
            variables,
            selections: out.into_iter().map(|(_, s)| s).collect(),
            spreads: inliner.spreads,
            rebuilds_variables: inliner.rebuilds_variables,
        })
    } else {
        Err(inliner.errors)
    }
}

struct Inliner<'a> {
    source: &'a dyn FragmentSource,
    schema: Option<&'a SchemaIndex>,
    stack: Vec<DefIndex>,
    errors: Vec<Diagnostic>,
    spreads: Vec<SpreadUse>,
    /// The spread use whose fragment is being expanded.
    current: Option<usize>,
    rebuilds_variables: bool,
}

fn selection_key(selection: &Selection) -> String {
    match selection {
        Selection::Field(field) => field.response_key().to_owned(),
        // Two fragments wrapped on one type are two entries (upstream merges their fields).
        Selection::InlineFragment(fragment) => format!(
            "... on {}{}",
            fragment.type_condition.as_deref().unwrap_or(""),
            fragment
                .wrapped_spread
                .as_ref()
                .map_or(String::new(), |w| format!(" (fragment {})", w.fragment))
        ),
        Selection::Spread(spread) => format!("...{}", spread.target),
        Selection::Colocated(colocated) => format!("$colocate {}", colocated.label),
    }
}

fn insert(out: &mut Vec<(String, Selection)>, selection: Selection) {
    let key = selection_key(&selection);
    match out.iter_mut().find(|(k, _)| *k == key) {
        Some(slot) => slot.1 = selection,
        None => out.push((key, selection)),
    }
}

impl Inliner<'_> {
    fn resolve_fragment(
        &mut self,
        from: DefIndex,
        spread: &Spread,
    ) -> Option<(DefIndex, FragmentIr)> {
        let target = match self.source.resolve(from, &spread.target, spread.origin) {
            Ok(target) => target,
            Err(d) => {
                self.errors.push(d);
                return None;
            }
        };
        if self.stack.contains(&target) {
            self.errors.push(BuilderCode::FragmentCycle.at(
                spread.origin,
                format!(
                    "fragment `{}` spreads itself (directly or through other fragments)",
                    spread.target
                ),
            ));
            return None;
        }
        match self.source.fragment(target, spread.origin) {
            Ok(fragment) => Some((target, fragment.clone())),
            Err(d) => {
                self.errors.push(d);
                None
            }
        }
    }

    /// Adds the variables of `...${frag}` spreads (recursively through fragments) to `variables`.
    fn merge_pass_through_variables(
        &mut self,
        owner: DefIndex,
        selections: &[Selection],
        variables: &mut Vec<VariableDefinition>,
    ) {
        for selection in selections {
            match selection {
                Selection::Field(field) => {
                    if let Some(set) = &field.selection_set {
                        self.merge_pass_through_variables(owner, set, variables);
                    }
                }
                Selection::InlineFragment(fragment) => {
                    self.merge_pass_through_variables(owner, &fragment.selection_set, variables);
                }
                Selection::Colocated(colocated) => {
                    self.merge_pass_through_variables(owner, &colocated.selections, variables);
                }
                Selection::Spread(spread) if spread.binding == SpreadBinding::PassThrough => {
                    let Some((target, fragment)) = self.resolve_fragment(owner, spread) else {
                        continue;
                    };
                    let in_owner = self.stack.len() == 1;
                    self.stack.push(target);
                    let mut inner = fragment.variables.clone();
                    self.merge_pass_through_variables(target, &fragment.selections, &mut inner);
                    self.stack.pop();
                    self.rebuilds_variables |= in_owner && !inner.is_empty();
                    for var in inner {
                        match variables.iter().find(|v| v.name == var.name) {
                            None => variables.push(var),
                            Some(existing) if existing.ty == var.ty => {}
                            Some(existing) => self.errors.push(
                                BuilderCode::VariableConflict.at(existing.origin, format!(
                                        "variable `${}` is `{}` here but `{}` in spread fragment `{}`",
                                        var.name, existing.ty, var.ty, spread.target
                                    ))
                                .with_related(var.origin, "declared here"),
                            ),
                        }
                    }
                }
                Selection::Spread(_) => {}
            }
        }
    }

    fn expand(
        &mut self,
        owner: DefIndex,
        selections: &[Selection],
        env: &Env,
        parent: Option<&str>,
        out: &mut Vec<(String, Selection)>,
    ) {
        for selection in selections {
            match selection {
                Selection::Field(field) => {
                    let child_type = match (parent, self.schema) {
                        (Some(p), Some(s)) => s.field_type(p, &field.name),
                        _ => None,
                    };
                    let selection_set = field.selection_set.as_ref().map(|set| {
                        let mut children = Vec::new();
                        self.expand(owner, set, env, child_type.as_deref(), &mut children);
                        children.into_iter().map(|(_, s)| s).collect()
                    });
                    insert(
                        out,
                        Selection::Field(Field {
                            alias: field.alias.clone(),
                            name: field.name.clone(),
                            arguments: substitute_arguments(&field.arguments, env),
                            directives: substitute_directives(&field.directives, env),
                            selection_set,
                            shorthand: field.shorthand,
                            origin: field.origin,
                        }),
                    );
                }
                Selection::InlineFragment(fragment) => {
                    let mut children = Vec::new();
                    let ty = fragment.type_condition.as_deref().or(parent);
                    self.expand(owner, &fragment.selection_set, env, ty, &mut children);
                    insert(
                        out,
                        Selection::InlineFragment(InlineFragment {
                            type_condition: fragment.type_condition.clone(),
                            directives: substitute_directives(&fragment.directives, env),
                            selection_set: children.into_iter().map(|(_, s)| s).collect(),
                            wrapped_spread: fragment.wrapped_spread.clone(),
                            origin: fragment.origin,
                        }),
                    );
                }
                Selection::Spread(spread) => self.expand_spread(owner, spread, env, parent, out),
                Selection::Colocated(colocated) => {
                    self.expand_colocated(owner, colocated, env, parent, out)
                }
            }
        }
    }

    /// Inlines the fragment `spread` names, bound as the spread says, recording the use.
    fn expand_spread(
        &mut self,
        owner: DefIndex,
        spread: &Spread,
        env: &Env,
        parent: Option<&str>,
        out: &mut Vec<(String, Selection)>,
    ) {
        let Some((target, fragment)) = self.resolve_fragment(owner, spread) else {
            return;
        };
        let mut declared = fragment.variables.clone();
        self.stack.push(target);
        self.merge_pass_through_variables(target, &fragment.selections, &mut declared);
        // Recorded before its body is expanded: upstream records a spread, then builds it.
        self.spreads.push(SpreadUse {
            fragment: target,
            parent: self.current,
            binding: spread.binding.clone(),
            variables: declared.iter().map(|v| v.name.clone()).collect(),
            origin: spread.origin,
        });
        let outer = self.current.replace(self.spreads.len() - 1);
        let inner_env = bind_spread(&spread.binding, &declared, env);
        let on = Some(fragment.type_condition.as_str());
        if parent.is_none_or(|p| p == fragment.type_condition) {
            self.expand(target, &fragment.selections, &inner_env, on, out);
        } else {
            let mut children = Vec::new();
            self.expand(target, &fragment.selections, &inner_env, on, &mut children);
            insert(
                out,
                Selection::InlineFragment(InlineFragment {
                    type_condition: Some(fragment.type_condition.clone()),
                    directives: Vec::new(),
                    selection_set: children.into_iter().map(|(_, s)| s).collect(),
                    wrapped_spread: parent.map(|parent| WrappedSpread {
                        fragment: fragment.key.clone(),
                        parent: parent.to_owned(),
                    }),
                    origin: spread.origin,
                }),
            );
        }
        self.current = outer;
        self.stack.pop();
    }
}

/// What a spread binds each of the fragment's `declared` variables to, in the scope `env`.
fn bind_spread(binding: &SpreadBinding, declared: &[VariableDefinition], env: &Env) -> Env {
    declared
        .iter()
        .map(|v| {
            let bound = match binding {
                SpreadBinding::PassThrough => env
                    .get(&v.name)
                    .cloned()
                    .unwrap_or_else(|| Binding::Value(Value::Variable(v.name.clone()))),
                SpreadBinding::Explicit(args) => match args.iter().find(|(n, _)| *n == v.name) {
                    Some((_, SpreadArg::Value(value))) => {
                        substitute(value, env).map_or(Binding::Omitted, Binding::Value)
                    }
                    _ => Binding::Omitted,
                },
            };
            (v.name.clone(), bound)
        })
        .collect()
}
