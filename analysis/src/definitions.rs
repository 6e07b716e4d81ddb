//! Finding `gql.<schema>(...)` definitions and naming them with upstream builder's astPath rules.
//!
//! Scopes: variable declarators, function declarations and expressions, classes, class methods
//! and properties with identifier names, and object `key: value` properties. Anonymous scopes
//! are `_arrow_N`, `_function_N`, `_class_N`; a definition outside any scope is `_anonymous_N`.
//! Each `N` is a per-file, per-kind counter in traversal order. A repeated path gets `$1`, `$2`, ….
//! The walk never enters a definition, so arrows inside one are not counted.

use rustc_hash::FxHashSet as HashSet;

use swc_core::atoms::Atom;
use swc_core::common::Span;
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{Visit, VisitWith};

use crate::diagnostics::{AnalysisCode, AnalysisDiagnostic};
use crate::fingerprint::{call_fingerprint, unwrap_transparent};

/// One definition found in a module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionSite {
    /// The astPath part of the canonical id.
    pub ast_path: String,
    /// The schema name: `default` in `gql.default(...)`.
    pub schema: String,
    /// Span of the `gql.<schema>(...)` call itself (inside any `.attach(...)` chain).
    pub span: Span,
    /// The call's source fingerprint.
    pub fingerprint: u64,
    /// Whether member access along the astPath reaches this definition: it is the value of a
    /// top-level `const` (possibly nested in object literals), so `a.b` names `a.b`'s definition.
    pub addressable: bool,
    /// An analysis error that makes the definition uncompilable.
    pub error: Option<AnalysisDiagnostic>,
    /// The factory returns a "define" element (`query.compat("Name")`...``, `define(...)`): it
    /// takes its canonical id like any definition, but upstream keeps it out of the artifact
    /// and no transformer replaces it, so the builder compiles nothing and the plugin leaves it.
    pub define: bool,
}

/// Everything the analysis found in one module.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ModuleDefinitions {
    /// Whether the module imports the graphql-system at all.
    pub imports_graphql_system: bool,
    /// Definitions in traversal order.
    pub definitions: Vec<DefinitionSite>,
    /// Import and call diagnostics, in upstream's order (imports, then calls, then class properties).
    pub diagnostics: Vec<AnalysisDiagnostic>,
}

/// Finds every definition in `module`. `is_graphql_system(specifier)` says which imports denote
/// the graphql-system. `on_definition` sees each definition with its call, for callers that
/// need the AST (the builder) while the walk borrows it.
pub fn find_definitions(
    module: &Module,
    is_graphql_system: impl Fn(&str) -> bool,
    mut on_definition: impl FnMut(&DefinitionSite, &CallExpr),
) -> ModuleDefinitions {
    let mut result = ModuleDefinitions::default();
    let mut gql_names = HashSet::default();
    for item in &module.body {
        let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item else {
            continue;
        };
        if !is_graphql_system(&import.src.value.as_wtf8().to_string_lossy()) {
            continue;
        }
        result.imports_graphql_system = true;
        for specifier in &import.specifiers {
            match specifier {
                ImportSpecifier::Named(named) => match &named.imported {
                    None if &*named.local.sym == "gql" => {
                        gql_names.insert(named.local.sym.clone());
                    }
                    Some(imported) if module_export_name(imported) == "gql" => {
                        result.diagnostics.push(AnalysisDiagnostic {
                            code: AnalysisCode::RenamedImport,
                            message: format!(
                                "Import alias \"{}\" not recognized - use \"import {{ gql }} from ...\"",
                                named.local.sym
                            ),
                            span: named.span,
                        });
                    }
                    _ => {}
                },
                ImportSpecifier::Namespace(ns) => result.diagnostics.push(AnalysisDiagnostic {
                    code: AnalysisCode::StarImport,
                    message: format!(
                        "Namespace import \"{}\" not fully supported - use named import",
                        ns.local.sym
                    ),
                    span: ns.span,
                }),
                ImportSpecifier::Default(default) => result.diagnostics.push(AnalysisDiagnostic {
                    code: AnalysisCode::DefaultImport,
                    message: "Default import not supported - use \"import { gql } from ...\""
                        .into(),
                    span: default.local.span,
                }),
                _ => {}
            }
        }
    }
    if gql_names.is_empty() {
        return result;
    }
    let mut finder = Finder {
        gql_names: &gql_names,
        stack: Vec::new(),
        counters: Counters::default(),
        used_paths: HashSet::default(),
        definitions: Vec::new(),
        call_diagnostics: Vec::new(),
        class_property_diagnostics: Vec::new(),
        direct_value: None,
        skipped_class_property: false,
        on_definition: &mut on_definition,
    };
    for item in &module.body {
        match item {
            ModuleItem::ModuleDecl(ModuleDecl::Import(_)) => {}
            other => {
                finder.stack.clear();
                other.visit_with(&mut finder);
            }
        }
    }
    result.definitions = finder.definitions;
    result.diagnostics.extend(finder.call_diagnostics);
    result.diagnostics.extend(finder.class_property_diagnostics);
    result
}

fn module_export_name(name: &ModuleExportName) -> String {
    match name {
        ModuleExportName::Ident(ident) => ident.sym.to_string(),
        ModuleExportName::Str(s) => s.value.as_wtf8().to_string_lossy().into_owned(),
        _ => String::new(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FrameKind {
    Variable,
    Function,
    Class,
    Method,
    Property,
    Expression,
}

struct Frame {
    name: String,
    kind: FrameKind,
}

#[derive(Default)]
struct Counters {
    arrow: u32,
    function: u32,
    class: u32,
    anonymous: u32,
}

impl Counters {
    fn next(counter: &mut u32, kind: &str) -> String {
        let name = format!("_{kind}_{counter}");
        *counter += 1;
        name
    }
}

struct Finder<'a, F> {
    gql_names: &'a HashSet<Atom>,
    stack: Vec<Frame>,
    counters: Counters,
    used_paths: HashSet<String>,
    definitions: Vec<DefinitionSite>,
    call_diagnostics: Vec<AnalysisDiagnostic>,
    class_property_diagnostics: Vec<AnalysisDiagnostic>,
    /// The definition call that is the whole value of the declarator or property being walked.
    direct_value: Option<Span>,
    /// Set when a definition inside a class property initializer was skipped.
    skipped_class_property: bool,
    on_definition: &'a mut F,
}

/// The `gql.<schema>(...)` call at the bottom of `call` and any `.attach(...)`-style chain on it.
fn innermost_call(call: &CallExpr) -> &CallExpr {
    let mut current = call;
    while let Callee::Expr(callee) = &current.callee {
        let Expr::Member(member) = &**callee else {
            break;
        };
        let Expr::Call(inner) = &*member.obj else {
            break;
        };
        current = inner;
    }
    current
}

/// Span of the innermost call when `value` is a call chain (`gql.x(...).attach(...)`).
fn direct_call_span(value: &Expr) -> Option<Span> {
    let mut value = value;
    while let Expr::Paren(p) = value {
        value = &p.expr;
    }
    match value {
        Expr::Call(call) => Some(innermost_call(call).span),
        _ => None,
    }
}

/// Whether the factory of the definition `call` returns a "define" element: a `.compat(...)`
/// tagged template, or a call of the context's `define`.
fn returns_define(call: &CallExpr) -> bool {
    let Some(Expr::Arrow(arrow)) = call.args.first().map(|a| unwrap_transparent(&a.expr)) else {
        return false;
    };
    let body = match &*arrow.body {
        ArrowFunctionBody::Expr(expr) => unwrap_transparent(expr),
        ArrowFunctionBody::FunctionBody(block) => match block.stmts.as_slice() {
            [Stmt::Return(ReturnStmt { arg: Some(arg), .. })] => unwrap_transparent(arg),
            _ => return false,
        },
        _ => return false,
    };
    match body {
        Expr::TaggedTpl(tagged) => matches!(
            unwrap_transparent(&tagged.tag),
            Expr::Call(CallExpr { callee: Callee::Expr(callee), .. })
                if matches!(unwrap_transparent(callee), Expr::Member(m) if matches!(&m.prop, MemberProp::Ident(p) if &*p.sym == "compat"))
        ),
        Expr::Call(CallExpr {
            callee: Callee::Expr(callee),
            ..
        }) => is_context_member(&arrow.params, unwrap_transparent(callee), "define"),
        _ => false,
    }
}

/// Whether `callee` names the factory context's `key` (`({ define }) => define`, renamed
/// `({ define: d }) => d`, or `(ctx) => ctx.define`).
fn is_context_member(params: &[Pat], callee: &Expr, key: &str) -> bool {
    match (params.first(), callee) {
        (Some(Pat::Object(object)), Expr::Ident(ident)) => object.props.iter().any(|p| match p {
            ObjectPatProp::Assign(a) => &*a.key.sym == key && a.key.sym == ident.sym,
            ObjectPatProp::KeyValue(kv) => {
                matches!(&kv.key, PropName::Ident(k) if &*k.sym == key)
                    && matches!(&*kv.value, Pat::Ident(local) if local.id.sym == ident.sym)
            }
            _ => false,
        }),
        (Some(Pat::Ident(context)), Expr::Member(member)) => {
            matches!(&*member.obj, Expr::Ident(obj) if obj.sym == context.id.sym)
                && matches!(&member.prop, MemberProp::Ident(p) if &*p.sym == key)
        }
        _ => false,
    }
}

fn strip_non_null(mut expr: &Expr) -> &Expr {
    while let Expr::TsNonNull(e) = expr {
        expr = &e.expr;
    }
    expr
}

fn argument_kind(expr: &Expr) -> &'static str {
    match strip_non_null(expr) {
        Expr::Lit(Lit::Str(_)) | Expr::Tpl(_) => "string",
        Expr::Lit(Lit::Num(_)) => "number",
        Expr::Lit(Lit::Bool(_)) => "boolean",
        Expr::Lit(Lit::Null(_)) => "null",
        Expr::Object(_) => "object",
        Expr::Array(_) => "array",
        Expr::Fn(_) => "function",
        Expr::Ident(ident) if &*ident.sym == "undefined" => "undefined",
        _ => "unknown",
    }
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

    fn with_frame(&mut self, name: String, kind: FrameKind, walk: impl FnOnce(&mut Self)) {
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
            .map(|f| f.name.as_str())
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
                let name = binding.id.sym.to_string();
                self.direct_value = direct_call_span(init);
                self.with_frame(name, FrameKind::Variable, |this| init.visit_with(this));
            }
            _ => init.visit_with(self),
        }
    }

    fn visit_fn_decl(&mut self, decl: &FnDecl) {
        let name = decl.ident.sym.to_string();
        if decl.function.body.is_some() {
            self.with_frame(name, FrameKind::Function, |this| {
                this.walk_function_body(&decl.function)
            });
        }
    }

    fn visit_fn_expr(&mut self, expr: &FnExpr) {
        let name = match &expr.ident {
            Some(ident) => ident.sym.to_string(),
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
        self.walk_class_scope(decl.ident.sym.to_string(), &decl.class);
    }

    fn visit_export_default_decl(&mut self, decl: &ExportDefaultDecl) {
        match &decl.decl {
            DefaultDecl::Class(class) => {
                let name = match &class.ident {
                    Some(ident) => ident.sym.to_string(),
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
            PropName::Ident(ident) => ident.sym.to_string(),
            PropName::Str(s) => s.value.as_wtf8().to_string_lossy().into_owned(),
            PropName::Num(n) => n.value.to_string(),
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
    fn walk_class_scope(&mut self, name: String, class: &Class) {
        self.with_frame(name, FrameKind::Class, |this| {
            for member in &class.body {
                match member {
                    ClassMember::Method(method) if method.kind == MethodKind::Method => {
                        if let PropName::Ident(key) = &method.key {
                            this.with_frame(key.sym.to_string(), FrameKind::Method, |this| {
                                this.walk_function_body(&method.function)
                            });
                        }
                    }
                    ClassMember::ClassProp(prop) => {
                        let PropName::Ident(key) = &prop.key else { continue };
                        let Some(value) = &prop.value else { continue };
                        this.with_frame(key.sym.to_string(), FrameKind::Property, |this| {
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
