//! Canonical ids: `<path relative to the config dir>::<astPath>`.

use std::fmt;

/// The artifact key of one definition, e.g. `src/user.ts::userFragment`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CanonicalId(String);

impl CanonicalId {
    /// Builds the id from a `/`-separated path relative to the config dir and an astPath.
    pub fn new(source_path: &str, ast_path: &str) -> Self {
        CanonicalId(format!("{source_path}::{ast_path}"))
    }

    /// The id as a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The file part (before the first `::`).
    pub fn source_path(&self) -> &str {
        self.0
            .split_once("::")
            .map_or(self.0.as_str(), |(path, _)| path)
    }

    /// The astPath part (after the first `::`).
    pub fn ast_path(&self) -> &str {
        self.0.split_once("::").map_or("", |(_, ast_path)| ast_path)
    }
}

impl fmt::Display for CanonicalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
