//! Recognising imports of the graphql-system module.

use crate::source_path;

/// How the graphql-system module is imported in this project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphqlSystem {
    /// Specifiers that denote it exactly (default `@/graphql-system`).
    pub aliases: Vec<String>,
    /// Its directory relative to the config dir, `/`-separated (`outdir`).
    pub dir: String,
}

impl GraphqlSystem {
    /// Whether `specifier`, imported from `importer` (relative to the config dir), is the graphql-system.
    ///
    /// An alias matches exactly; a relative specifier matches when it points at the
    /// directory or its `index` file (any TS/JS extension). Lexical, so builder and plugin agree
    /// without touching the disk.
    pub fn is_import(&self, importer: &str, specifier: &str) -> bool {
        if self.aliases.iter().any(|alias| alias == specifier) {
            return true;
        }
        if !specifier.starts_with('.') {
            return false;
        }
        let target = source_path::join(source_path::parent(importer), specifier);
        source_path::module_stem(&target) == source_path::normalize(&self.dir)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn system() -> GraphqlSystem {
        GraphqlSystem {
            aliases: vec!["@/graphql-system".into()],
            dir: "src/graphql-system".into(),
        }
    }

    #[test]
    fn matches_aliases_exactly_and_relative_paths_to_the_dir() {
        let gs = system();
        assert!(gs.is_import("src/a.ts", "@/graphql-system"));
        assert!(!gs.is_import("src/a.ts", "@/graphql-system/index"));
        assert!(gs.is_import("src/a.ts", "./graphql-system"));
        assert!(gs.is_import("src/pages/a.ts", "../graphql-system/index.js"));
        assert!(gs.is_import("src/pages/a.ts", "../graphql-system/index.ts"));
        assert!(!gs.is_import("src/pages/a.ts", "./graphql-system"));
        assert!(!gs.is_import("src/a.ts", "graphql-system"));
    }
}
