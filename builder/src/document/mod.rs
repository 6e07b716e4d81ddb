//! The document compiler: definitions read statically from TypeScript, fragments inlined,
//! validated against the schema, printed as graphql-js prints and serialized as a `DocumentNode`.

pub mod escapes;
pub mod extract;
pub mod inline;
pub mod ir;
pub mod js;
pub mod json;
pub mod located;
pub mod print;
pub mod schema_index;
pub mod synthetic;
pub mod validate;

use ir::{OperationType, Selection, VariableDefinition};

/// A complete operation: fragments inlined, variables merged.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationDocument {
    pub operation_type: OperationType,
    pub name: String,
    pub variables: Vec<VariableDefinition>,
    pub selections: Vec<Selection>,
    /// Variable definitions rebuilt from merged variables (upstream, when a `...${frag}` brings
    /// variables): their nodes have no `directives` key, and variable directives are dropped.
    pub rebuilt_variables: bool,
    /// The source upstream parses the variables from (for their `loc`).
    pub variables_source: String,
}
