//! Diagnostics about how `gql` is imported and called (upstream's analysis codes).

use swc_core::common::Span;

/// How serious a diagnostic is. Errors fail the definition; warnings are printed by the builder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The definition cannot be compiled.
    Error,
    /// The code works but not as the user may expect.
    Warning,
}

/// The analysis diagnostic codes, named as upstream names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AnalysisCode {
    RenamedImport,
    StarImport,
    DefaultImport,
    MissingArgument,
    InvalidArgumentType,
    NonMemberCallee,
    ComputedProperty,
    DynamicCallee,
    OptionalChaining,
    ExtraArguments,
    SpreadArgument,
    ClassProperty,
}

impl AnalysisCode {
    /// Every code, in documentation order.
    pub const ALL: &'static [AnalysisCode] = &[
        AnalysisCode::RenamedImport,
        AnalysisCode::StarImport,
        AnalysisCode::DefaultImport,
        AnalysisCode::MissingArgument,
        AnalysisCode::InvalidArgumentType,
        AnalysisCode::NonMemberCallee,
        AnalysisCode::ComputedProperty,
        AnalysisCode::DynamicCallee,
        AnalysisCode::OptionalChaining,
        AnalysisCode::ExtraArguments,
        AnalysisCode::SpreadArgument,
        AnalysisCode::ClassProperty,
    ];

    /// One line on what the code means (the diagnostic catalogue).
    pub fn doc(self) -> &'static str {
        match self {
            AnalysisCode::RenamedImport => "`gql` is imported under another name; definitions are only recognized through `gql` itself.",
            AnalysisCode::StarImport => "The graphql-system is imported as a namespace; definitions are only recognized through a named `gql` import.",
            AnalysisCode::DefaultImport => "The graphql-system is imported by default import; use `import { gql } from ...`.",
            AnalysisCode::MissingArgument => "`gql.<schema>()` was called without its factory function.",
            AnalysisCode::InvalidArgumentType => "The factory passed to `gql.<schema>(...)` is not an arrow function.",
            AnalysisCode::NonMemberCallee => "`gql(...)` was called directly instead of `gql.<schema>(...)`.",
            AnalysisCode::ComputedProperty => "The schema is selected with a computed key (`gql[name]`), which cannot be read statically.",
            AnalysisCode::DynamicCallee => "`gql` is reached through an expression the builder cannot read statically.",
            AnalysisCode::OptionalChaining => "`gql?.<schema>(...)`: optional chaining on `gql` is not supported.",
            AnalysisCode::ExtraArguments => "`gql.<schema>(...)` received more than one argument; the extra ones are ignored.",
            AnalysisCode::SpreadArgument => "The factory is passed as a spread (`gql.x(...args)`), which cannot be read statically.",
            AnalysisCode::ClassProperty => "A definition in a class property initializer is skipped (upstream's scope tracking is inconsistent there).",
        }
    }

    /// The stable code string printed and stored in the cache.
    pub fn as_str(self) -> &'static str {
        match self {
            AnalysisCode::RenamedImport => "RENAMED_IMPORT",
            AnalysisCode::StarImport => "STAR_IMPORT",
            AnalysisCode::DefaultImport => "DEFAULT_IMPORT",
            AnalysisCode::MissingArgument => "MISSING_ARGUMENT",
            AnalysisCode::InvalidArgumentType => "INVALID_ARGUMENT_TYPE",
            AnalysisCode::NonMemberCallee => "NON_MEMBER_CALLEE",
            AnalysisCode::ComputedProperty => "COMPUTED_PROPERTY",
            AnalysisCode::DynamicCallee => "DYNAMIC_CALLEE",
            AnalysisCode::OptionalChaining => "OPTIONAL_CHAINING",
            AnalysisCode::ExtraArguments => "EXTRA_ARGUMENTS",
            AnalysisCode::SpreadArgument => "SPREAD_ARGUMENT",
            AnalysisCode::ClassProperty => "CLASS_PROPERTY",
        }
    }

    /// Upstream's severity for this code.
    pub fn severity(self) -> Severity {
        match self {
            AnalysisCode::MissingArgument
            | AnalysisCode::InvalidArgumentType
            | AnalysisCode::NonMemberCallee
            | AnalysisCode::OptionalChaining
            | AnalysisCode::SpreadArgument => Severity::Error,
            AnalysisCode::RenamedImport
            | AnalysisCode::StarImport
            | AnalysisCode::DefaultImport
            | AnalysisCode::ComputedProperty
            | AnalysisCode::DynamicCallee
            | AnalysisCode::ExtraArguments
            | AnalysisCode::ClassProperty => Severity::Warning,
        }
    }
}

/// One analysis finding at a span of the analysed file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalysisDiagnostic {
    /// What was found.
    pub code: AnalysisCode,
    /// The message as printed.
    pub message: String,
    /// Where, in the analysed file.
    pub span: Span,
}
