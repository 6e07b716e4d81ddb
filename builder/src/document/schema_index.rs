//! Schema lookups the static extractor needs (enum detection for field-builder literals).

use apollo_compiler::schema::ExtendedType;
use apollo_compiler::validation::Valid;
use apollo_compiler::Schema;

use super::ir::OperationType;

/// A validated schema with the lookups the compiler uses.
#[derive(Debug)]
pub struct SchemaIndex {
    /// The validated schema.
    pub schema: Valid<Schema>,
}

impl SchemaIndex {
    /// The root type name of an operation type, if the schema defines it.
    pub fn root_type(&self, operation_type: OperationType) -> Option<String> {
        let ty = match operation_type {
            OperationType::Query => apollo_compiler::ast::OperationType::Query,
            OperationType::Mutation => apollo_compiler::ast::OperationType::Mutation,
            OperationType::Subscription => apollo_compiler::ast::OperationType::Subscription,
        };
        self.schema.root_operation(ty).map(|n| n.to_string())
    }

    /// The named type of `parent.field`.
    pub fn field_type(&self, parent: &str, field: &str) -> Option<String> {
        self.schema
            .type_field(parent, field)
            .ok()
            .map(|f| f.ty.inner_named_type().to_string())
    }

    /// The named type of argument `arg` of `parent.field`.
    pub fn argument_type(&self, parent: &str, field: &str, arg: &str) -> Option<String> {
        let field = self.schema.type_field(parent, field).ok()?;
        field
            .arguments
            .iter()
            .find(|a| a.name == arg)
            .map(|a| a.ty.inner_named_type().to_string())
    }

    /// The named type of field `field` of input object `input`.
    pub fn input_field_type(&self, input: &str, field: &str) -> Option<String> {
        let input = self.schema.get_input_object(input)?;
        input
            .fields
            .get(field)
            .map(|f| f.ty.inner_named_type().to_string())
    }

    /// Whether `name` is an enum type.
    pub fn is_enum(&self, name: &str) -> bool {
        self.schema.get_enum(name).is_some()
    }

    /// Whether `name` is a type a fragment can be on (object, interface or union).
    pub fn is_composite(&self, name: &str) -> bool {
        matches!(
            self.schema.types.get(name),
            Some(ExtendedType::Object(_) | ExtendedType::Interface(_) | ExtendedType::Union(_))
        )
    }
}
