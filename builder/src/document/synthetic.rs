//! GraphQL text assembled from TypeScript (template quasis, or text generated from a field
//! builder), parsed with apollo-compiler into the IR, with every node mapped back to its
//! TypeScript position.

use apollo_compiler::ast;
use apollo_compiler::diagnostic::ToCliReport;

use super::escapes::{escape_map, through_escapes};
use super::ir::*;
use crate::diagnostic::{BuilderCode, Diagnostic, FileId, Origin};

/// Prefix of the name a spread placeholder gets in synthetic text.
pub const PLACEHOLDER_PREFIX: &str = "__soda_spread_";

/// A piece of synthetic text and the TypeScript position it came from.
#[derive(Debug, Clone)]
struct Segment {
    synthetic_start: usize,
    ts_start: u32,
    /// How offsets inside the piece map to the source.
    mapping: Mapping,
}

#[derive(Debug, Clone)]
enum Mapping {
    /// One-to-one (a quasi whose raw text equals its cooked text).
    Exact,
    /// Through escape sequences: `(cooked offset, raw offset)` at the start of every run of
    /// plain text and of every escape.
    Escapes(Vec<(usize, usize)>),
    /// Everything maps to the start (generated text).
    Start,
}

/// GraphQL text being assembled, with its map back to the TypeScript file.
#[derive(Debug, Clone)]
pub struct SyntheticSource {
    pub text: String,
    file: FileId,
    segments: Vec<Segment>,
}

impl SyntheticSource {
    /// Empty text whose positions belong to `file`.
    pub fn new(file: FileId) -> Self {
        SyntheticSource {
            text: String::new(),
            file,
            segments: Vec::new(),
        }
    }

    /// Appends text copied from the TypeScript source at `ts_start` (offsets map one-to-one when `exact`).
    pub fn push_mapped(&mut self, text: &str, ts_start: u32, exact: bool) {
        let mapping = if exact {
            Mapping::Exact
        } else {
            Mapping::Start
        };
        self.push(text, ts_start, mapping);
    }

    /// Appends a template quasi: its cooked text, mapped to the source through the escape
    /// sequences of its raw text (so `\u0041` or `` \` `` do not lose error positions).
    pub fn push_quasi(&mut self, cooked: &str, raw: &str, ts_start: u32) {
        let mapping = if cooked == raw {
            Mapping::Exact
        } else {
            escape_map(raw, cooked).map_or(Mapping::Start, Mapping::Escapes)
        };
        self.push(cooked, ts_start, mapping);
    }

    fn push(&mut self, text: &str, ts_start: u32, mapping: Mapping) {
        self.segments.push(Segment {
            synthetic_start: self.text.len(),
            ts_start,
            mapping,
        });
        self.text.push_str(text);
    }

    /// Appends generated text that stands for the TypeScript node at `ts_start`.
    pub fn push_generated(&mut self, text: &str, ts_start: u32) {
        self.push_mapped(text, ts_start, false);
    }

    /// The TypeScript position of a synthetic offset.
    pub fn origin(&self, offset: usize) -> Origin {
        let index = self
            .segments
            .partition_point(|s| s.synthetic_start <= offset);
        let ts = match index.checked_sub(1).and_then(|i| self.segments.get(i)) {
            Some(seg) => {
                let inside = offset - seg.synthetic_start;
                let raw = match &seg.mapping {
                    Mapping::Exact => inside,
                    Mapping::Start => 0,
                    Mapping::Escapes(points) => through_escapes(points, inside),
                };
                seg.ts_start + u32::try_from(raw).unwrap_or(0)
            }
            None => self.segments.first().map_or(0, |s| s.ts_start),
        };
        Origin {
            file: self.file,
            offset: ts,
        }
    }
}

/// What a spread placeholder stands for.
#[derive(Debug, Clone)]
pub struct Placeholder {
    pub target: FragmentRef,
    pub binding: SpreadBinding,
    pub origin: Origin,
}

/// The parsed head and body of a template: `($v: T) { ... }`.
#[derive(Debug, Clone, Default)]
pub struct ParsedTemplate {
    pub variables: Vec<VariableDefinition>,
    pub selections: Vec<Selection>,
}

/// Parses `source` (which must read `query <name> <head> { <body> }`) into IR.
pub fn parse_operation_text(
    source: &SyntheticSource,
    placeholders: &[Placeholder],
) -> Result<ParsedTemplate, Vec<Diagnostic>> {
    let document = match ast::Document::parse(source.text.clone(), "template.graphql") {
        Ok(document) => document,
        Err(with_errors) => {
            return Err(with_errors
                .errors
                .iter()
                .map(|d| {
                    let at = d.error.location().map_or(0, |l| l.offset());
                    let message = d.error.to_string();
                    BuilderCode::GraphqlSyntax.at(source.origin(at), message)
                })
                .collect())
        }
    };
    let mut operations = document.definitions.iter().filter_map(|d| match d {
        ast::Definition::OperationDefinition(op) => Some(op),
        _ => None,
    });
    let (Some(op), None) = (operations.next(), operations.next()) else {
        return Err(vec![BuilderCode::GraphqlSyntax.at(
            source.origin(0),
            "expected one selection set `{ ... }` after the variable declarations",
        )]);
    };
    let mut converter = Converter {
        source,
        placeholders,
        errors: Vec::new(),
    };
    let variables = op.variables.iter().map(|v| converter.variable(v)).collect();
    let selections = converter.selections(&op.selection_set);
    if converter.errors.is_empty() {
        Ok(ParsedTemplate {
            variables,
            selections,
        })
    } else {
        Err(converter.errors)
    }
}

struct Converter<'a> {
    source: &'a SyntheticSource,
    placeholders: &'a [Placeholder],
    errors: Vec<Diagnostic>,
}

impl Converter<'_> {
    fn origin_of<T>(&self, node: &apollo_compiler::Node<T>) -> Origin {
        self.source
            .origin(node.location().map_or(0, |l| l.offset()))
    }

    fn variable(
        &mut self,
        var: &apollo_compiler::Node<ast::VariableDefinition>,
    ) -> VariableDefinition {
        VariableDefinition {
            name: var.name.to_string(),
            ty: type_ref(&var.ty),
            default_value: var.default_value.as_ref().map(|v| value(v)),
            directives: self.directives(&var.directives),
            origin: self.origin_of(var),
        }
    }

    fn directives(&mut self, list: &ast::DirectiveList) -> Vec<Directive> {
        list.0
            .iter()
            .map(|d| Directive {
                name: d.name.to_string(),
                arguments: self.arguments(&d.arguments),
                origin: self.origin_of(d),
            })
            .collect()
    }

    fn arguments(&mut self, args: &[apollo_compiler::Node<ast::Argument>]) -> Vec<Argument> {
        args.iter()
            .map(|a| Argument {
                name: a.name.to_string(),
                value: value(&a.value),
                origin: self.origin_of(a),
            })
            .collect()
    }

    fn selections(&mut self, set: &[ast::Selection]) -> Vec<Selection> {
        let mut out = Vec::with_capacity(set.len());
        for selection in set {
            match selection {
                ast::Selection::Field(field) => out.push(Selection::Field(Field {
                    shorthand: field.name == "__typename" && field.alias.is_none(),
                    alias: field
                        .alias
                        .as_ref()
                        .map(|a| a.to_string())
                        .filter(|a| *a != field.name.as_str()),
                    name: field.name.to_string(),
                    arguments: self.arguments(&field.arguments),
                    directives: self.directives(&field.directives),
                    selection_set: if field.selection_set.is_empty() {
                        None
                    } else {
                        Some(self.selections(&field.selection_set))
                    },
                    origin: self.origin_of(field),
                })),
                ast::Selection::InlineFragment(fragment) => {
                    out.push(Selection::InlineFragment(InlineFragment {
                        wrapped_spread: None,
                        type_condition: fragment.type_condition.as_ref().map(|t| t.to_string()),
                        directives: self.directives(&fragment.directives),
                        selection_set: self.selections(&fragment.selection_set),
                        origin: self.origin_of(fragment),
                    }))
                }
                ast::Selection::FragmentSpread(spread) => {
                    let placeholder = spread
                        .fragment_name
                        .as_str()
                        .strip_prefix(PLACEHOLDER_PREFIX)
                        .and_then(|n| n.parse::<usize>().ok())
                        .and_then(|i| self.placeholders.get(i));
                    match placeholder {
                        Some(p) => out.push(Selection::Spread(Spread {
                            target: p.target.clone(),
                            binding: p.binding.clone(),
                            origin: p.origin,
                        })),
                        None => self.errors.push(BuilderCode::NamedFragmentSpread.at(self.origin_of(spread), format!(
                                "fragment spread `...{}` must interpolate the fragment: `...${{{}}}`",
                                spread.fragment_name, spread.fragment_name
                            ))),
                    }
                }
            }
        }
        out
    }
}

fn type_ref(ty: &ast::Type) -> TypeRef {
    match ty {
        ast::Type::Named(n) => TypeRef::Named(n.to_string()),
        ast::Type::NonNullNamed(n) => TypeRef::NonNull(Box::new(TypeRef::Named(n.to_string()))),
        ast::Type::List(inner) => TypeRef::List(Box::new(type_ref(inner))),
        ast::Type::NonNullList(inner) => {
            TypeRef::NonNull(Box::new(TypeRef::List(Box::new(type_ref(inner)))))
        }
    }
}

fn value(v: &ast::Value) -> Value {
    match v {
        ast::Value::Null => Value::Null,
        ast::Value::Enum(n) => Value::Enum(n.to_string()),
        ast::Value::Variable(n) => Value::Variable(n.to_string()),
        ast::Value::String(s) => Value::String(s.clone()),
        ast::Value::Float(f) => Value::Float(f.as_str().to_owned()),
        ast::Value::Int(i) => Value::Int(i.as_str().to_owned()),
        ast::Value::Boolean(b) => Value::Boolean(*b),
        ast::Value::List(items) => Value::List(items.iter().map(|i| value(i)).collect()),
        ast::Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(n, v)| (n.to_string(), value(v)))
                .collect(),
        ),
    }
}
