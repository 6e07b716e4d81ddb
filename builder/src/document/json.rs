//! graphql-js `DocumentNode` JSON, shaped as upstream builds it, written straight to compact
//! text: an operation's document is the largest thing a build produces, and a tree of
//! `serde_json::Value` maps per node cost more than the rest of its compilation.

use super::ir::*;
use super::located::located_variable_definitions;
use super::OperationDocument;

/// The operation as a graphql-js `DocumentNode`, compact JSON (the form `JSON.stringify` gives).
pub fn document_node(op: &OperationDocument) -> String {
    let mut w = Json::default();
    w.open("Document");
    w.key("definitions");
    w.buf.push(b'[');
    w.open("OperationDefinition");
    w.key("operation");
    w.string(op.operation_type.as_str());
    w.key("name");
    w.name(&op.name);
    w.key("variableDefinitions");
    variable_definitions(&mut w, op);
    w.key("selectionSet");
    selection_set(&mut w, &op.selections);
    w.close();
    w.buf.push(b']');
    w.close();
    w.finish()
}

/// Parsed definitions keep graphql-js's nodes, `loc` included; rebuilt ones have none.
fn variable_definitions(w: &mut Json, op: &OperationDocument) {
    let located = Some(&op.variables_source)
        .filter(|_| !op.rebuilt_variables && !op.variables.is_empty())
        .and_then(|source| located_variable_definitions(source))
        .filter(|nodes| nodes.len() == op.variables.len());
    match located {
        Some(nodes) => w.list(&nodes, |w, node| {
            // `serde_json::Value` writes exactly this compact form.
            let _ = serde_json::to_writer(&mut w.buf, node);
        }),
        None => w.list(&op.variables, |w, v| {
            variable_definition(w, v, op.rebuilt_variables);
        }),
    }
}

/// A parsed variable definition: `{ kind, variable, type, defaultValue?, directives }`; a rebuilt
/// one (upstream's `buildVariables`): `{ kind, variable, defaultValue?, type }`.
fn variable_definition(w: &mut Json, var: &VariableDefinition, rebuilt: bool) {
    w.open("VariableDefinition");
    w.key("variable");
    w.open("Variable");
    w.key("name");
    w.name(&var.name);
    w.close();
    if rebuilt {
        if let Some(default) = &var.default_value {
            w.key("defaultValue");
            value(w, default);
        }
        w.key("type");
        type_ref(w, &var.ty);
    } else {
        w.key("type");
        type_ref(w, &var.ty);
        if let Some(default) = &var.default_value {
            w.key("defaultValue");
            value(w, default);
        }
        w.key("directives");
        w.list(&var.directives, directive);
    }
    w.close();
}

fn type_ref(w: &mut Json, ty: &TypeRef) {
    match ty {
        TypeRef::Named(n) => named_type(w, n),
        TypeRef::List(inner) => {
            w.open("ListType");
            w.key("type");
            type_ref(w, inner);
            w.close();
        }
        TypeRef::NonNull(inner) => {
            w.open("NonNullType");
            w.key("type");
            type_ref(w, inner);
            w.close();
        }
    }
}

fn named_type(w: &mut Json, name: &str) {
    w.open("NamedType");
    w.key("name");
    w.name(name);
    w.close();
}

fn selection_set(w: &mut Json, selections: &[Selection]) {
    w.open("SelectionSet");
    w.key("selections");
    let shown: Vec<&Selection> = selections
        .iter()
        .filter(|s| matches!(s, Selection::Field(_) | Selection::InlineFragment(_)))
        .collect();
    w.list(&shown, |w, s| selection(w, s));
    w.close();
}

fn selection(w: &mut Json, selection: &Selection) {
    match selection {
        Selection::Field(field) => {
            w.open("Field");
            w.key("name");
            w.name(&field.name);
            if let Some(alias) = &field.alias {
                w.key("alias");
                w.name(alias);
            }
            // Upstream's `__typename` shorthand builds `{ kind, name }`: no `arguments` at all.
            if !field.shorthand {
                w.key("arguments");
                w.list(&field.arguments, argument);
            }
            if !field.directives.is_empty() {
                w.key("directives");
                w.list(&field.directives, directive);
            }
            if let Some(set) = field.selection_set.as_deref().filter(|s| !s.is_empty()) {
                w.key("selectionSet");
                selection_set(w, set);
            }
            w.close();
        }
        Selection::InlineFragment(fragment) => {
            w.open("InlineFragment");
            if let Some(ty) = &fragment.type_condition {
                w.key("typeCondition");
                named_type(w, ty);
            }
            if !fragment.directives.is_empty() {
                w.key("directives");
                w.list(&fragment.directives, directive);
            }
            w.key("selectionSet");
            selection_set(w, &fragment.selection_set);
            w.close();
        }
        Selection::Spread(_) | Selection::Colocated(_) => {}
    }
}

fn argument(w: &mut Json, arg: &Argument) {
    w.open("Argument");
    w.key("name");
    w.name(&arg.name);
    w.key("value");
    value(w, &arg.value);
    w.close();
}

fn directive(w: &mut Json, d: &Directive) {
    w.open("Directive");
    w.key("name");
    w.name(&d.name);
    w.key("arguments");
    w.list(&d.arguments, argument);
    w.close();
}

fn value(w: &mut Json, v: &Value) {
    match v {
        Value::Int(raw) => return w.scalar("IntValue", raw),
        Value::Float(raw) => return w.scalar("FloatValue", raw),
        Value::String(s) => return w.scalar("StringValue", s),
        Value::Enum(e) => return w.scalar("EnumValue", e),
        Value::Variable(n) => {
            w.open("Variable");
            w.key("name");
            w.name(n);
        }
        Value::Boolean(b) => {
            w.open("BooleanValue");
            w.key("value");
            w.buf.extend_from_slice(if *b { b"true" } else { b"false" });
        }
        Value::Null => w.open("NullValue"),
        Value::List(items) => {
            w.open("ListValue");
            w.key("values");
            w.list(items, value);
        }
        Value::Object(fields) => {
            w.open("ObjectValue");
            w.key("fields");
            w.list(fields, |w, (n, v)| {
                w.open("ObjectField");
                w.key("name");
                w.name(n);
                w.key("value");
                value(w, v);
                w.close();
            });
        }
    }
    w.close();
}

/// Compact JSON under construction: objects open with their `kind`, keys in the order
/// graphql-js writes them.
#[derive(Default)]
struct Json {
    buf: Vec<u8>,
}

impl Json {
    /// `{"kind":"<kind>"`; every key after it is preceded by a comma.
    fn open(&mut self, kind: &str) {
        self.buf.extend_from_slice(b"{\"kind\":");
        self.string(kind);
    }

    fn close(&mut self) {
        self.buf.push(b'}');
    }

    /// `,"<key>":` (keys are ASCII names that need no escaping).
    fn key(&mut self, key: &str) {
        self.buf.extend_from_slice(b",\"");
        self.buf.extend_from_slice(key.as_bytes());
        self.buf.extend_from_slice(b"\":");
    }

    /// A string, escaped as `serde_json` (and `JSON.stringify`) escape it.
    fn string(&mut self, s: &str) {
        // Writing into a `Vec` cannot fail.
        let _ = serde_json::to_writer(&mut self.buf, s);
    }

    /// `{"kind":"Name","value":"<value>"}`.
    fn name(&mut self, value: &str) {
        self.scalar("Name", value);
    }

    /// `{"kind":"<kind>","value":"<value>"}`.
    fn scalar(&mut self, kind: &str, value: &str) {
        self.open(kind);
        self.key("value");
        self.string(value);
        self.close();
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.buf.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            each(self, item);
        }
        self.buf.push(b']');
    }

    fn finish(self) -> String {
        // Only whole UTF-8 strings and ASCII punctuation were written.
        String::from_utf8(self.buf).unwrap_or_default()
    }
}
