//! graphql-js `DocumentNode` JSON, shaped as upstream builds it (no `loc`).

use serde_json::{json, Map, Value as Json};

use super::ir::*;
use super::located::located_variable_definitions;
use super::OperationDocument;

/// The operation as a graphql-js `DocumentNode`.
pub fn document_node(op: &OperationDocument) -> Json {
    // Parsed definitions keep graphql-js's nodes, `loc` included; rebuilt ones have none.
    let located = Some(&op.variables_source)
        .filter(|_| !op.rebuilt_variables && !op.variables.is_empty())
        .and_then(|source| located_variable_definitions(source))
        .filter(|nodes| nodes.len() == op.variables.len());
    let variable_definitions = located.unwrap_or_else(|| {
        op.variables
            .iter()
            .map(|v| variable_definition(v, op.rebuilt_variables))
            .collect()
    });
    json!({
        "kind": "Document",
        "definitions": [{
            "kind": "OperationDefinition",
            "operation": op.operation_type.as_str(),
            "name": name(&op.name),
            "variableDefinitions": variable_definitions,
            "selectionSet": selection_set(&op.selections),
        }],
    })
}

fn name(value: &str) -> Json {
    json!({ "kind": "Name", "value": value })
}

/// A parsed variable definition: `{ kind, variable, type, defaultValue?, directives }`; a rebuilt
/// one (upstream's `buildVariables`): `{ kind, variable, defaultValue?, type }`.
fn variable_definition(var: &VariableDefinition, rebuilt: bool) -> Json {
    let mut node = Map::new();
    node.insert("kind".into(), "VariableDefinition".into());
    node.insert(
        "variable".into(),
        json!({ "kind": "Variable", "name": name(&var.name) }),
    );
    if rebuilt {
        if let Some(default) = &var.default_value {
            node.insert("defaultValue".into(), value(default));
        }
        node.insert("type".into(), type_ref(&var.ty));
        return Json::Object(node);
    }
    node.insert("type".into(), type_ref(&var.ty));
    if let Some(default) = &var.default_value {
        node.insert("defaultValue".into(), value(default));
    }
    node.insert(
        "directives".into(),
        var.directives.iter().map(directive).collect(),
    );
    Json::Object(node)
}

fn type_ref(ty: &TypeRef) -> Json {
    match ty {
        TypeRef::Named(n) => json!({ "kind": "NamedType", "name": name(n) }),
        TypeRef::List(inner) => json!({ "kind": "ListType", "type": type_ref(inner) }),
        TypeRef::NonNull(inner) => json!({ "kind": "NonNullType", "type": type_ref(inner) }),
    }
}

fn selection_set(selections: &[Selection]) -> Json {
    json!({ "kind": "SelectionSet", "selections": selections.iter().filter_map(selection).collect::<Vec<_>>() })
}

fn selection(selection: &Selection) -> Option<Json> {
    Some(match selection {
        Selection::Field(field) => {
            let mut node = Map::new();
            node.insert("kind".into(), "Field".into());
            node.insert("name".into(), name(&field.name));
            if let Some(alias) = &field.alias {
                node.insert("alias".into(), name(alias));
            }
            // Upstream's `__typename` shorthand builds `{ kind, name }`: no `arguments` at all.
            if !field.shorthand {
                node.insert(
                    "arguments".into(),
                    field.arguments.iter().map(argument).collect(),
                );
            }
            if !field.directives.is_empty() {
                node.insert(
                    "directives".into(),
                    field.directives.iter().map(directive).collect(),
                );
            }
            if let Some(set) = field.selection_set.as_deref().filter(|s| !s.is_empty()) {
                node.insert("selectionSet".into(), selection_set(set));
            }
            Json::Object(node)
        }
        Selection::InlineFragment(fragment) => {
            let mut node = Map::new();
            node.insert("kind".into(), "InlineFragment".into());
            if let Some(ty) = &fragment.type_condition {
                node.insert(
                    "typeCondition".into(),
                    json!({ "kind": "NamedType", "name": name(ty) }),
                );
            }
            if !fragment.directives.is_empty() {
                node.insert(
                    "directives".into(),
                    fragment.directives.iter().map(directive).collect(),
                );
            }
            node.insert(
                "selectionSet".into(),
                selection_set(&fragment.selection_set),
            );
            Json::Object(node)
        }
        Selection::Spread(_) | Selection::Colocated(_) => return None,
    })
}

fn argument(arg: &Argument) -> Json {
    json!({ "kind": "Argument", "name": name(&arg.name), "value": value(&arg.value) })
}

fn directive(d: &Directive) -> Json {
    json!({ "kind": "Directive", "name": name(&d.name), "arguments": d.arguments.iter().map(argument).collect::<Vec<_>>() })
}

fn value(v: &Value) -> Json {
    match v {
        Value::Variable(n) => json!({ "kind": "Variable", "name": name(n) }),
        Value::Int(raw) => json!({ "kind": "IntValue", "value": raw }),
        Value::Float(raw) => json!({ "kind": "FloatValue", "value": raw }),
        Value::String(s) => json!({ "kind": "StringValue", "value": s }),
        Value::Boolean(b) => json!({ "kind": "BooleanValue", "value": b }),
        Value::Null => json!({ "kind": "NullValue" }),
        Value::Enum(e) => json!({ "kind": "EnumValue", "value": e }),
        Value::List(items) => {
            json!({ "kind": "ListValue", "values": items.iter().map(value).collect::<Vec<_>>() })
        }
        Value::Object(fields) => json!({
            "kind": "ObjectValue",
            "fields": fields
                .iter()
                .map(|(n, v)| json!({ "kind": "ObjectField", "name": name(n), "value": value(v) }))
                .collect::<Vec<_>>(),
        }),
    }
}
