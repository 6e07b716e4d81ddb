//! Fragment variables replaced by what a spread binds them to.

use super::{Binding, Env};
use crate::document::ir::*;

/// `value` with the variables `env` binds substituted; `None` when it is an omitted variable.
pub(super) fn substitute(value: &Value, env: &Env) -> Option<Value> {
    match value {
        Value::Variable(name) => match env.get(name) {
            Some(Binding::Value(v)) => Some(v.clone()),
            Some(Binding::Omitted) => None,
            None => Some(value.clone()),
        },
        Value::List(items) => Some(Value::List(
            items.iter().filter_map(|i| substitute(i, env)).collect(),
        )),
        Value::Object(fields) => Some(Value::Object(
            fields
                .iter()
                .filter_map(|(n, v)| substitute(v, env).map(|v| (n.clone(), v)))
                .collect(),
        )),
        other => Some(other.clone()),
    }
}

pub(super) fn substitute_arguments(args: &[Argument], env: &Env) -> Vec<Argument> {
    args.iter()
        .filter_map(|a| {
            substitute(&a.value, env).map(|value| Argument {
                name: a.name.clone(),
                value,
                origin: a.origin,
            })
        })
        .collect()
}

pub(super) fn substitute_directives(directives: &[Directive], env: &Env) -> Vec<Directive> {
    directives
        .iter()
        .map(|d| Directive {
            name: d.name.clone(),
            arguments: substitute_arguments(&d.arguments, env),
            origin: d.origin,
        })
        .collect()
}
