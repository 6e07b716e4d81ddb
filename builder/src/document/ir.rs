//! The document IR: GraphQL selections that remember where in the TypeScript source they came from.

use crate::diagnostic::Origin;

/// A GraphQL input value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Variable(String),
    Int(String),
    Float(String),
    String(String),
    Boolean(bool),
    Null,
    Enum(String),
    List(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// A GraphQL type reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    Named(String),
    List(Box<TypeRef>),
    NonNull(Box<TypeRef>),
}

impl TypeRef {
    /// The innermost named type.
    pub fn named(&self) -> &str {
        match self {
            TypeRef::Named(name) => name,
            TypeRef::List(inner) | TypeRef::NonNull(inner) => inner.named(),
        }
    }
}

impl std::fmt::Display for TypeRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TypeRef::Named(name) => f.write_str(name),
            TypeRef::List(inner) => write!(f, "[{inner}]"),
            TypeRef::NonNull(inner) => write!(f, "{inner}!"),
        }
    }
}

/// `name: value` in a field or directive.
#[derive(Debug, Clone, PartialEq)]
pub struct Argument {
    pub name: String,
    pub value: Value,
    pub origin: Origin,
}

/// `@name(args)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Directive {
    pub name: String,
    pub arguments: Vec<Argument>,
    pub origin: Origin,
}

/// `$name: Type = default @directives`.
#[derive(Debug, Clone, PartialEq)]
pub struct VariableDefinition {
    pub name: String,
    pub ty: TypeRef,
    pub default_value: Option<Value>,
    pub directives: Vec<Directive>,
    pub origin: Origin,
}

/// A selection before fragments are inlined.
#[derive(Debug, Clone, PartialEq)]
pub enum Selection {
    Field(Field),
    InlineFragment(InlineFragment),
    Spread(Spread),
    Colocated(Colocated),
}

/// One entry of `$colocate({ label: fields })`: after inlining, every top-level response key
/// `key` of `selections` becomes the alias `label_key` (field names unchanged).
#[derive(Debug, Clone, PartialEq)]
pub struct Colocated {
    pub label: String,
    pub selections: Vec<Selection>,
    pub origin: Origin,
}

/// A field selection.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub alias: Option<String>,
    pub name: String,
    pub arguments: Vec<Argument>,
    pub directives: Vec<Directive>,
    /// `None` for a leaf.
    pub selection_set: Option<Vec<Selection>>,
    /// A `__typename` written in a tagged template or as a union's `__typename: true`: upstream
    /// stores it as the shorthand `true`, so its `DocumentNode` has no `arguments` key and
    /// `$colocate` cannot prefix it.
    pub shorthand: bool,
    pub origin: Origin,
}

impl Field {
    /// The response key: alias or name.
    pub fn response_key(&self) -> &str {
        self.alias.as_deref().unwrap_or(&self.name)
    }
}

/// `... on Type { ... }`.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineFragment {
    pub type_condition: Option<String>,
    pub directives: Vec<Directive>,
    pub selection_set: Vec<Selection>,
    /// Set on the `... on Type` inlining puts around a fragment spread on another type.
    pub wrapped_spread: Option<WrappedSpread>,
    pub origin: Origin,
}

/// The fragment spread an inline fragment wraps, in the user's terms (for diagnostics).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedSpread {
    /// The fragment's key (`fragment("Key", "Type")`).
    pub fragment: String,
    /// The type of the selection the fragment is spread in.
    pub parent: String,
}

/// A reference to a fragment, in source form (resolved by the project's module graph).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FragmentRef {
    /// The local identifier (`userFragment`, or `ns` in `ns.a.b`).
    pub local: String,
    /// Member names after it (`["a", "b"]` in `ns.a.b`).
    pub members: Vec<String>,
}

impl std::fmt::Display for FragmentRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.local)?;
        for member in &self.members {
            write!(f, ".{member}")?;
        }
        Ok(())
    }
}

/// How a spread binds the fragment's variables.
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadBinding {
    /// `...${frag}`: variables pass through by name and propagate to the operation.
    PassThrough,
    /// `frag.spread({ a: $.x, b: 3 })`: declared variables not given are omitted.
    Explicit(Vec<(String, SpreadArg)>),
}

/// A value given to a fragment variable in `spread({...})`.
#[derive(Debug, Clone, PartialEq)]
pub enum SpreadArg {
    /// A value; `Value::Variable(x)` means the enclosing scope's `$.x`.
    Value(Value),
    /// `$.x` where the enclosing scope has no `x`: the argument is omitted (as upstream).
    Undefined,
}

/// `...${frag}` or `frag.spread(args)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    pub target: FragmentRef,
    pub binding: SpreadBinding,
    pub origin: Origin,
}

/// What a definition compiles from, before fragments are resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum DefinitionIr {
    Fragment(FragmentIr),
    Operation(OperationIr),
}

/// A fragment: `fragment("Key", "Type")\`($v: T) { ... }\`()`.
#[derive(Debug, Clone, PartialEq)]
pub struct FragmentIr {
    pub key: String,
    pub type_condition: String,
    pub variables: Vec<VariableDefinition>,
    pub selections: Vec<Selection>,
    pub origin: Origin,
}

/// `query`, `mutation` or `subscription`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OperationType {
    Query,
    Mutation,
    Subscription,
}

impl OperationType {
    /// The GraphQL keyword.
    pub fn as_str(self) -> &'static str {
        match self {
            OperationType::Query => "query",
            OperationType::Mutation => "mutation",
            OperationType::Subscription => "subscription",
        }
    }
}

/// An operation: tagged template or callback field builder.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationIr {
    pub operation_type: OperationType,
    pub name: String,
    pub variables: Vec<VariableDefinition>,
    /// The source upstream parses the variables from (their `loc` offsets point into it).
    pub variables_source: String,
    pub selections: Vec<Selection>,
    pub origin: Origin,
}
