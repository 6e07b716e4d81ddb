//! Variable definitions as graphql-js `parse()` builds them, `loc` included: upstream keeps the
//! parsed nodes of an operation's variables, with offsets (UTF-16 code units) into the source it
//! synthesizes (`query Name (...)` for a tagged template, `query __var_parse__ (...) { __typename }`
//! for a `variables` string). A small lexer and parser over that text, for the header only.

mod lex;

use lex::{lex, Kind, Token};
use serde_json::{json, Map, Value as Json};

/// The variable definition nodes of `source` (`<type> <name> (<definitions>) ...`), or `None`
/// if it does not read so (the caller then emits nodes without `loc`).
pub fn located_variable_definitions(source: &str) -> Option<Vec<Json>> {
    let mut parser = Parser {
        tokens: lex(source)?,
        at: 0,
        last_end: 0,
    };
    parser.name()?;
    parser.name()?;
    let mut out = Vec::new();
    if parser.peek_punct('(') {
        parser.next();
        while !parser.peek_punct(')') {
            out.push(parser.variable_definition()?);
        }
    }
    Some(out)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    last_end: usize,
}

fn loc(start: usize, end: usize) -> Json {
    json!({ "start": start, "end": end })
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn peek_punct(&self, c: char) -> bool {
        self.peek().is_some_and(|t| t.kind == Kind::Punct(c))
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at)?.clone();
        self.at += 1;
        self.last_end = token.end;
        Some(token)
    }

    fn expect(&mut self, c: char) -> Option<usize> {
        let token = self.next()?;
        (token.kind == Kind::Punct(c)).then_some(token.start)
    }

    /// Ends the node begun at `start`: adds its `loc` (to the end of the last token read).
    fn finish(&self, mut node: Map<String, Json>, start: usize) -> Json {
        node.insert("loc".into(), loc(start, self.last_end));
        Json::Object(node)
    }

    fn name(&mut self) -> Option<Json> {
        let token = self.next()?;
        let Kind::Name(value) = token.kind else {
            return None;
        };
        Some(json!({ "kind": "Name", "value": value, "loc": loc(token.start, token.end) }))
    }

    fn variable_definition(&mut self) -> Option<Json> {
        let start = self.expect('$')?;
        let name = self.name()?;
        let mut variable = Map::new();
        variable.insert("kind".into(), "Variable".into());
        variable.insert("name".into(), name);
        let variable = self.finish(variable, start);
        self.expect(':')?;
        let mut node = Map::new();
        node.insert("kind".into(), "VariableDefinition".into());
        node.insert("variable".into(), variable);
        node.insert("type".into(), self.type_ref()?);
        if self.peek_punct('=') {
            self.next();
            node.insert("defaultValue".into(), self.value()?);
        }
        node.insert("directives".into(), Json::Array(self.directives()?));
        Some(self.finish(node, start))
    }

    fn type_ref(&mut self) -> Option<Json> {
        let start = self.peek()?.start;
        let mut node = Map::new();
        if self.peek_punct('[') {
            self.next();
            node.insert("kind".into(), "ListType".into());
            node.insert("type".into(), self.type_ref()?);
            self.expect(']')?;
        } else {
            node.insert("kind".into(), "NamedType".into());
            node.insert("name".into(), self.name()?);
        }
        let inner = self.finish(node, start);
        if !self.peek_punct('!') {
            return Some(inner);
        }
        self.next();
        let mut non_null = Map::new();
        non_null.insert("kind".into(), "NonNullType".into());
        non_null.insert("type".into(), inner);
        Some(self.finish(non_null, start))
    }

    fn value(&mut self) -> Option<Json> {
        let token = self.next()?;
        let mut node = Map::new();
        match token.kind {
            Kind::Int(text) => {
                node.insert("kind".into(), "IntValue".into());
                node.insert("value".into(), text.into());
            }
            Kind::Float(text) => {
                node.insert("kind".into(), "FloatValue".into());
                node.insert("value".into(), text.into());
            }
            Kind::String { value, block } => {
                node.insert("kind".into(), "StringValue".into());
                node.insert("value".into(), value.into());
                node.insert("block".into(), block.into());
            }
            Kind::Name(name) => match name.as_str() {
                "true" | "false" => {
                    node.insert("kind".into(), "BooleanValue".into());
                    node.insert("value".into(), (name == "true").into());
                }
                "null" => {
                    node.insert("kind".into(), "NullValue".into());
                }
                _ => {
                    node.insert("kind".into(), "EnumValue".into());
                    node.insert("value".into(), name.into());
                }
            },
            Kind::Punct('[') => {
                let mut values = Vec::new();
                while !self.peek_punct(']') {
                    values.push(self.value()?);
                }
                self.next();
                node.insert("kind".into(), "ListValue".into());
                node.insert("values".into(), Json::Array(values));
            }
            Kind::Punct('{') => {
                let mut fields = Vec::new();
                while !self.peek_punct('}') {
                    fields.push(self.field_like("ObjectField")?);
                }
                self.next();
                node.insert("kind".into(), "ObjectValue".into());
                node.insert("fields".into(), Json::Array(fields));
            }
            _ => return None,
        }
        Some(self.finish(node, token.start))
    }

    /// `name: value` as an `ObjectField` or an `Argument`.
    fn field_like(&mut self, kind: &str) -> Option<Json> {
        let start = self.peek()?.start;
        let name = self.name()?;
        self.expect(':')?;
        let mut node = Map::new();
        node.insert("kind".into(), kind.into());
        node.insert("name".into(), name);
        node.insert("value".into(), self.value()?);
        Some(self.finish(node, start))
    }

    fn directives(&mut self) -> Option<Vec<Json>> {
        let mut out = Vec::new();
        while self.peek_punct('@') {
            let start = self.expect('@')?;
            let name = self.name()?;
            let mut arguments = Vec::new();
            if self.peek_punct('(') {
                self.next();
                while !self.peek_punct(')') {
                    arguments.push(self.field_like("Argument")?);
                }
                self.next();
            }
            let mut node = Map::new();
            node.insert("kind".into(), "Directive".into());
            node.insert("name".into(), name);
            node.insert("arguments".into(), Json::Array(arguments));
            out.push(self.finish(node, start));
        }
        Some(out)
    }
}
