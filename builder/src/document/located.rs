//! Variable definitions as graphql-js `parse()` builds them, `loc` included: upstream keeps the
//! parsed nodes of an operation's variables, with offsets (UTF-16 code units) into the source it
//! synthesizes (`query Name (...)` for a tagged template, `query __var_parse__ (...) { __typename }`
//! for a `variables` string). A small lexer and parser over that text, for the header only.

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

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Punct(char),
    Spread,
    Name(String),
    Int(String),
    Float(String),
    String { value: String, block: bool },
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

/// The tokens of `source` with UTF-16 offsets (ignored tokens skipped); `None` on a lexing error.
fn lex(source: &str) -> Option<Vec<Token>> {
    let chars: Vec<char> = source.chars().collect();
    let mut offsets = Vec::with_capacity(chars.len() + 1);
    let mut utf16 = 0;
    for c in &chars {
        offsets.push(utf16);
        utf16 += c.len_utf16();
    }
    offsets.push(utf16);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let kind = match c {
            ' ' | '\t' | '\n' | '\r' | ',' | '\u{feff}' => {
                i += 1;
                continue;
            }
            '#' => {
                while i < chars.len() && chars[i] != '\n' && chars[i] != '\r' {
                    i += 1;
                }
                continue;
            }
            '.' if chars.get(i..i + 3) == Some(&['.', '.', '.']) => {
                i += 3;
                Kind::Spread
            }
            '!' | '$' | '&' | '(' | ')' | ':' | '=' | '@' | '[' | ']' | '{' | '|' | '}' => {
                i += 1;
                Kind::Punct(c)
            }
            c if c == '_' || c.is_ascii_alphabetic() => {
                while i < chars.len() && (chars[i] == '_' || chars[i].is_ascii_alphanumeric()) {
                    i += 1;
                }
                Kind::Name(chars[start..i].iter().collect())
            }
            c if c == '-' || c.is_ascii_digit() => number(&chars, &mut i)?,
            '"' => string(&chars, &mut i)?,
            _ => return None,
        };
        tokens.push(Token {
            kind,
            start: offsets[start],
            end: offsets[i],
        });
    }
    Some(tokens)
}

fn number(chars: &[char], i: &mut usize) -> Option<Kind> {
    let start = *i;
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > from
    };
    if chars[*i] == '-' {
        *i += 1;
    }
    if !digits(i) {
        return None;
    }
    let mut float = false;
    if chars.get(*i) == Some(&'.') {
        *i += 1;
        float = true;
        if !digits(i) {
            return None;
        }
    }
    if matches!(chars.get(*i), Some('e' | 'E')) {
        *i += 1;
        float = true;
        if matches!(chars.get(*i), Some('+' | '-')) {
            *i += 1;
        }
        if !digits(i) {
            return None;
        }
    }
    let text: String = chars[start..*i].iter().collect();
    Some(if float {
        Kind::Float(text)
    } else {
        Kind::Int(text)
    })
}

fn string(chars: &[char], i: &mut usize) -> Option<Kind> {
    if chars.get(*i..*i + 3) == Some(&['"', '"', '"']) {
        *i += 3;
        let mut raw = String::new();
        loop {
            if let Some(['\\', '"', '"', '"']) = chars.get(*i..*i + 4) {
                raw.push_str("\"\"\"");
                *i += 4;
                continue;
            }
            if chars.get(*i..*i + 3) == Some(&['"', '"', '"']) {
                *i += 3;
                return Some(Kind::String {
                    value: dedent_block(&raw),
                    block: true,
                });
            }
            raw.push(*chars.get(*i)?);
            *i += 1;
        }
    }
    *i += 1;
    let mut value = String::new();
    loop {
        match *chars.get(*i)? {
            '"' => {
                *i += 1;
                return Some(Kind::String {
                    value,
                    block: false,
                });
            }
            '\\' => {
                *i += 1;
                value.push(escape(chars, i)?);
            }
            '\n' | '\r' => return None,
            c => {
                value.push(c);
                *i += 1;
            }
        }
    }
}

/// One escape sequence after `\` (`\n`, `\u0041`, `\u{1F600}`, surrogate pairs).
fn escape(chars: &[char], i: &mut usize) -> Option<char> {
    let c = *chars.get(*i)?;
    *i += 1;
    Some(match c {
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'b' => '\u{8}',
        'f' => '\u{c}',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'u' if chars.get(*i) == Some(&'{') => {
            let close = chars[*i..].iter().position(|c| *c == '}')? + *i;
            let hex: String = chars[*i + 1..close].iter().collect();
            *i = close + 1;
            char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?
        }
        'u' => {
            let unit = hex4(chars, *i)?;
            *i += 4;
            if (0xd800..0xdc00).contains(&unit) && chars.get(*i..*i + 2) == Some(&['\\', 'u']) {
                let low = hex4(chars, *i + 2)?;
                *i += 6;
                return char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00));
            }
            char::from_u32(unit)?
        }
        _ => return None,
    })
}

fn hex4(chars: &[char], at: usize) -> Option<u32> {
    let hex: String = chars.get(at..at + 4)?.iter().collect();
    u32::from_str_radix(&hex, 16).ok()
}

/// graphql-js's `dedentBlockStringLines`: common indentation and blank first/last lines removed.
fn dedent_block(raw: &str) -> String {
    let lines: Vec<&str> = raw
        .split("\r\n")
        .flat_map(|l| l.split(['\n', '\r']))
        .collect();
    let indent_of = |l: &str| l.chars().take_while(|c| *c == ' ' || *c == '\t').count();
    let common = lines
        .iter()
        .skip(1)
        .filter(|l| indent_of(l) < l.chars().count())
        .map(|l| indent_of(l))
        .min()
        .unwrap_or(0);
    let blank = |l: &str| indent_of(l) == l.chars().count();
    let mut out: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                (*l).to_owned()
            } else {
                l.chars().skip(common).collect()
            }
        })
        .collect();
    while out.first().is_some_and(|l| blank(l)) {
        out.remove(0);
    }
    while out.last().is_some_and(|l| blank(l)) {
        out.pop();
    }
    out.join("\n")
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
