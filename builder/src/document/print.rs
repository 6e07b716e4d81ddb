//! Printing exactly as graphql-js 16 `print()` prints, recording where each node came from.
//!
//! The origin table maps ranges of the printed text back to the TypeScript source, so a
//! validation error found in the printed document points at the user's template.

use std::ops::Range;

use super::ir::*;
use super::OperationDocument;
use crate::diagnostic::Origin;

const MAX_LINE_LENGTH: usize = 80;

/// Printed text plus, for each printed node, the source position it came from.
#[derive(Debug, Default)]
pub struct Printed {
    pub text: String,
    /// Innermost-last: later entries are nested inside earlier ones that contain them.
    pub origins: Vec<(Range<usize>, Origin)>,
    /// The `... on Type` wrappers of fragment spreads: where each starts, what it wraps and its type.
    pub wrapped_spreads: Vec<(usize, WrappedSpread, String)>,
}

impl Printed {
    /// The fragment spread wrapped in the `... on Type` printed at `offset`, and that type.
    pub fn wrapped_spread_at(&self, offset: usize) -> Option<(&WrappedSpread, &str)> {
        self.wrapped_spreads
            .iter()
            .find(|(start, _, _)| *start == offset)
            .map(|(_, wrapped, ty)| (wrapped, ty.as_str()))
    }

    /// The source position of the innermost printed node containing `offset`.
    pub fn origin_at(&self, offset: usize) -> Option<Origin> {
        self.origins
            .iter()
            .filter(|(range, _)| range.start <= offset && offset <= range.end)
            .min_by_key(|(range, _)| range.end - range.start)
            .map(|(_, origin)| *origin)
    }
}

/// Prints an operation as graphql-js does.
pub fn print_operation(op: &OperationDocument) -> Printed {
    let mut p = Printer {
        out: Printed::default(),
    };
    p.push(op.operation_type.as_str());
    p.push(" ");
    p.push(&op.name);
    if !op.variables.is_empty() {
        p.push("(");
        for (i, var) in op.variables.iter().enumerate() {
            if i > 0 {
                p.push(", ");
            }
            let start = p.len();
            p.push("$");
            p.push(&var.name);
            p.push(": ");
            p.push(&var.ty.to_string());
            if let Some(default) = &var.default_value {
                p.push(" = ");
                p.value(default);
            }
            p.directives(&var.directives);
            p.mark(start, var.origin);
        }
        p.push(")");
    }
    p.push(" ");
    p.block(&op.selections, 0);
    p.out
}

/// Prints `fragment <name> on <type> { ... }` (used to validate a fragment on its own).
pub fn print_fragment(name: &str, type_condition: &str, selections: &[Selection]) -> Printed {
    let mut p = Printer {
        out: Printed::default(),
    };
    p.push("fragment ");
    p.push(name);
    p.push(" on ");
    p.push(type_condition);
    p.push(" ");
    p.block(selections, 0);
    p.out
}

/// Prints a value as graphql-js does (used for JSON-free contexts such as messages).
pub fn print_value(value: &Value) -> String {
    let mut p = Printer {
        out: Printed::default(),
    };
    p.value(value);
    p.out.text
}

struct Printer {
    out: Printed,
}

impl Printer {
    fn push(&mut self, s: &str) {
        self.out.text.push_str(s);
    }

    fn len(&self) -> usize {
        self.out.text.len()
    }

    fn mark(&mut self, start: usize, origin: Origin) {
        let end = self.len();
        self.out.origins.push((start..end, origin));
    }

    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.push("  ");
        }
    }

    /// `{\n  sel\n}` at `depth`; nothing for an empty set (graphql-js prints `""`).
    fn block(&mut self, selections: &[Selection], depth: usize) {
        if selections.is_empty() {
            return;
        }
        self.push("{\n");
        for (i, selection) in selections.iter().enumerate() {
            if i > 0 {
                self.push("\n");
            }
            self.indent(depth + 1);
            self.selection(selection, depth + 1);
        }
        self.push("\n");
        self.indent(depth);
        self.push("}");
    }

    fn selection(&mut self, selection: &Selection, depth: usize) {
        let start = self.len();
        match selection {
            Selection::Field(field) => {
                let mut prefix = String::new();
                if let Some(alias) = &field.alias {
                    prefix.push_str(alias);
                    prefix.push_str(": ");
                }
                prefix.push_str(&field.name);
                self.push(&prefix);
                if !field.arguments.is_empty() {
                    let one_line: Vec<String> = field
                        .arguments
                        .iter()
                        .map(|a| format!("{}: {}", a.name, print_value(&a.value)))
                        .collect();
                    let line = format!("{prefix}({})", one_line.join(", "));
                    let multiline = line.encode_utf16().count() > MAX_LINE_LENGTH;
                    self.push(if multiline { "(\n" } else { "(" });
                    for (i, arg) in field.arguments.iter().enumerate() {
                        if multiline {
                            if i > 0 {
                                self.push("\n");
                            }
                            self.indent(depth + 1);
                        } else if i > 0 {
                            self.push(", ");
                        }
                        self.argument(arg);
                    }
                    if multiline {
                        self.push("\n");
                        self.indent(depth);
                    }
                    self.push(")");
                }
                self.directives(&field.directives);
                if let Some(set) = &field.selection_set {
                    if !set.is_empty() {
                        self.push(" ");
                        self.block(set, depth);
                    }
                }
                self.mark(start, field.origin);
            }
            Selection::InlineFragment(fragment) => {
                if let (Some(wrapped), Some(ty)) =
                    (&fragment.wrapped_spread, &fragment.type_condition)
                {
                    self.out
                        .wrapped_spreads
                        .push((start, wrapped.clone(), ty.clone()));
                }
                self.push("...");
                if let Some(ty) = &fragment.type_condition {
                    self.push(" on ");
                    self.push(ty);
                }
                self.directives(&fragment.directives);
                if !fragment.selection_set.is_empty() {
                    self.push(" ");
                    self.block(&fragment.selection_set, depth);
                }
                self.mark(start, fragment.origin);
            }
            // Inlining removes every spread before printing; keep the output valid if one slips through.
            Selection::Spread(spread) => {
                self.push("...");
                self.push(&spread.target.to_string());
                self.mark(start, spread.origin);
            }
            Selection::Colocated(colocated) => {
                self.push("...");
                self.push(&colocated.label);
                self.mark(start, colocated.origin);
            }
        }
    }

    fn argument(&mut self, arg: &Argument) {
        let start = self.len();
        self.push(&arg.name);
        self.push(": ");
        self.value(&arg.value);
        self.mark(start, arg.origin);
    }

    fn directives(&mut self, directives: &[Directive]) {
        for directive in directives {
            self.push(" ");
            let start = self.len();
            self.push("@");
            self.push(&directive.name);
            if !directive.arguments.is_empty() {
                self.push("(");
                for (i, arg) in directive.arguments.iter().enumerate() {
                    if i > 0 {
                        self.push(", ");
                    }
                    self.argument(arg);
                }
                self.push(")");
            }
            self.mark(start, directive.origin);
        }
    }

    fn value(&mut self, value: &Value) {
        match value {
            Value::Variable(name) => {
                self.push("$");
                self.push(name);
            }
            Value::Int(raw) | Value::Float(raw) | Value::Enum(raw) => self.push(raw),
            Value::String(s) => {
                let escaped = escape_string(s);
                self.push(&escaped);
            }
            Value::Boolean(b) => self.push(if *b { "true" } else { "false" }),
            Value::Null => self.push("null"),
            Value::List(items) => {
                self.push("[");
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.push(", ");
                    }
                    self.value(item);
                }
                self.push("]");
            }
            Value::Object(fields) => {
                self.push("{");
                for (i, (name, item)) in fields.iter().enumerate() {
                    if i > 0 {
                        self.push(", ");
                    }
                    self.push(name);
                    self.push(": ");
                    self.value(item);
                }
                self.push("}");
            }
        }
    }
}

/// graphql-js `printString`: JSON-like escapes, `\uXXXX` (uppercase hex) for control characters.
pub fn escape_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || (0x7f..=0x9f).contains(&(c as u32)) => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_like_graphql_js() {
        assert_eq!(
            escape_string("d\u{1}\u{7f}\"é\\\n"),
            r#""d\u0001\u007F\"é\\\n""#
        );
    }
}
