//! The GraphQL lexer of the variable-definition header: tokens with UTF-16 offsets, as
//! graphql-js counts them.

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    Punct(char),
    Spread,
    Name(String),
    Int(String),
    Float(String),
    String { value: String, block: bool },
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) kind: Kind,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// The tokens of `source` with UTF-16 offsets (ignored tokens skipped); `None` on a lexing error.
pub(super) fn lex(source: &str) -> Option<Vec<Token>> {
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
