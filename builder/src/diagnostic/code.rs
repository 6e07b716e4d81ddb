//! The diagnostic catalogue: every code the builder reports, its severity and what it means.
//!
//! `docs/diagnostics.md` is generated from this table (with an example per code taken from its
//! fixture); a test checks that every code has a fixture and that the document is current.

use std::fmt;

use soda_analysis::{AnalysisCode, Severity};

use super::{Diagnostic, FileId, Origin};

macro_rules! builder_codes {
    ($($variant:ident = $name:literal, $severity:ident, $doc:literal;)*) => {
        /// A code of the builder's own (analysis codes come from `soda-analysis`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum BuilderCode {
            $(#[doc = $doc] $variant,)*
        }

        impl BuilderCode {
            /// Every builder code, in catalogue order.
            pub const ALL: &'static [BuilderCode] = &[$(BuilderCode::$variant,)*];

            /// The stable code string.
            pub fn as_str(self) -> &'static str {
                match self { $(BuilderCode::$variant => $name,)* }
            }

            /// How bad it is.
            pub fn severity(self) -> Severity {
                match self { $(BuilderCode::$variant => Severity::$severity,)* }
            }

            /// One line on what it means.
            pub fn doc(self) -> &'static str {
                match self { $(BuilderCode::$variant => $doc,)* }
            }
        }
    };
}

builder_codes! {
    TsSyntax = "TS_SYNTAX", Error, "The TypeScript file does not parse; none of its definitions are compiled.";
    ReadFailed = "READ_FAILED", Error, "A source file (or a directory on the way to it) could not be read; its previous artifacts are kept.";
    InvalidUtf8 = "INVALID_UTF8", Error, "A source file is not valid UTF-8; the message gives the offset of the first invalid byte.";
    NestingTooDeep = "NESTING_TOO_DEEP", Error, "A definition, or a whole source file that mentions `gql`, nests deeper than the builder follows (a bound that keeps the build from overflowing its stack).";
    NoMatchingSources = "NO_MATCHING_SOURCES", Warning, "The config's `include` globs match no source file (an error with `--strict`).";
    GraphqlSystemLookalike = "GRAPHQL_SYSTEM_LOOKALIKE", Warning, "In a file that imports `gql` from a module named `graphql-system` (the SWC plugin reads no cache for it in development `module` mode and goes by that name), an import is named like the graphql-system but is not the config's, or is the config's under another name: the plugin would judge that import otherwise than the cache.";
    UnknownSchema = "UNKNOWN_SCHEMA", Error, "`gql.<name>` names no schema of the config.";
    UnsupportedConstruct = "UNSUPPORTED_CONSTRUCT", Error, "The definition uses a construct the builder cannot compile without running code; the message names it.";
    MetadataEvaluationFailed = "METADATA_EVALUATION_FAILED", Error, "Evaluating a `metadata` option throws in JavaScript (a `$var` helper given the wrong kind of VarRef, a property read of `undefined`); the message gives the error upstream throws.";
    ColocatedTypename = "COLOCATED_TYPENAME", Error, "A `$colocate` entry selects `__typename` written in a tagged template, which upstream cannot prefix with the label (select it with `f(\"__typename\")()` instead).";
    InterpolationOutsideSpread = "INTERPOLATION_OUTSIDE_SPREAD", Error, "A template interpolation does not follow `...`: only fragment spreads can be interpolated.";
    InvalidInterpolation = "INVALID_INTERPOLATION", Error, "A template interpolation is neither a fragment nor `($) => fragment.spread({...})`.";
    NamedFragmentSpread = "NAMED_FRAGMENT_SPREAD", Error, "A template spreads a fragment by GraphQL name (`...UserFragment`) instead of interpolating it (`...${userFragment}`).";
    UndeclaredVariableReference = "UNDECLARED_VARIABLE_REFERENCE", Error, "A field builder refers to `$.x` although the operation declares no variable `x`.";
    UnresolvedImport = "UNRESOLVED_IMPORT", Error, "A spread fragment's import does not resolve to a project source file, or the module does not export it.";
    UnresolvedFragment = "UNRESOLVED_FRAGMENT", Error, "A spread names something that is not a fragment definition.";
    SpreadOfOperation = "SPREAD_OF_OPERATION", Error, "An operation is spread as if it were a fragment.";
    FragmentHasErrors = "FRAGMENT_HAS_ERRORS", Error, "A spread fragment has errors of its own (reported at its definition).";
    FragmentCycle = "FRAGMENT_CYCLE", Error, "A fragment spreads itself, directly or through other fragments.";
    VariableConflict = "VARIABLE_CONFLICT", Error, "An operation and a fragment it spreads declare the same variable with different types.";
    UnknownType = "UNKNOWN_TYPE", Error, "A fragment's type condition or an operation's root type does not exist in the schema.";
    DuplicateOperationName = "DUPLICATE_OPERATION_NAME", Error, "Two operations of one schema have the same name.";
    GraphqlSyntax = "GRAPHQL_SYNTAX", Error, "The GraphQL text of a template does not parse.";
    GraphqlUndefinedField = "GRAPHQL_UNDEFINED_FIELD", Error, "A selected field does not exist on its parent type.";
    GraphqlUndefinedArgument = "GRAPHQL_UNDEFINED_ARGUMENT", Error, "A field or directive is given an argument it does not define.";
    GraphqlRequiredArgument = "GRAPHQL_REQUIRED_ARGUMENT", Error, "A required argument is missing.";
    GraphqlUndefinedVariable = "GRAPHQL_UNDEFINED_VARIABLE", Error, "A variable is used but not declared by the operation (or bound by the spread).";
    GraphqlUnusedVariable = "GRAPHQL_UNUSED_VARIABLE", Error, "A declared variable is never used.";
    GraphqlUnsupportedValueType = "GRAPHQL_UNSUPPORTED_VALUE_TYPE", Error, "A literal value does not fit the argument's type.";
    GraphqlDisallowedVariableUsage = "GRAPHQL_DISALLOWED_VARIABLE_USAGE", Error, "A variable of one type is used where another type is expected.";
    GraphqlInvalidFragmentSpread = "GRAPHQL_INVALID_FRAGMENT_SPREAD", Error, "A fragment is spread on a type it can never apply to.";
    GraphqlUndefinedEnumValue = "GRAPHQL_UNDEFINED_ENUM_VALUE", Error, "An enum argument is given a value the enum does not define.";
    GraphqlUndefinedInputValue = "GRAPHQL_UNDEFINED_INPUT_VALUE", Error, "An input object is given a field it does not define.";
    GraphqlMissingSubselection = "GRAPHQL_MISSING_SUBSELECTION", Error, "A field of object, interface or union type is selected without a selection set.";
    GraphqlSubselectionOnScalarType = "GRAPHQL_SUBSELECTION_ON_SCALAR_TYPE", Error, "A scalar field is given a selection set.";
    GraphqlSubselectionOnEnumType = "GRAPHQL_SUBSELECTION_ON_ENUM_TYPE", Error, "An enum field is given a selection set.";
    GraphqlUndefinedDirective = "GRAPHQL_UNDEFINED_DIRECTIVE", Error, "A directive the schema does not define is used.";
    GraphqlUniqueArgument = "GRAPHQL_UNIQUE_ARGUMENT", Error, "An argument is given twice.";
    GraphqlUniqueVariable = "GRAPHQL_UNIQUE_VARIABLE", Error, "A variable is declared twice.";
    GraphqlVariableInputType = "GRAPHQL_VARIABLE_INPUT_TYPE", Error, "A variable is declared with a type that is not an input type.";
    GraphqlUndefinedType = "GRAPHQL_UNDEFINED_TYPE", Error, "A variable or inline fragment names a type the schema does not define.";
    GraphqlConflictingField = "GRAPHQL_CONFLICTING_FIELD", Error, "Two selections with one response key select different fields or arguments.";
    GraphqlIntCoercion = "GRAPHQL_INT_COERCION", Error, "An integer literal does not fit GraphQL's 32-bit `Int`.";
    GraphqlValidation = "GRAPHQL_VALIDATION", Error, "Any other GraphQL validation error (the message gives apollo-compiler's explanation).";
}

/// A diagnostic code: one of upstream's analysis codes or one of the builder's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// How `gql` is imported and called (shared with the plugin).
    Analysis(AnalysisCode),
    /// Compilation, validation and project problems.
    Builder(BuilderCode),
}

impl Code {
    /// Every code, analysis codes first.
    pub fn all() -> impl Iterator<Item = Code> {
        AnalysisCode::ALL
            .iter()
            .map(|&c| Code::Analysis(c))
            .chain(BuilderCode::ALL.iter().map(|&c| Code::Builder(c)))
    }

    /// The stable code string printed and stored in the cache.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Analysis(code) => code.as_str(),
            Code::Builder(code) => code.as_str(),
        }
    }

    /// How bad it is.
    pub fn severity(self) -> Severity {
        match self {
            Code::Analysis(code) => code.severity(),
            Code::Builder(code) => code.severity(),
        }
    }

    /// One line on what it means.
    pub fn doc(self) -> &'static str {
        match self {
            Code::Analysis(code) => code.doc(),
            Code::Builder(code) => code.doc(),
        }
    }

    /// Whether `--strict` turns this warning into an error (it usually means a misconfiguration).
    pub fn fails_under_strict(self) -> bool {
        self == Code::Builder(BuilderCode::NoMatchingSources)
    }

    /// A diagnostic of this code at one position.
    pub fn at(self, origin: Origin, message: impl Into<String>) -> Diagnostic {
        self.spanning(origin.file, origin.offset..origin.offset, message)
    }

    /// A diagnostic of this code over `span` of `file`.
    pub fn spanning(
        self,
        file: FileId,
        span: std::ops::Range<u32>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            file,
            span,
            severity: self.severity(),
            code: self,
            message: message.into(),
            related: Vec::new(),
        }
    }
}

impl BuilderCode {
    /// A diagnostic of this code at one position.
    pub fn at(self, origin: Origin, message: impl Into<String>) -> Diagnostic {
        Code::Builder(self).at(origin, message)
    }

    /// A diagnostic of this code over `span` of `file`.
    pub fn spanning(
        self,
        file: FileId,
        span: std::ops::Range<u32>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Code::Builder(self).spanning(file, span, message)
    }
}

impl From<BuilderCode> for Code {
    fn from(code: BuilderCode) -> Self {
        Code::Builder(code)
    }
}

impl From<AnalysisCode> for Code {
    fn from(code: AnalysisCode) -> Self {
        Code::Analysis(code)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Our code for an apollo-compiler validation error, by its (unstable) error name. Explicit, so
/// an apollo upgrade that renames an error cannot rename a user-facing code.
pub fn graphql_code(apollo_name: Option<&str>) -> BuilderCode {
    use BuilderCode::*;
    match apollo_name {
        Some("UndefinedField") => GraphqlUndefinedField,
        Some("UndefinedArgument") => GraphqlUndefinedArgument,
        Some("RequiredArgument") => GraphqlRequiredArgument,
        Some("UndefinedVariable") => GraphqlUndefinedVariable,
        Some("UnusedVariable") => GraphqlUnusedVariable,
        Some("UnsupportedValueType") => GraphqlUnsupportedValueType,
        Some("DisallowedVariableUsage") => GraphqlDisallowedVariableUsage,
        Some("InvalidFragmentSpread") => GraphqlInvalidFragmentSpread,
        Some("UndefinedEnumValue") => GraphqlUndefinedEnumValue,
        Some("UndefinedInputValue") => GraphqlUndefinedInputValue,
        Some("MissingSubselection") => GraphqlMissingSubselection,
        Some("SubselectionOnScalarType") => GraphqlSubselectionOnScalarType,
        Some("SubselectionOnEnumType") => GraphqlSubselectionOnEnumType,
        Some("UndefinedDirective") => GraphqlUndefinedDirective,
        Some("UniqueArgument") => GraphqlUniqueArgument,
        Some("UniqueVariable") => GraphqlUniqueVariable,
        Some("VariableInputType") => GraphqlVariableInputType,
        Some("UndefinedDefinition" | "UndefinedTypeInInlineFragmentTypeCondition") => {
            GraphqlUndefinedType
        }
        Some("ConflictingFieldType" | "ConflictingFieldArgument" | "ConflictingFieldName") => {
            GraphqlConflictingField
        }
        Some("IntCoercionError") => GraphqlIntCoercion,
        _ => GraphqlValidation,
    }
}
