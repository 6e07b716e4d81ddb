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
