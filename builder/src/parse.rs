//! Parsing TypeScript sources with SWC (the same SWC the plugin is built with).

use std::path::Path;

use swc_core::common::{SourceFile, Span, Spanned};
use swc_core::ecma::ast::{EsVersion, Module};
use swc_core::ecma::parser::{parse_file_as_module, Syntax, TsSyntax};

/// A syntax error: the first fatal or recovered error of a parse.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    /// Where the parser stopped.
    pub span: Span,
    /// The parser's message.
    pub message: String,
}

/// The syntax for a file: TypeScript, with JSX for `.tsx` / `.jsx`.
pub fn syntax_for(path: &Path) -> Syntax {
    let tsx = path.extension().is_some_and(|e| e == "tsx" || e == "jsx");
    Syntax::Typescript(TsSyntax {
        tsx,
        decorators: true,
        ..Default::default()
    })
}

/// Parses `file` as an ES module. Recovered errors count as failures: a file the host would reject is not analysed.
pub fn parse_module_text(file: &SourceFile, path: &Path) -> Result<Module, SyntaxError> {
    let mut recovered = Vec::new();
    let result = parse_file_as_module(
        file,
        syntax_for(path),
        EsVersion::latest(),
        None,
        &mut recovered,
    );
    let to_error = |e: swc_core::ecma::parser::error::Error| SyntaxError {
        span: e.span(),
        message: e.kind().msg().into_owned(),
    };
    match result {
        Ok(module) => match recovered.into_iter().next() {
            Some(error) => Err(to_error(error)),
            None => Ok(module),
        },
        Err(error) => Err(to_error(error)),
    }
}

/// How deeply a source may nest brackets, template literals and interpolations before it is
/// refused unparsed: SWC's parser and the visitors recurse once per level, and a file of
/// 50,000 nested arrays would exhaust even the workers' deep stacks (an abort, not an error).
/// Well above anything written by hand.
pub const MAX_SOURCE_NESTING: usize = 2_500;

/// The deepest nesting of `(`, `[`, `{`, template literals and their `${…}` in `text`, and the
/// byte offset where it is first reached. Comments and string literals are skipped; a
/// regular expression literal's brackets count, so this may overstate the depth a little,
/// never understate it by more than such a literal holds.
pub fn nesting_depth(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut stack: Vec<u8> = Vec::new();
    let (mut max, mut max_at) = (0, 0);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let next = bytes.get(i + 1).copied();
        if stack.last() == Some(&b'`') {
            match (b, next) {
                (b'\\', _) => i += 1,
                (b'`', _) => {
                    stack.pop();
                }
                (b'$', Some(b'{')) => {
                    stack.push(b'$');
                    i += 1;
                }
                _ => {}
            }
        } else {
            match (b, next) {
                (b'/', Some(b'/')) => i = skip_until(bytes, i + 2, b"\n"),
                (b'/', Some(b'*')) => i = skip_until(bytes, i + 2, b"*/"),
                (b'\'' | b'"', _) => i = skip_string(bytes, i + 1, b),
                (b'`' | b'(' | b'[' | b'{', _) => stack.push(b),
                (b')' | b']' | b'}', _) => {
                    stack.pop();
                }
                _ => {}
            }
        }
        if stack.len() > max {
            (max, max_at) = (stack.len(), i);
        }
        i += 1;
    }
    (max, max_at)
}

/// The index of the last byte of the first `end` at or after `from` (or the end of `bytes`).
fn skip_until(bytes: &[u8], from: usize, end: &[u8]) -> usize {
    bytes[from.min(bytes.len())..]
        .windows(end.len())
        .position(|w| w == end)
        .map_or(bytes.len(), |p| from + p + end.len() - 1)
}

/// The index of the closing `quote` of a string literal that starts at `from` (or of the line
/// end: an unterminated string is the parser's to report).
fn skip_string(bytes: &[u8], from: usize, quote: u8) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'\n' => return i,
            b if b == quote => return i,
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::nesting_depth;

    #[test]
    fn nesting_counts_brackets_templates_and_interpolations_but_not_comments_or_strings() {
        assert_eq!(nesting_depth("f([{ a: 1 }])").0, 3);
        assert_eq!(
            nesting_depth("const s = \"(((\"; // [[[\n/* {{{ */ x(1)").0,
            1
        );
        assert_eq!(nesting_depth("q`{ a ${f(`b ${[1]}`)} }`").0, 6);
        let deep = format!("x = {}1{};", "[".repeat(3000), "]".repeat(3000));
        assert_eq!(nesting_depth(&deep), (3000, 3003));
    }
}
