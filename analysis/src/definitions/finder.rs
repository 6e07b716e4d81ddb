//! The walk that finds definitions: scopes, counters and the astPath of each call.

use rustc_hash::FxHashSet as HashSet;

use swc_core::atoms::Atom;
use swc_core::common::Span;
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{Visit, VisitWith};

use super::calls::*;
use super::DefinitionSite;
use crate::diagnostics::{AnalysisCode, AnalysisDiagnostic};
use crate::fingerprint::call_fingerprint;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FrameKind {
    Variable,
    Function,
    Class,
    Method,
    Property,
    Expression,
}

pub(super) struct Frame {
    pub(super) name: FrameName,
    pub(super) kind: FrameKind,
}

/// A scope's name, spelled out only when a definition's astPath needs it: most scopes of a file
/// hold no definition.
pub(super) enum FrameName {
    Sym(Atom),
    Text(String),
    /// `_<kind>_<n>`: the n-th anonymous scope of that kind in the file.
    Counter(&'static str, u32),
}

impl std::fmt::Display for FrameName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameName::Sym(sym) => f.write_str(sym),
            FrameName::Text(text) => f.write_str(text),
            FrameName::Counter(kind, n) => write!(f, "_{kind}_{n}"),
        }
    }
}

#[derive(Default)]
pub(super) struct Counters {
    arrow: u32,
    function: u32,
    class: u32,
    anonymous: u32,
}

impl Counters {
    pub(super) fn next(counter: &mut u32, kind: &'static str) -> FrameName {
        let name = FrameName::Counter(kind, *counter);
        *counter += 1;
        name
    }
}

pub(super) struct Finder<'a, F> {
    pub(super) gql_names: &'a HashSet<Atom>,
    pub(super) stack: Vec<Frame>,
    pub(super) counters: Counters,
    pub(super) used_paths: HashSet<String>,
    pub(super) definitions: Vec<DefinitionSite>,
    pub(super) call_diagnostics: Vec<AnalysisDiagnostic>,
    pub(super) class_property_diagnostics: Vec<AnalysisDiagnostic>,
    /// The definition call that is the whole value of the declarator or property being walked.
    pub(super) direct_value: Option<Span>,
    /// Set when a definition inside a class property initializer was skipped.
    pub(super) skipped_class_property: bool,
    pub(super) on_definition: &'a mut F,
}

impl<F: FnMut(&DefinitionSite, &CallExpr)> Finder<'_, F> {
    fn is_gql(&self, expr: &Expr) -> bool {
        matches!(strip_non_null(expr), Expr::Ident(ident) if self.gql_names.contains(&ident.sym))
    }

    fn mentions_gql(&self, expr: &Expr) -> bool {
        struct Mentions<'a>(&'a HashSet<Atom>, bool);
        impl Visit for Mentions<'_> {
            fn visit_ident(&mut self, ident: &Ident) {
                self.1 |= self.0.contains(&ident.sym);
            }
        }
        let mut v = Mentions(self.gql_names, false);
        expr.visit_with(&mut v);
        v.1
    }

    fn call_diagnostic(&mut self, code: AnalysisCode, message: impl Into<String>, span: Span) {
        self.call_diagnostics.push(AnalysisDiagnostic {
            code,
            message: message.into(),
            span,
        });
    }

    /// Classifies a call: `Some(schema)` when it is a definition. Reports call diagnostics.
    fn definition_schema(
        &mut self,
        call: &CallExpr,
    ) -> Option<(String, Option<AnalysisDiagnostic>)> {
        let Callee::Expr(callee) = &call.callee else {
            return None;
        };
        let callee = strip_non_null(callee);
        if self.is_gql(callee) {
            self.call_diagnostic(
                AnalysisCode::NonMemberCallee,
                "Cannot call gql directly - use gql.schemaName(...)",
                call.span,
            );
            return None;
        }
        let Expr::Member(member) = callee else {
            return None;
        };
        let object = strip_non_null(&member.obj);
        let schema = match &member.prop {
            MemberProp::Ident(name) if self.is_gql(object) => name.sym.to_string(),
            MemberProp::Computed(_) if self.is_gql(object) => {
                self.call_diagnostic(
                    AnalysisCode::ComputedProperty,
                    "Computed property access not supported - use gql.schemaName(...)",
                    call.span,
                );
                return None;
            }
            _ if !matches!(object, Expr::Ident(_)) && self.mentions_gql(object) => {
                self.call_diagnostic(
                    AnalysisCode::DynamicCallee,
                    "Dynamic callee expression not supported",
                    call.span,
                );
                return None;
            }
            _ => return None,
        };
        let Some(first) = call.args.first() else {
            self.call_diagnostic(
                AnalysisCode::MissingArgument,
                "gql definition requires a factory function argument",
                call.span,
            );
            return None;
        };
        if first.spread.is_some() {
            self.call_diagnostic(
                AnalysisCode::SpreadArgument,
                "Spread arguments not supported - use arrow function directly",
                call.span,
            );
            return None;
        }
        let mut error = None;
        match strip_non_null(&first.expr) {
            Expr::Arrow(_) => {}
            other => {
                let kind = argument_kind(other);
                let diagnostic = AnalysisDiagnostic {
                    code: AnalysisCode::InvalidArgumentType,
                    message: format!("Expected arrow function, got {kind}"),
                    span: call.span,
                };
                self.call_diagnostics.push(diagnostic.clone());
                if !matches!(other, Expr::Fn(_)) {
                    return None;
                }
                error = Some(diagnostic);
            }
        }
        if call.args.len() > 1 {
            let extra = call.args.len() - 1;
            self.call_diagnostic(
                AnalysisCode::ExtraArguments,
                format!("gql definition only accepts one argument, {extra} additional argument(s) ignored"),
                call.span,
            );
        }
        Some((schema, error))
    }

    fn in_class_property(&self) -> bool {
        self.stack
            .windows(2)
            .any(|pair| pair[0].kind == FrameKind::Class && pair[1].kind == FrameKind::Property)
    }

    fn unique_path(&mut self, base: String) -> String {
        let mut candidate = base.clone();
        let mut n = 1;
        while self.used_paths.contains(&candidate) {
            candidate = format!("{base}${n}");
            n += 1;
        }
        self.used_paths.insert(candidate.clone());
        candidate
    }

    fn with_frame(&mut self, name: FrameName, kind: FrameKind, walk: impl FnOnce(&mut Self)) {
        self.stack.push(Frame { name, kind });
        walk(self);
        self.stack.pop();
    }

    fn record(&mut self, call: &CallExpr, schema: String, error: Option<AnalysisDiagnostic>) {
        let anonymous = self.stack.is_empty();
        if anonymous {
            let name = Counters::next(&mut self.counters.anonymous, "anonymous");
            self.stack.push(Frame {
                name,
                kind: FrameKind::Expression,
            });
        }
        let joined = self
            .stack
            .iter()
            .map(|f| f.name.to_string())
            .collect::<Vec<_>>()
            .join(".");
        let ast_path = self.unique_path(joined);
        let addressable = self.direct_value == Some(call.span)
            && matches!(
                self.stack.first(),
                Some(Frame {
                    kind: FrameKind::Variable,
                    ..
                })
            )
            && self.stack[1..]
                .iter()
                .all(|f| f.kind == FrameKind::Property);
        if anonymous {
            self.stack.pop();
        }
        let site = DefinitionSite {
            ast_path,
            schema,
            span: call.span,
            fingerprint: call_fingerprint(call),
            addressable,
            error,
            define: returns_define(call),
        };
        (self.on_definition)(&site, call);
        self.definitions.push(site);
    }

    fn walk_function_body(&mut self, function: &Function) {
        if let Some(body) = &function.body {
            body.visit_with(self);
        }
    }
}

impl<F: FnMut(&DefinitionSite, &CallExpr)> Visit for Finder<'_, F> {
    /// Types hold no calls (a TypeScript file's annotations can be much of it).
    fn visit_ts_type(&mut self, _: &TsType) {}

    fn visit_call_expr(&mut self, call: &CallExpr) {
        let inner = innermost_call(call);
        let involves_gql = match &inner.callee {
            Callee::Expr(callee) => self.mentions_gql(callee),
            _ => false,
        };
        if involves_gql {
            if let Some((schema, error)) = self.definition_schema(inner) {
                if self.in_class_property() {
                    self.skipped_class_property = true;
                    return;
                }
                self.record(inner, schema, error);
                return;
            }
        }
        call.visit_children_with(self);
    }

    fn visit_opt_chain_expr(&mut self, chain: &OptChainExpr) {
        if let OptChainBase::Call(call) = &*chain.base {
            if let Expr::OptChain(inner) = strip_non_null(&call.callee) {
                if let OptChainBase::Member(member) = &*inner.base {
                    if self.is_gql(&member.obj) {
                        self.call_diagnostic(
                            AnalysisCode::OptionalChaining,
                            "Optional chaining on gql not supported - use gql.schemaName(...) directly",
                            chain.span,
                        );
                        return;
                    }
                }
            }
        }
        chain.visit_children_with(self);
    }

    fn visit_var_declarator(&mut self, declarator: &VarDeclarator) {
        let Some(init) = &declarator.init else { return };
        match &declarator.name {
            Pat::Ident(binding) => {
                let name = FrameName::Sym(binding.id.sym.clone());
                self.direct_value = direct_call_span(init);
                self.with_frame(name, FrameKind::Variable, |this| init.visit_with(this));
            }
            _ => init.visit_with(self),
        }
    }

    fn visit_fn_decl(&mut self, decl: &FnDecl) {
        let name = FrameName::Sym(decl.ident.sym.clone());
        if decl.function.body.is_some() {
            self.with_frame(name, FrameKind::Function, |this| {
                this.walk_function_body(&decl.function)
            });
        }
    }

    fn visit_fn_expr(&mut self, expr: &FnExpr) {
        let name = match &expr.ident {
            Some(ident) => FrameName::Sym(ident.sym.clone()),
            None => Counters::next(&mut self.counters.function, "function"),
        };
        if expr.function.body.is_some() {
            self.with_frame(name, FrameKind::Function, |this| {
                this.walk_function_body(&expr.function)
            });
        }
    }

    fn visit_arrow_expr(&mut self, arrow: &ArrowExpr) {
        let name = Counters::next(&mut self.counters.arrow, "arrow");
        self.with_frame(name, FrameKind::Function, |this| {
            arrow.body.visit_with(this)
        });
    }

    fn visit_class_decl(&mut self, decl: &ClassDecl) {
        self.walk_class_scope(FrameName::Sym(decl.ident.sym.clone()), &decl.class);
    }

    fn visit_export_default_decl(&mut self, decl: &ExportDefaultDecl) {
        match &decl.decl {
            DefaultDecl::Class(class) => {
                let name = match &class.ident {
                    Some(ident) => FrameName::Sym(ident.sym.clone()),
                    None => Counters::next(&mut self.counters.class, "class"),
                };
                self.walk_class_scope(name, &class.class);
            }
            DefaultDecl::Fn(function) => self.visit_fn_expr(function),
            _ => {}
        }
    }

    fn visit_key_value_prop(&mut self, prop: &KeyValueProp) {
        let name = match &prop.key {
            PropName::Ident(ident) => FrameName::Sym(ident.sym.clone()),
            PropName::Str(s) => FrameName::Text(s.value.as_wtf8().to_string_lossy().into_owned()),
            PropName::Num(n) => FrameName::Text(n.value.to_string()),
            // Upstream ignores everything under a computed key.
            _ => return,
        };
        self.direct_value = direct_call_span(&prop.value);
        self.with_frame(name, FrameKind::Property, |this| {
            prop.value.visit_with(this)
        });
    }
}

impl<F: FnMut(&DefinitionSite, &CallExpr)> Finder<'_, F> {
    fn walk_class_scope(&mut self, name: FrameName, class: &Class) {
        self.with_frame(name, FrameKind::Class, |this| {
            for member in &class.body {
                match member {
                    ClassMember::Method(method) if method.kind == MethodKind::Method => {
                        if let PropName::Ident(key) = &method.key {
                            this.with_frame(FrameName::Sym(key.sym.clone()), FrameKind::Method, |this| {
                                this.walk_function_body(&method.function)
                            });
                        }
                    }
                    ClassMember::ClassProp(prop) => {
                        let PropName::Ident(key) = &prop.key else { continue };
                        let Some(value) = &prop.value else { continue };
                        this.with_frame(FrameName::Sym(key.sym.clone()), FrameKind::Property, |this| {
                            this.skipped_class_property = false;
                            value.visit_with(this);
                            if this.skipped_class_property {
                                this.class_property_diagnostics.push(AnalysisDiagnostic {
                                    code: AnalysisCode::ClassProperty,
                                    message: "Class property definitions may have inconsistent scope tracking"
                                        .into(),
                                    span: prop.span,
                                });
                            }
                        });
                    }
                    _ => {}
                }
            }
        });
    }
}
