//! Canonical ids: `<path relative to the config dir>::<astPath>`.

use std::fmt;

/// The artifact key of one definition, e.g. `src/user.ts::userFragment`.
///
/// Either part may itself contain `::` (a file named `a::b.ts`, a key `{ "x::y": gql... }`), so
/// the id remembers where its file part ends.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CanonicalId {
    id: String,
    source_len: usize,
}

impl CanonicalId {
    /// Builds the id from a `/`-separated path relative to the config dir and an astPath.
    pub fn new(source_path: &str, ast_path: &str) -> Self {
        CanonicalId {
            id: format!("{source_path}::{ast_path}"),
            source_len: source_path.len(),
        }
    }

    /// The id as a string.
    pub fn as_str(&self) -> &str {
        &self.id
    }

    /// The file part.
    pub fn source_path(&self) -> &str {
        &self.id[..self.source_len]
    }

    /// The astPath part.
    pub fn ast_path(&self) -> &str {
        &self.id[self.source_len + "::".len()..]
    }
}

impl fmt::Display for CanonicalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::CanonicalId;

    #[test]
    fn parts_are_split_where_they_were_joined() {
        let id = CanonicalId::new("src/a::b.ts", "x::y.z");
        assert_eq!(id.as_str(), "src/a::b.ts::x::y.z");
        assert_eq!(id.source_path(), "src/a::b.ts");
        assert_eq!(id.ast_path(), "x::y.z");
        let empty = CanonicalId::new("", "");
        assert_eq!((empty.source_path(), empty.ast_path()), ("", ""));
    }
}
