//! Reads a definition's factory statically: `gql.<schema>(({ fragment, query }) => ...)` into IR.
//!
//! No JavaScript is evaluated. Anything outside the supported shapes is a coded diagnostic that
//! names the construct. One file per part of the language: tagged templates, the callback
//! field builder, JavaScript values, and options (`metadata`).

mod colocate;
mod field_builder;
mod field_call;
mod js_arrow;
mod js_lower;
mod js_operators;
mod metadata;
mod template;
mod values;

use std::collections::HashMap;

use soda_analysis::unwrap_transparent;
use swc_core::common::{BytePos, Span, Spanned};
use swc_core::ecma::ast::*;

use super::ir::*;
use super::js::Metadata;
use super::schema_index::SchemaIndex;
use crate::diagnostic::{BuilderCode, Diagnostic, FileId, Origin};

/// A definition read from source, plus its `metadata` option (evaluated at compile time).
#[derive(Debug, Clone)]
pub struct ExtractedDefinition {
    pub ir: DefinitionIr,
    pub metadata: Option<Metadata>,
}

/// Extracts the IR of the definition `call` (a `gql.<schema>(factory)` call).
pub fn extract_definition(
    call: &CallExpr,
    file: FileId,
    file_start: BytePos,
    schema: Option<&SchemaIndex>,
) -> Result<ExtractedDefinition, Vec<Diagnostic>> {
    let cx = Extractor {
        file,
        file_start,
        schema,
    };
    cx.definition(call).map_err(|d| vec![d])?
}

struct Extractor<'a> {
    file: FileId,
    file_start: BytePos,
    schema: Option<&'a SchemaIndex>,
}

type Res<T> = Result<T, Diagnostic>;

/// The expression an arrow returns: its expression body, or a block's single `return`.
fn returned_expr(body: &ArrowFunctionBody) -> Option<&Expr> {
    match body {
        ArrowFunctionBody::Expr(expr) => Some(unwrap_transparent(expr)),
        ArrowFunctionBody::FunctionBody(block) => match block.stmts.as_slice() {
            [Stmt::Return(ReturnStmt { arg: Some(arg), .. })] => Some(unwrap_transparent(arg)),
            _ => None,
        },
        _ => None,
    }
}

/// The composer functions of the factory's context parameter, by local name.
#[derive(Default)]
pub(super) struct ComposerNames {
    by_local: HashMap<String, String>,
    context: Option<String>,
}

impl ComposerNames {
    fn from_params(params: &[Pat]) -> Self {
        let mut names = ComposerNames::default();
        match params.first() {
            Some(Pat::Object(object)) => {
                for prop in &object.props {
                    match prop {
                        ObjectPatProp::Assign(assign) => {
                            names
                                .by_local
                                .insert(assign.key.sym.to_string(), assign.key.sym.to_string());
                        }
                        ObjectPatProp::KeyValue(kv) => {
                            if let (PropName::Ident(key), Pat::Ident(local)) = (&kv.key, &*kv.value)
                            {
                                names
                                    .by_local
                                    .insert(local.id.sym.to_string(), key.sym.to_string());
                            }
                        }
                        _ => {}
                    }
                }
            }
            Some(Pat::Ident(ident)) => names.context = Some(ident.id.sym.to_string()),
            _ => {}
        }
        names
    }

    /// `query` for a callee `query`, `q` (renamed) or `ctx.query`.
    pub(super) fn composer<'e>(&self, callee: &'e Expr) -> Option<(String, &'e Expr)> {
        match unwrap_transparent(callee) {
            Expr::Ident(ident) => self.by_local.get(&*ident.sym).map(|n| (n.clone(), callee)),
            Expr::Member(member) => match (&*member.obj, &member.prop) {
                (Expr::Ident(obj), MemberProp::Ident(prop))
                    if self.context.as_deref() == Some(&*obj.sym) =>
                {
                    Some((prop.sym.to_string(), callee))
                }
                _ => None,
            },
            _ => None,
        }
    }
}

impl Extractor<'_> {
    pub(super) fn origin(&self, pos: BytePos) -> Origin {
        Origin {
            file: self.file,
            offset: pos.0.saturating_sub(self.file_start.0),
        }
    }

    pub(super) fn span_range(&self, span: Span) -> std::ops::Range<u32> {
        self.origin(span.lo).offset..self.origin(span.hi).offset
    }

    pub(super) fn unsupported(&self, span: Span, what: impl std::fmt::Display) -> Diagnostic {
        BuilderCode::UnsupportedConstruct.spanning(
            self.file,
            self.span_range(span),
            format!("{what} cannot be compiled statically"),
        )
    }

    pub(super) fn definition(
        &self,
        call: &CallExpr,
    ) -> Res<Result<ExtractedDefinition, Vec<Diagnostic>>> {
        let factory = call.args.first().map(|a| unwrap_transparent(&a.expr));
        let Some(Expr::Arrow(arrow)) = factory else {
            return Err(self.unsupported(call.span, "a factory that is not an arrow function"));
        };
        let names = ComposerNames::from_params(&arrow.params);
        let Some(body) = returned_expr(&arrow.body) else {
            return Err(self.unsupported(
                arrow.span,
                "a factory body other than one returned expression",
            ));
        };
        // `<composed>(options?)`: the final call that produces the element.
        let element_call = match body {
            Expr::Call(call) => call,
            Expr::TaggedTpl(tagged) => {
                self.composer_call(&names, &tagged.tag)?;
                return Err(self.unsupported(
                    tagged.span,
                    "a tagged template that is not called (add `()`)",
                ));
            }
            other => return Err(self.unsupported(other.span(), "this factory result")),
        };
        let Callee::Expr(composed) = &element_call.callee else {
            return Err(self.unsupported(element_call.span, "this factory result"));
        };
        if let Some((kind, _)) = names.composer(composed) {
            return Err(self.unsupported(element_call.span, format!("`{kind}(...)`")));
        }
        let metadata = self.options_metadata(element_call)?;
        match unwrap_transparent(composed) {
            Expr::TaggedTpl(tagged) => {
                let (kind, head) = self.composer_call(&names, &tagged.tag)?;
                Ok(self
                    .tagged_template(&kind, head, tagged)
                    .map(|ir| ExtractedDefinition { ir, metadata }))
            }
            Expr::Call(builder_call) => {
                let Callee::Expr(head_expr) = &builder_call.callee else {
                    return Err(self.unsupported(builder_call.span, "this factory result"));
                };
                let (kind, head) = self.composer_call(&names, head_expr)?;
                Ok(self
                    .field_builder(&kind, head, builder_call, &names)
                    .map(|ir| ExtractedDefinition { ir, metadata }))
            }
            other => Err(self.unsupported(other.span(), "this factory result")),
        }
    }

    /// `query("Name")` / `fragment("Key", "Type")`; names `define`, `extend`, `.compat` when used.
    pub(super) fn composer_call<'e>(
        &self,
        names: &ComposerNames,
        expr: &'e Expr,
    ) -> Res<(String, &'e CallExpr)> {
        let Expr::Call(call) = unwrap_transparent(expr) else {
            return Err(self.unsupported(expr.span(), "this composer expression"));
        };
        let Callee::Expr(callee) = &call.callee else {
            return Err(self.unsupported(call.span, "this composer expression"));
        };
        if let Expr::Member(member) = unwrap_transparent(callee) {
            if let MemberProp::Ident(prop) = &member.prop {
                if names.composer(&member.obj).is_some() {
                    return Err(self.unsupported(call.span, format!("`.{}(...)`", prop.sym)));
                }
            }
        }
        let Some((kind, _)) = names.composer(callee) else {
            return Err(self.unsupported(
                callee.span(),
                "a call that is not `fragment`, `query`, `mutation` or `subscription`",
            ));
        };
        match kind.as_str() {
            "fragment" | "query" | "mutation" | "subscription" => Ok((kind, call)),
            other => Err(self.unsupported(call.span, format!("`{other}(...)`"))),
        }
    }

    pub(super) fn operation_type(kind: &str) -> Option<OperationType> {
        match kind {
            "query" => Some(OperationType::Query),
            "mutation" => Some(OperationType::Mutation),
            "subscription" => Some(OperationType::Subscription),
            _ => None,
        }
    }
}

pub(super) enum HeadNames {
    Operation(String),
    Fragment { key: String, type_name: String },
}
