//! The archived data: one manifest per cache and one shard per source file with definitions.

use rkyv::{Archive, Deserialize, Serialize};

/// Cache-wide facts the plugin needs before it looks at any shard.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[rkyv(derive(Debug))]
pub struct Manifest {
    /// Hash of the config and every schema it names; a change invalidates the whole cache.
    pub config_hash: u64,
    /// The config's directory relative to the cache dir, `/`-separated (`..` for the default layout).
    pub config_dir: String,
    /// Import specifiers that denote the graphql-system module (the configured aliases).
    pub graphql_system_aliases: Vec<String>,
    /// The graphql-system directory relative to the config dir, `/`-separated.
    pub graphql_system_dir: String,
    /// Files the plugin replaces by an empty module (graphql-system entry, inject files), relative to the config dir.
    pub stub_files: Vec<String>,
    /// Schema names and labels in config order.
    pub schemas: Vec<String>,
}

/// Everything the plugin needs for one source file, in the one file it reads for it.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[rkyv(derive(Debug))]
pub struct Shard {
    /// The source path relative to the config dir, `/`-separated (the file part of canonical ids).
    pub source_path: String,
    /// The source path relative to the cache dir: what the shard's file name hashes. The plugin
    /// checks it, so a shard moved or swapped to another file's name is detected.
    pub cache_key: String,
    /// xxh3 of the source text the shard was built from.
    pub content_hash: u64,
    /// What this file is to the plugin.
    pub kind: ShardKind,
    /// How this project names the graphql-system module (the import the plugin removes).
    pub graphql_system: GraphqlSystemNames,
    /// Definitions in source order.
    pub definitions: Vec<Definition>,
}

/// What a shard's file is.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[rkyv(derive(Debug))]
pub enum ShardKind {
    /// A source file with definitions.
    Definitions,
    /// The graphql-system entry or an inject file: replaced by an empty module.
    Stub,
}

/// The graphql-system's import specifiers (aliases) and directory relative to the config dir.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[rkyv(derive(Debug))]
pub struct GraphqlSystemNames {
    pub aliases: Vec<String>,
    pub dir: String,
}

/// One `gql.<schema>(...)` call.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[rkyv(derive(Debug))]
pub struct Definition {
    /// `<path relative to the config dir>::<astPath>`.
    pub canonical_id: String,
    /// The schema name (`default` in `gql.default`).
    pub schema: String,
    /// The call's AST fingerprint, recomputed by the plugin to detect a stale cache.
    pub fingerprint: u64,
    /// The compiled artifact, or why it could not be compiled.
    pub outcome: Outcome,
}

/// A definition either compiled or failed with user-facing diagnostics.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[rkyv(derive(Debug))]
pub enum Outcome {
    /// A fragment's prebuild data.
    Fragment(FragmentArtifact),
    /// An operation's prebuild data and document.
    Operation(OperationArtifact),
    /// The builder's diagnostics for this definition (at least one).
    Failed(Vec<StoredDiagnostic>),
}

/// Upstream's fragment `prebuild`.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[rkyv(derive(Debug))]
pub struct FragmentArtifact {
    /// The fragment's type condition.
    pub typename: String,
    /// The fragment key given as `fragment("Key", ...)`.
    pub key: String,
}

/// Upstream's operation `prebuild` plus the printed document.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[rkyv(derive(Debug))]
pub struct OperationArtifact {
    /// `query`, `mutation` or `subscription`.
    pub operation_type: String,
    /// The operation's name.
    pub operation_name: String,
    /// Variable names without `$`, in declaration order.
    pub variable_names: Vec<String>,
    /// Upstream's operation `prebuild` as compact JSON, ready to embed in JavaScript:
    /// `{ operationType, operationName, schemaLabel, document, variableNames, metadata? }`
    /// where `document` is the graphql-js `DocumentNode`.
    pub prebuild_json: String,
    /// The document printed exactly as graphql-js `print()` prints it.
    pub text: String,
    /// Lowercase hex sha256 of `text`: the persisted-query id.
    pub sha256: String,
}

/// A builder diagnostic kept so the plugin can report it at the call site.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[rkyv(derive(Debug))]
pub struct StoredDiagnostic {
    /// Stable code such as `SODA0201`.
    pub code: String,
    /// The message as the builder prints it.
    pub message: String,
    /// File of the primary location, relative to the config dir.
    pub file: String,
    /// 1-based line of the primary location.
    pub line: u32,
    /// 1-based column (in characters) of the primary location.
    pub column: u32,
}
