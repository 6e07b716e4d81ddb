//! Diagnostics about how `gql` is imported and called (upstream's analysis codes).

use swc_core::common::Span;

/// How serious a diagnostic is. Errors fail the definition; warnings are printed by the builder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The definition cannot be compiled.
    Error,
    /// The code works but not as the user may expect.
    Warning,
}

/// The analysis diagnostic codes, named as upstream names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
