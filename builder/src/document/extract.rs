//! Reads a definition's factory statically: `gql.<schema>(({ fragment, query }) => ...)` into IR.
//!
//! No JavaScript is evaluated. Anything outside the supported shapes is a coded diagnostic that
//! names the construct.

use std::collections::HashMap;

use soda_analysis::unwrap_transparent;
use swc_core::common::{BytePos, Span, Spanned};
use swc_core::ecma::ast::*;

use super::ir::*;
use super::schema_index::SchemaIndex;
use super::synthetic::{parse_operation_text, Placeholder, SyntheticSource, PLACEHOLDER_PREFIX};
use crate::diagnostic::{Diagnostic, FileId, Origin};

const UNSUPPORTED: &str = "UNSUPPORTED_CONSTRUCT";

/// A definition read from source, plus its static metadata as JSON (operations only).
#[derive(Debug, Clone)]
pub struct ExtractedDefinition {
    pub ir: DefinitionIr,
    pub metadata_json: Option<String>,
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

fn string_literal(expr: &Expr) -> Option<String> {
    match unwrap_transparent(expr) {
        Expr::Lit(Lit::Str(s)) => Some(s.value.as_wtf8().to_string_lossy().into_owned()),
        Expr::Tpl(tpl) if tpl.exprs.is_empty() => tpl
            .quasis
            .first()
            .and_then(|q| q.cooked.as_ref())
            .map(|c| c.to_string_lossy().into_owned()),
        _ => None,
    }
}

/// The composer functions of the factory's context parameter, by local name.
#[derive(Default)]
struct ComposerNames {
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
    fn composer<'e>(&self, callee: &'e Expr) -> Option<(String, &'e Expr)> {
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
    fn origin(&self, pos: BytePos) -> Origin {
        Origin {
            file: self.file,
            offset: pos.0.saturating_sub(self.file_start.0),
        }
    }

    fn span_range(&self, span: Span) -> std::ops::Range<u32> {
        self.origin(span.lo).offset..self.origin(span.hi).offset
    }

    fn unsupported(&self, span: Span, what: impl std::fmt::Display) -> Diagnostic {
        Diagnostic::error(
            UNSUPPORTED,
            format!("{what} cannot be compiled statically"),
            self.file,
            self.span_range(span),
        )
    }

    fn definition(&self, call: &CallExpr) -> Res<Result<ExtractedDefinition, Vec<Diagnostic>>> {
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
        let metadata_json = self.options_metadata(element_call)?;
        match unwrap_transparent(composed) {
            Expr::TaggedTpl(tagged) => {
                let (kind, head) = self.composer_call(&names, &tagged.tag)?;
                Ok(self
                    .tagged_template(&kind, head, tagged)
                    .map(|ir| ExtractedDefinition { ir, metadata_json }))
            }
            Expr::Call(builder_call) => {
                let Callee::Expr(head_expr) = &builder_call.callee else {
                    return Err(self.unsupported(builder_call.span, "this factory result"));
                };
                let (kind, head) = self.composer_call(&names, head_expr)?;
                Ok(self
                    .field_builder(&kind, head, builder_call)
                    .map(|ir| ExtractedDefinition { ir, metadata_json }))
            }
            other => Err(self.unsupported(other.span(), "this factory result")),
        }
    }

    /// `query("Name")` / `fragment("Key", "Type")`; names `define`, `extend`, `.compat` when used.
    fn composer_call<'e>(
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

    fn options_metadata(&self, call: &CallExpr) -> Res<Option<String>> {
        let Some(options) = call.args.first() else {
            return Ok(None);
        };
        let Expr::Object(object) = unwrap_transparent(&options.expr) else {
            return Err(self.unsupported(
                options.expr.span(),
                "options that are not an object literal",
            ));
        };
        let mut metadata = None;
        for prop in &object.props {
            let PropOrSpread::Prop(prop) = prop else {
                return Err(self.unsupported(prop.span(), "a spread in the options"));
            };
            match &**prop {
                Prop::KeyValue(kv) if matches!(&kv.key, PropName::Ident(k) if &*k.sym == "metadata") =>
                {
                    let value = self.static_json(&kv.value).ok_or_else(|| {
                        self.unsupported(
                            kv.value.span(),
                            "a `metadata` value that is not a literal (metadata callbacks)",
                        )
                    })?;
                    metadata = Some(value.to_string());
                }
                other => {
                    return Err(self.unsupported(
                        other.span(),
                        "this option (only a static `metadata` is supported)",
                    ))
                }
            }
        }
        Ok(metadata)
    }

    fn static_json(&self, expr: &Expr) -> Option<serde_json::Value> {
        use serde_json::Value as J;
        Some(match unwrap_transparent(expr) {
            Expr::Lit(Lit::Str(s)) => J::String(s.value.as_wtf8().to_string_lossy().into_owned()),
            Expr::Lit(Lit::Num(n)) if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 => {
                J::Number((n.value as i64).into())
            }
            Expr::Lit(Lit::Num(n)) => serde_json::Number::from_f64(n.value).map(J::Number)?,
            Expr::Lit(Lit::Bool(b)) => J::Bool(b.value),
            Expr::Lit(Lit::Null(_)) => J::Null,
            Expr::Array(array) => J::Array(
                array
                    .elems
                    .iter()
                    .map(|e| match e {
                        Some(ExprOrSpread { spread: None, expr }) => self.static_json(expr),
                        _ => None,
                    })
                    .collect::<Option<_>>()?,
            ),
            Expr::Object(object) => {
                let mut map = serde_json::Map::new();
                for prop in &object.props {
                    let PropOrSpread::Prop(prop) = prop else {
                        return None;
                    };
                    let Prop::KeyValue(kv) = &**prop else {
                        return None;
                    };
                    let key = match &kv.key {
                        PropName::Ident(i) => i.sym.to_string(),
                        PropName::Str(s) => s.value.as_wtf8().to_string_lossy().into_owned(),
                        _ => return None,
                    };
                    map.insert(key, self.static_json(&kv.value)?);
                }
                J::Object(map)
            }
            _ => return None,
        })
    }

    fn operation_type(kind: &str) -> Option<OperationType> {
        match kind {
            "query" => Some(OperationType::Query),
            "mutation" => Some(OperationType::Mutation),
            "subscription" => Some(OperationType::Subscription),
            _ => None,
        }
    }

    fn tagged_template(
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
            source.push_mapped(
                &cooked,
                self.origin(quasi.span.lo).offset,
                *cooked == *quasi.raw,
            );
            if let Some(expr) = tagged.tpl.exprs.get(i) {
                if !cooked.trim_end().ends_with("...") {
                    errors.push(Diagnostic::error(
                        "INTERPOLATION_OUTSIDE_SPREAD",
                        "an interpolation must follow `...` (a fragment spread: `...${fragment}`)",
                        self.file,
                        self.span_range(expr.span()),
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

    fn head_strings(&self, kind: &str, head: &CallExpr) -> Res<HeadNames> {
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
    fn interpolation(&self, expr: &Expr) -> Res<Placeholder> {
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
        Err(Diagnostic::error(
            "INVALID_INTERPOLATION",
            "a template interpolation must be a fragment (`${fragment}`) or `($) => fragment.spread({...})`",
            self.file,
            self.span_range(expr.span()),
        ))
    }

    /// `frag.spread(args?)`: `Some((target, binding))`, or `None` when `call` is not a spread.
    fn spread_call(
        &self,
        call: &CallExpr,
        dollar: Option<&str>,
        declared: Option<&[VariableDefinition]>,
    ) -> Res<Option<(FragmentRef, SpreadBinding)>> {
        let Callee::Expr(callee) = &call.callee else {
            return Ok(None);
        };
        let Expr::Member(member) = unwrap_transparent(callee) else {
            return Ok(None);
        };
        if !matches!(&member.prop, MemberProp::Ident(p) if &*p.sym == "spread") {
            return Ok(None);
        }
        let Some(target) = fragment_ref(&member.obj) else {
            return Err(self.unsupported(
                member.obj.span(),
                "a spread target that is not a fragment binding",
            ));
        };
        let mut args = Vec::new();
        if let Some(arg) = call.args.first() {
            let Expr::Object(object) = unwrap_transparent(&arg.expr) else {
                return Err(self.unsupported(
                    arg.expr.span(),
                    "spread arguments that are not an object literal",
                ));
            };
            for prop in &object.props {
                let (key, value) = self.object_entry(prop)?;
                let value = match self.js_value(value, dollar, declared, None)? {
                    Some(v) => SpreadArg::Value(v),
                    None => SpreadArg::Undefined,
                };
                args.push((key, value));
            }
        }
        Ok(Some((target, SpreadBinding::Explicit(args))))
    }

    fn object_entry<'e>(&self, prop: &'e PropOrSpread) -> Res<(String, &'e Expr)> {
        let PropOrSpread::Prop(prop) = prop else {
            return Err(self.unsupported(prop.span(), "an object spread"));
        };
        match &**prop {
            Prop::KeyValue(kv) => {
                let key = match &kv.key {
                    PropName::Ident(i) => i.sym.to_string(),
                    PropName::Str(s) => s.value.as_wtf8().to_string_lossy().into_owned(),
                    other => return Err(self.unsupported(other.span(), "a computed key")),
                };
                Ok((key, &kv.value))
            }
            other => Err(self.unsupported(other.span(), "this property (only `key: value`)")),
        }
    }

    /// A JavaScript literal, `$.x`, object or list as a GraphQL value. `Ok(None)`: `$.x` is
    /// undefined (not declared in scope), so the argument is left out, as upstream does.
    fn js_value(
        &self,
        expr: &Expr,
        dollar: Option<&str>,
        declared: Option<&[VariableDefinition]>,
        expected: Option<&str>,
    ) -> Res<Option<Value>> {
        let expr = unwrap_transparent(expr);
        Ok(Some(match expr {
            Expr::Lit(Lit::Str(s)) => {
                let text = s.value.as_wtf8().to_string_lossy().into_owned();
                match (expected, self.schema) {
                    (Some(ty), Some(schema)) if schema.is_enum(ty) => Value::Enum(text),
                    _ => Value::String(text),
                }
            }
            Expr::Lit(Lit::Num(n)) => {
                if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 {
                    Value::Int(format!("{}", n.value as i64))
                } else {
                    Value::Float(n.value.to_string())
                }
            }
            Expr::Lit(Lit::Bool(b)) => Value::Boolean(b.value),
            Expr::Lit(Lit::Null(_)) => Value::Null,
            Expr::Ident(i) if &*i.sym == "undefined" => return Ok(None),
            Expr::Array(array) => {
                let mut items = Vec::new();
                for elem in &array.elems {
                    let Some(ExprOrSpread { spread: None, expr }) = elem else {
                        return Err(self.unsupported(array.span, "an array spread or hole"));
                    };
                    if let Some(v) = self.js_value(expr, dollar, declared, expected)? {
                        items.push(v);
                    }
                }
                Value::List(items)
            }
            Expr::Object(object) => {
                let mut fields = Vec::new();
                for prop in &object.props {
                    let (key, value) = self.object_entry(prop)?;
                    let field_type = match (expected, self.schema) {
                        (Some(ty), Some(schema)) => schema.input_field_type(ty, &key),
                        _ => None,
                    };
                    if let Some(v) =
                        self.js_value(value, dollar, declared, field_type.as_deref())?
                    {
                        fields.push((key, v));
                    }
                }
                Value::Object(fields)
            }
            Expr::Member(member) => {
                let is_dollar =
                    matches!((&*member.obj, dollar), (Expr::Ident(obj), Some(d)) if &*obj.sym == d);
                let MemberProp::Ident(name) = &member.prop else {
                    return Err(self.unsupported(member.span, "this member expression"));
                };
                if !is_dollar {
                    return Err(self.unsupported(
                        member.span,
                        format!("a reference to `{}`", print_member(member)),
                    ));
                }
                if let Some(declared) = declared {
                    if !declared.iter().any(|v| v.name == *name.sym) {
                        return Err(Diagnostic::error(
                            "UNDECLARED_VARIABLE_REFERENCE",
                            format!(
                                "`$.{}` is not a declared variable of this operation",
                                name.sym
                            ),
                            self.file,
                            self.span_range(member.span),
                        ));
                    }
                }
                Value::Variable(name.sym.to_string())
            }
            Expr::Unary(unary) if unary.op == UnaryOp::Minus => {
                match unwrap_transparent(&unary.arg) {
                    Expr::Lit(Lit::Num(n)) => {
                        if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 {
                            Value::Int(format!("{}", -(n.value as i64)))
                        } else {
                            Value::Float((-n.value).to_string())
                        }
                    }
                    _ => return Err(self.unsupported(unary.span, "this expression")),
                }
            }
            other => {
                return Err(self.unsupported(
                    other.span(),
                    "this value (only literals, objects, arrays and `$.variable`)",
                ))
            }
        }))
    }

    /// `query("Name")({ variables, fields })`.
    fn field_builder(
        &self,
        kind: &str,
        head: &CallExpr,
        call: &CallExpr,
    ) -> Result<DefinitionIr, Vec<Diagnostic>> {
        let one = |d: Diagnostic| vec![d];
        let name = match self.head_strings(kind, head).map_err(one)? {
            HeadNames::Operation(name) => name,
            HeadNames::Fragment { .. } => {
                return Err(vec![
                    self.unsupported(call.span, "the fragment field builder")
                ]);
            }
        };
        let Some(operation_type) = Self::operation_type(kind) else {
            return Err(vec![self.unsupported(call.span, "this composer call")]);
        };
        let Some(Expr::Object(options)) = call.args.first().map(|a| unwrap_transparent(&a.expr))
        else {
            return Err(vec![self.unsupported(
                call.span,
                "a field builder without `{ variables, fields }`",
            )]);
        };
        let mut variables_expr = None;
        let mut fields_expr = None;
        for prop in &options.props {
            let (key, value) = self.object_entry(prop).map_err(one)?;
            match key.as_str() {
                "variables" => variables_expr = Some(value),
                "fields" => fields_expr = Some(value),
                other => {
                    return Err(vec![
                        self.unsupported(prop.span(), format!("the `{other}` option"))
                    ])
                }
            }
        }
        let variables = match variables_expr {
            None => Vec::new(),
            Some(expr) => self.variables_text(expr)?,
        };
        let Some(Expr::Arrow(fields)) = fields_expr.map(unwrap_transparent) else {
            return Err(vec![self.unsupported(
                call.span,
                "a field builder without a `fields` arrow function",
            )]);
        };
        let root = self.schema.and_then(|s| s.root_type(operation_type));
        let selections = self
            .fields_arrow(fields, root.as_deref(), &variables, None)
            .map_err(one)?;
        Ok(DefinitionIr::Operation(OperationIr {
            operation_type,
            name,
            variables,
            selections,
            origin: self.origin(head.span.lo),
        }))
    }

    fn variables_text(&self, expr: &Expr) -> Result<Vec<VariableDefinition>, Vec<Diagnostic>> {
        let (text, start, exact) = match unwrap_transparent(expr) {
            Expr::Lit(Lit::Str(s)) => (
                s.value.as_wtf8().to_string_lossy().into_owned(),
                s.span.lo + BytePos(1),
                false,
            ),
            Expr::Tpl(tpl) if tpl.exprs.is_empty() => match tpl.quasis.first() {
                Some(q) => {
                    let cooked = q
                        .cooked
                        .as_ref()
                        .map(|c| c.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let exact = cooked == *q.raw;
                    (cooked, q.span.lo, exact)
                }
                None => (String::new(), tpl.span.lo, false),
            },
            other => {
                return Err(vec![self.unsupported(
                    other.span(),
                    "`variables` that are not a string literal",
                )])
            }
        };
        let mut source = SyntheticSource::new(self.file);
        source.push_generated("query __soda ", self.origin(start).offset);
        source.push_mapped(&text, self.origin(start).offset, exact);
        source.push_generated(" { __typename }", self.origin(start).offset);
        Ok(parse_operation_text(&source, &[])?.variables)
    }

    fn fields_arrow(
        &self,
        arrow: &ArrowExpr,
        parent: Option<&str>,
        declared: &[VariableDefinition],
        enclosing: Option<&FieldScope<'_>>,
    ) -> Res<Vec<Selection>> {
        let (f_name, dollar) = match arrow.params.first() {
            Some(Pat::Object(object)) => {
                let mut f = None;
                let mut dollar = None;
                for prop in &object.props {
                    match prop {
                        ObjectPatProp::Assign(a) if &*a.key.sym == "f" => f = Some("f".to_owned()),
                        ObjectPatProp::Assign(a) if &*a.key.sym == "$" => {
                            dollar = Some("$".to_owned())
                        }
                        ObjectPatProp::KeyValue(kv) => {
                            if let (PropName::Ident(k), Pat::Ident(local)) = (&kv.key, &*kv.value) {
                                match &*k.sym {
                                    "f" => f = Some(local.id.sym.to_string()),
                                    "$" => dollar = Some(local.id.sym.to_string()),
                                    _ => {}
                                }
                            }
                        }
                        _ => {}
                    }
                }
                (f, dollar)
            }
            None => (None, None),
            Some(other) => return Err(self.unsupported(other.span(), "this fields parameter")),
        };
        // A nested callback without its own `f` or `$` closes over the enclosing ones.
        let scope = FieldScope {
            f: f_name.or_else(|| enclosing.and_then(|e| e.f.clone())),
            dollar: dollar.or_else(|| enclosing.and_then(|e| e.dollar.clone())),
            declared,
        };
        let Some(Expr::Object(object)) = returned_expr(&arrow.body) else {
            return Err(self.unsupported(
                arrow.span,
                "a fields callback that does not return an object literal",
            ));
        };
        self.field_object(object, parent, &scope)
    }

    fn field_object(
        &self,
        object: &ObjectLit,
        parent: Option<&str>,
        scope: &FieldScope<'_>,
    ) -> Res<Vec<Selection>> {
        let mut out = Vec::new();
        for prop in &object.props {
            let PropOrSpread::Spread(spread) = prop else {
                return Err(self.unsupported(
                    prop.span(),
                    "a field entry that is not `...f(...)` or `...fragment.spread()`",
                ));
            };
            let Expr::Call(call) = unwrap_transparent(&spread.expr) else {
                return Err(self.unsupported(spread.expr.span(), "this field entry"));
            };
            if let Some((target, binding)) =
                self.spread_call(call, scope.dollar.as_deref(), Some(scope.declared))?
            {
                out.push(Selection::Spread(Spread {
                    target,
                    binding,
                    origin: self.origin(call.span.lo),
                }));
                continue;
            }
            out.push(self.field_call(call, parent, scope)?);
        }
        Ok(out)
    }

    /// `f("name", args?, extras?)(nested?)`.
    fn field_call(
        &self,
        call: &CallExpr,
        parent: Option<&str>,
        scope: &FieldScope<'_>,
    ) -> Res<Selection> {
        let Callee::Expr(callee) = &call.callee else {
            return Err(self.unsupported(call.span, "this field entry"));
        };
        let Expr::Call(f_call) = unwrap_transparent(callee) else {
            return Err(self.unsupported(call.span, "this field entry"));
        };
        let is_f = matches!((&f_call.callee, scope.f.as_deref()), (Callee::Expr(e), Some(f)) if matches!(unwrap_transparent(e), Expr::Ident(i) if &*i.sym == f));
        if !is_f {
            return Err(self.unsupported(f_call.span, "a call that is not `f(...)`"));
        }
        let Some(name) = f_call.args.first().and_then(|a| string_literal(&a.expr)) else {
            return Err(
                self.unsupported(f_call.span, "`f(...)` without a string literal field name")
            );
        };
        let field_type = match (parent, self.schema) {
            (Some(p), Some(s)) => s.field_type(p, &name),
            _ => None,
        };
        let mut arguments = Vec::new();
        if let Some(args) = f_call.args.get(1) {
            match unwrap_transparent(&args.expr) {
                Expr::Lit(Lit::Null(_)) => {}
                Expr::Ident(i) if &*i.sym == "undefined" => {}
                Expr::Object(object) => {
                    for prop in &object.props {
                        let (key, value) = self.object_entry(prop)?;
                        let expected = match (parent, self.schema) {
                            (Some(p), Some(s)) => s.argument_type(p, &name, &key),
                            _ => None,
                        };
                        if let Some(v) = self.js_value(
                            value,
                            scope.dollar.as_deref(),
                            Some(scope.declared),
                            expected.as_deref(),
                        )? {
                            arguments.push(Argument {
                                name: key,
                                value: v,
                                origin: self.origin(prop.span().lo),
                            });
                        }
                    }
                }
                other => {
                    return Err(self.unsupported(
                        other.span(),
                        "field arguments that are not an object literal",
                    ))
                }
            }
        }
        let mut alias = None;
        if let Some(extras) = f_call.args.get(2) {
            let Expr::Object(object) = unwrap_transparent(&extras.expr) else {
                return Err(self.unsupported(
                    extras.expr.span(),
                    "field extras that are not an object literal",
                ));
            };
            for prop in &object.props {
                let (key, value) = self.object_entry(prop)?;
                match (key.as_str(), string_literal(value)) {
                    ("alias", Some(a)) => alias = Some(a).filter(|a| *a != name),
                    _ => {
                        return Err(
                            self.unsupported(prop.span(), format!("the field extra `{key}`"))
                        )
                    }
                }
            }
        }
        let selection_set = match call.args.first().map(|a| unwrap_transparent(&a.expr)) {
            None => None,
            Some(Expr::Arrow(nested)) => Some(self.fields_arrow(
                nested,
                field_type.as_deref(),
                scope.declared,
                Some(scope),
            )?),
            Some(Expr::Object(members)) => Some(self.union_members(members, scope)?),
            Some(other) => return Err(self.unsupported(other.span(), "this nested selection")),
        };
        Ok(Selection::Field(Field {
            alias,
            name,
            arguments,
            directives: Vec::new(),
            selection_set,
            origin: self.origin(f_call.span.lo),
        }))
    }

    /// `{ Member: ({ f }) => ({...}), __typename: true }` for a union field.
    fn union_members(&self, object: &ObjectLit, scope: &FieldScope<'_>) -> Res<Vec<Selection>> {
        let mut typename = None;
        let mut members = Vec::new();
        for prop in &object.props {
            let (key, value) = self.object_entry(prop)?;
            let origin = self.origin(prop.span().lo);
            if key == "__typename" {
                if matches!(unwrap_transparent(value), Expr::Lit(Lit::Bool(b)) if b.value) {
                    typename = Some(Selection::Field(Field {
                        alias: None,
                        name: "__typename".into(),
                        arguments: Vec::new(),
                        directives: Vec::new(),
                        selection_set: None,
                        origin,
                    }));
                }
                continue;
            }
            let Expr::Arrow(arrow) = unwrap_transparent(value) else {
                return Err(
                    self.unsupported(value.span(), "a union member that is not an arrow function")
                );
            };
            members.push(Selection::InlineFragment(InlineFragment {
                type_condition: Some(key.clone()),
                directives: Vec::new(),
                selection_set: self.fields_arrow(arrow, Some(&key), scope.declared, Some(scope))?,
                origin,
            }));
        }
        Ok(typename.into_iter().chain(members).collect())
    }
}

struct FieldScope<'a> {
    f: Option<String>,
    dollar: Option<String>,
    declared: &'a [VariableDefinition],
}

enum HeadNames {
    Operation(String),
    Fragment { key: String, type_name: String },
}

/// `frag` or `ns.a.b` as a fragment reference.
fn fragment_ref(expr: &Expr) -> Option<FragmentRef> {
    match unwrap_transparent(expr) {
        Expr::Ident(ident) => Some(FragmentRef {
            local: ident.sym.to_string(),
            members: Vec::new(),
        }),
        Expr::Member(member) => {
            let MemberProp::Ident(prop) = &member.prop else {
                return None;
            };
            let mut base = fragment_ref(&member.obj)?;
            base.members.push(prop.sym.to_string());
            Some(base)
        }
        _ => None,
    }
}

fn print_member(member: &MemberExpr) -> String {
    let object = match &*member.obj {
        Expr::Ident(i) => i.sym.to_string(),
        Expr::Member(m) => print_member(m),
        _ => "…".to_owned(),
    };
    match &member.prop {
        MemberProp::Ident(p) => format!("{object}.{}", p.sym),
        _ => format!("{object}[…]"),
    }
}
