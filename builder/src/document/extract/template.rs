//! Tagged templates: `query("Name")`...``()`, their interpolations and head strings.

use soda_analysis::unwrap_transparent;
use swc_core::common::Spanned;
use swc_core::ecma::ast::*;

use super::super::ir::*;
use super::super::synthetic::{
    parse_operation_text, Placeholder, SyntheticSource, PLACEHOLDER_PREFIX,
};
use super::values::{fragment_ref, string_literal};
use super::{returned_expr, HeadNames};
use crate::diagnostic::{BuilderCode, Diagnostic};

use super::{Extractor, Res};

impl Extractor<'_> {
    pub(super) fn tagged_template(
        &self,
        kind: &str,
        head: &CallExpr,
        tagged: &TaggedTpl,
    ) -> Result<DefinitionIr, Vec<Diagnostic>> {
        let name = self.head_strings(kind, head).map_err(|d| vec![d])?;
        let mut source = SyntheticSource::new(self.file);
        source.push_generated("query __soda ", self.origin(tagged.span.lo).offset);
        let mut placeholders = Vec::new();
        let mut errors = Vec::new();
        for (i, quasi) in tagged.tpl.quasis.iter().enumerate() {
            let Some(cooked) = quasi.cooked.as_ref() else {
                return Err(vec![self.unsupported(
                    quasi.span,
                    "a template with an invalid escape sequence",
                )]);
            };
            let cooked = cooked.to_string_lossy();
            source.push_quasi(&cooked, &quasi.raw, self.origin(quasi.span.lo).offset);
            if let Some(expr) = tagged.tpl.exprs.get(i) {
                if !cooked.trim_end().ends_with("...") {
                    errors.push(BuilderCode::InterpolationOutsideSpread.spanning(
                        self.file,
                        self.span_range(expr.span()),
                        "an interpolation must follow `...` (a fragment spread: `...${fragment}`)",
                    ));
                }
                match self.interpolation(expr) {
                    Ok(placeholder) => placeholders.push(placeholder),
                    Err(d) => {
                        errors.push(d);
                        placeholders.push(Placeholder {
                            target: FragmentRef {
                                local: String::new(),
                                members: Vec::new(),
                            },
                            binding: SpreadBinding::PassThrough,
                            origin: self.origin(expr.span().lo),
                        });
                    }
                }
                source.push_generated(
                    &format!("{PLACEHOLDER_PREFIX}{i}"),
                    self.origin(expr.span().lo).offset,
                );
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let parsed = parse_operation_text(&source, &placeholders)?;
        let origin = self.origin(head.span.lo);
        Ok(match (Self::operation_type(kind), name) {
            (Some(operation_type), HeadNames::Operation(name)) => {
                DefinitionIr::Operation(OperationIr {
                    operation_type,
                    variables_source: upstream_header(tagged.tpl.quasis.first())
                        .map(|h| format!("{kind} {name} {h}"))
                        .unwrap_or_default(),
                    name,
                    variables: parsed.variables,
                    selections: parsed.selections,
                    origin,
                })
            }
            (_, HeadNames::Fragment { key, type_name }) => DefinitionIr::Fragment(FragmentIr {
                key,
                type_condition: type_name,
                variables: parsed.variables,
                selections: parsed.selections,
                origin,
            }),
            _ => return Err(vec![self.unsupported(head.span, "this composer call")]),
        })
    }

    pub(super) fn head_strings(&self, kind: &str, head: &CallExpr) -> Res<HeadNames> {
        let strings: Option<Vec<String>> =
            head.args.iter().map(|a| string_literal(&a.expr)).collect();
        match (kind, strings.as_deref()) {
            ("fragment", Some([key, type_name])) => Ok(HeadNames::Fragment {
                key: key.clone(),
                type_name: type_name.clone(),
            }),
            ("fragment", _) => Err(self.unsupported(
                head.span,
                "`fragment(...)` without two string literals (key, type name)",
            )),
            (_, Some([name])) => Ok(HeadNames::Operation(name.clone())),
            _ => Err(self.unsupported(
                head.span,
                format!("`{kind}(...)` without one string literal name"),
            )),
        }
    }

    /// `${frag}`, `${ns.frag}`, `${($) => frag.spread({...})}` or `${({ $ }) => ...}`.
    pub(super) fn interpolation(&self, expr: &Expr) -> Res<Placeholder> {
        let origin = self.origin(expr.span().lo);
        let expr = unwrap_transparent(expr);
        if let Some(target) = fragment_ref(expr) {
            return Ok(Placeholder {
                target,
                binding: SpreadBinding::PassThrough,
                origin,
            });
        }
        if let Expr::Arrow(arrow) = expr {
            let dollar = match arrow.params.as_slice() {
                [Pat::Ident(ident)] => Some(ident.id.sym.to_string()),
                [Pat::Object(object)] => object.props.iter().find_map(|p| match p {
                    ObjectPatProp::Assign(a) if &*a.key.sym == "$" => Some("$".to_owned()),
                    ObjectPatProp::KeyValue(kv) => match (&kv.key, &*kv.value) {
                        (PropName::Ident(k), Pat::Ident(local)) if &*k.sym == "$" => {
                            Some(local.id.sym.to_string())
                        }
                        _ => None,
                    },
                    _ => None,
                }),
                [] => None,
                _ => return Err(self.unsupported(arrow.span, "this interpolation callback")),
            };
            if let Some(Expr::Call(call)) = returned_expr(&arrow.body) {
                if let Some((target, binding)) = self.spread_call(call, dollar.as_deref(), None)? {
                    return Ok(Placeholder {
                        target,
                        binding,
                        origin,
                    });
                }
            }
            return Err(self.unsupported(
                arrow.span,
                "an interpolation callback that does not return `fragment.spread(...)`",
            ));
        }
        Err(BuilderCode::InvalidInterpolation.spanning(self.file, self.span_range(expr.span()), "a template interpolation must be a fragment (`${fragment}`) or `($) => fragment.spread({...})`"))
    }
}

/// JavaScript's `WhiteSpace` and `LineTerminator` (what `String.prototype.trim` removes).
pub(super) fn is_js_whitespace(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The text upstream parses a template's variables from: the first quasi as upstream's builder
/// sees it, trimmed at the start. Upstream re-indents a multi-line definition before running it
/// (each line end trimmed, each line after the first indented four spaces, template contents
/// included), which shifts the offsets of its `loc`s. `None` when escapes make raw and cooked
/// text differ (no `loc` then).
pub(super) fn upstream_header(quasi: Option<&TplElement>) -> Option<String> {
    let quasi = quasi?;
    let cooked = quasi.cooked.as_ref()?.to_string_lossy();
    (*cooked == *quasi.raw).then(|| {
        upstream_lines(&cooked)
            .trim_start_matches(is_js_whitespace)
            .to_owned()
    })
}

/// `text` re-indented as upstream's intermediate module writes multi-line definitions.
pub(super) fn upstream_lines(text: &str) -> String {
    let mut lines: Vec<&str> = text.split('\n').collect();
    let last = lines.pop().unwrap_or_default();
    let mut out = String::with_capacity(text.len());
    for line in lines {
        out.push_str(line.trim_end_matches(is_js_whitespace));
        out.push_str("\n    ");
    }
    out.push_str(last);
    out
}
