//! GraphQL text assembled from TypeScript (template quasis, or text generated from a field
//! builder), parsed with apollo-compiler into the IR, with every node mapped back to its
//! TypeScript position.

use apollo_compiler::ast;
use apollo_compiler::diagnostic::ToCliReport;

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

/// The breakpoints between cooked and raw offsets of a template quasi, or `None` when decoding
/// `raw` does not give `cooked` (then positions fall back to the quasi's start).
fn escape_map(raw: &str, cooked: &str) -> Option<Vec<(usize, usize)>> {
    let mut points = vec![(0, 0)];
    let mut decoded = String::with_capacity(cooked.len());
    let mut chars = raw.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let before = decoded.len();
        match c {
            '\\' => {
                let (_, escape) = chars.next()?;
                match escape {
                    'n' => decoded.push('\n'),
                    't' => decoded.push('\t'),
                    'r' => decoded.push('\r'),
                    'b' => decoded.push('\u{8}'),
                    'f' => decoded.push('\u{c}'),
                    'v' => decoded.push('\u{b}'),
                    '0' => decoded.push('\0'),
                    '\r' => {
                        if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                            chars.next();
                        }
                    }
                    '\n' | '\u{2028}' | '\u{2029}' => {}
                    'x' => decoded.push(char::from_u32(hex_digits(&mut chars, 2)?)?),
                    'u' => decoded.push(char::from_u32(unicode_escape(&mut chars)?)?),
                    other => decoded.push(other),
                }
                points.push((before, at));
                let next_raw = chars.peek().map_or(raw.len(), |&(i, _)| i);
                points.push((decoded.len(), next_raw));
            }
            '\r' => {
                // A raw CR LF is a LF in the cooked text.
                if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                    chars.next();
                }
                decoded.push('\n');
                points.push((before, at));
                let next_raw = chars.peek().map_or(raw.len(), |&(i, _)| i);
                points.push((decoded.len(), next_raw));
            }
            other => decoded.push(other),
        }
    }
    points.dedup();
    (decoded == cooked).then_some(points)
}

/// The raw offset of cooked offset `inside`: inside a plain run both advance together; inside
/// an escape it is the escape's backslash.
fn through_escapes(points: &[(usize, usize)], inside: usize) -> usize {
    let at = points.partition_point(|&(cooked, _)| cooked <= inside);
    let Some(&(cooked, raw)) = at.checked_sub(1).and_then(|i| points.get(i)) else {
        return 0;
    };
    let plain = points
        .get(at)
        .is_none_or(|&(next_cooked, next_raw)| next_raw - raw == next_cooked - cooked);
    if plain {
        raw + (inside - cooked)
    } else {
        raw
    }
}

fn hex_digits(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>, n: usize) -> Option<u32> {
    let mut value = 0;
    for _ in 0..n {
        value = value * 16 + chars.next()?.1.to_digit(16)?;
    }
    Some(value)
}

fn unicode_escape(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Option<u32> {
    if chars.peek().is_some_and(|&(_, c)| c == '{') {
        chars.next();
        let mut value: u32 = 0;
        loop {
            let (_, c) = chars.next()?;
            if c == '}' {
                return Some(value);
            }
            value = value.checked_mul(16)?.checked_add(c.to_digit(16)?)?;
        }
    }
    hex_digits(chars, 4)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_map_through_escape_sequences() {
        // raw:    `{ \u0041 x\` nope }`   cooked: `{ A x` nope }`
        let raw = "{ \\u0041 x\\` nope }";
        let cooked = "{ A x` nope }";
        let mut source = SyntheticSource::new(FileId(0));
        source.push_quasi(cooked, raw, 100);
        let at = |needle: &str| source.origin(cooked.find(needle).unwrap_or(0)).offset;
        assert_eq!(at("nope"), 100 + raw.find("nope").map_or(0, |i| i as u32));
        assert_eq!(at("A"), 102, "inside an escape: its backslash");
        assert_eq!(at("x"), 100 + raw.find('x').map_or(0, |i| i as u32));
        assert_eq!(
            escape_map("a\\qb", "aXb"),
            None,
            "a decoding mismatch falls back"
        );
    }
}
