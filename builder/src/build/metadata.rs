//! An operation's `metadata`, as upstream's `buildOperationArtifact` computes it: each spread
//! fragment's metadata first (per spread, in pre-order, with that spread's `$`), then the
//! operation's own callback with `$`, `$var`, `document`, `fragmentMetadata` and `schemaLevel`.
//! No default propagation: without its own `metadata` an operation has none.

use std::rc::Rc;

use crate::diagnostic::Diagnostic;
use crate::document::inline::{DefIndex, SpreadUse};
use crate::document::ir::{SpreadArg, SpreadBinding, Value as GraphqlValue, VariableDefinition};
use crate::document::js::builtins::{get_property, Namespace};
use crate::document::js::eval::{fault_at, Evaluator};
use crate::document::js::syntax::Span;
use crate::document::js::value::{Fault, Value, VarRef};
use crate::document::js::{from_json, json, Metadata};

/// What the operation's metadata evaluation needs from its compilation.
pub(crate) struct OperationContext<'a> {
    /// The operation's own `metadata` option.
    pub own: Option<&'a Metadata>,
    /// Its variables (declared, then merged from `...${frag}`): the keys of `$`.
    pub variables: &'a [VariableDefinition],
    pub spreads: &'a [SpreadUse],
    /// The `DocumentNode` JSON text (the callback's `document`, read only when it is used).
    pub document: &'a str,
    /// Where diagnostics about the operation as a whole point.
    pub span: Span,
}

/// The operation's metadata as JSON text (`JSON.stringify`), or `None` when it has none.
pub(crate) fn operation_metadata<'m>(
    cx: &OperationContext<'_>,
    fragment_metadata: impl Fn(DefIndex) -> Option<&'m Metadata>,
) -> Result<Option<String>, Vec<Diagnostic>> {
    let has_fragment_metadata = cx
        .spreads
        .iter()
        .any(|u| fragment_metadata(u.fragment).is_some());
    if cx.own.is_none() && !has_fragment_metadata {
        return Ok(None);
    }
    let operation_dollar = variable_refs(cx.variables).map_err(|f| vec![fault_at(&cx.span, f)])?;
    let mut errors = Vec::new();
    let mut dollars: Vec<Value> = Vec::with_capacity(cx.spreads.len());
    let mut results = Vec::with_capacity(cx.spreads.len());
    for spread in cx.spreads {
        let parent = spread
            .parent
            .and_then(|p| dollars.get(p))
            .unwrap_or(&operation_dollar);
        let dollar = assignments(spread, parent).map_err(|f| vec![fault_at(&cx.span, f)])?;
        let value = match fragment_metadata(spread.fragment) {
            None => Value::Undefined,
            Some(metadata) => {
                let context = |_| fragment_context(&dollar);
                match metadata.evaluate(&mut Evaluator::default(), context) {
                    Ok(value) => value,
                    Err(d) => {
                        errors.push(d.with_related(spread.origin, "for the fragment spread here"));
                        Value::Undefined
                    }
                }
            }
        };
        dollars.push(dollar);
        results.push(value);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let Some(own) = cx.own else {
        return Ok(None);
    };
    let at = |f| vec![fault_at(&cx.span, f)];
    let fragment_metadata = Value::array(results).map_err(at)?;
    let context = |uses_document: bool| {
        let document = if uses_document {
            let parsed: serde_json::Value = serde_json::from_str(cx.document)
                .map_err(|e| Fault::TooDeep(format!("the document nests too deep to read: {e}")))?;
            from_json(&parsed)?
        } else {
            Value::Undefined
        };
        Value::object([
            (Rc::from("$"), operation_dollar.clone()),
            (Rc::from("$var"), Value::Namespace(Namespace::VarTools)),
            (Rc::from("document"), document),
            (Rc::from("fragmentMetadata"), fragment_metadata),
            (Rc::from("schemaLevel"), Value::Undefined),
        ])
    };
    let value = own
        .evaluate(&mut Evaluator::default(), context)
        .map_err(|d| vec![d])?;
    json::stringify(&value).map_err(at)
}

/// A fragment callback's parameter: `{ $, $var }`.
fn fragment_context(dollar: &Value) -> Result<Value, Fault> {
    Value::object([
        (Rc::from("$"), dollar.clone()),
        (Rc::from("$var"), Value::Namespace(Namespace::VarTools)),
    ])
}

/// The operation's `$`: a variable VarRef per variable.
fn variable_refs(variables: &[VariableDefinition]) -> Result<Value, Fault> {
    Value::object(variables.iter().map(|v| {
        let var_ref = Value::VarRef(Rc::new(VarRef::Variable(v.name.clone())));
        (Rc::from(v.name.as_str()), var_ref)
    }))
}

/// A spread fragment's `$` (upstream's `createVarAssignments`): a VarRef given is passed
/// through, any other value is wrapped as a nested value, and a variable not given is a nested
/// `undefined`. `...${frag}` gives the parent's `$` itself.
fn assignments(spread: &SpreadUse, parent: &Value) -> Result<Value, Fault> {
    let mut entries = Vec::with_capacity(spread.variables.len());
    for name in &spread.variables {
        let key: Rc<str> = Rc::from(name.as_str());
        let provided = match &spread.binding {
            SpreadBinding::PassThrough => get_property(parent, &key)?,
            SpreadBinding::Explicit(args) => match args.iter().find(|(n, _)| n == name) {
                Some((_, SpreadArg::Value(value))) => js_value(value, parent)?,
                _ => Value::Undefined,
            },
        };
        let assigned = match provided {
            Value::VarRef(_) => provided,
            other => Value::VarRef(Rc::new(VarRef::Nested(other))),
        };
        entries.push((key, assigned));
    }
    Value::object(entries)
}

/// A spread argument as the JavaScript value it was written as (`$.x` is the scope's VarRef).
fn js_value(value: &GraphqlValue, dollar: &Value) -> Result<Value, Fault> {
    Ok(match value {
        GraphqlValue::Variable(name) => get_property(dollar, &Rc::from(name.as_str()))?,
        GraphqlValue::Int(text) | GraphqlValue::Float(text) => {
            Value::Number(text.parse().unwrap_or(f64::NAN))
        }
        GraphqlValue::String(text) | GraphqlValue::Enum(text) => Value::string(text.as_str()),
        GraphqlValue::Boolean(b) => Value::Bool(*b),
        GraphqlValue::Null => Value::Null,
        GraphqlValue::List(items) => Value::array(
            items
                .iter()
                .map(|i| js_value(i, dollar))
                .collect::<Result<_, _>>()?,
        )?,
        GraphqlValue::Object(fields) => Value::object(
            fields
                .iter()
                .map(|(k, v)| Ok((Rc::from(k.as_str()), js_value(v, dollar)?)))
                .collect::<Result<Vec<_>, Fault>>()?,
        )?,
    })
}
