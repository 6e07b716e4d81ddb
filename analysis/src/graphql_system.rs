//! Recognising imports of the graphql-system module.

use swc_core::ecma::ast::{ImportSpecifier, Module, ModuleDecl, ModuleItem};

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

    /// Whether `specifier` names a module called `graphql-system` (`@/graphql-system`,
    /// `../graphql-system/index.js`, …), whatever the config says.
    ///
    /// In development `module` mode the plugin takes an `import { gql }` from such a specifier
    /// for the graphql-system without reading the cache; the builder warns about one that is
    /// not (`GRAPHQL_SYSTEM_LOOKALIKE`), so the two never disagree silently.
    pub fn looks_like(specifier: &str) -> bool {
        let stem = source_path::module_stem(specifier);
        stem.rsplit('/').next() == Some(LOOKALIKE_NAME)
    }
}

/// The specifier of the module's `import { gql }` (the one form a definition's `gql` comes
/// from) from a module named `graphql-system` ([`GraphqlSystem::looks_like`]): where there is
/// one, the plugin's development fast path reads no cache, and the builder checks the file's
/// other imports against that same name test.
pub fn gql_import_by_name(module: &Module) -> Option<String> {
    module.body.iter().find_map(|item| {
        let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item else {
            return None;
        };
        let binds_gql = import.specifiers.iter().any(|specifier| {
            matches!(specifier, ImportSpecifier::Named(named) if named.imported.is_none() && named.local.sym == "gql")
        });
        let specifier = import.src.value.as_wtf8().to_string_lossy();
        (binds_gql && GraphqlSystem::looks_like(&specifier)).then(|| specifier.into_owned())
    })
}

/// The module name [`GraphqlSystem::looks_like`] recognises (upstream's default `outdir`).
const LOOKALIKE_NAME: &str = "graphql-system";

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

    #[test]
    fn looks_like_names_the_module_whatever_its_path() {
        for yes in [
            "@/graphql-system",
            "./graphql-system",
            "../../graphql-system/index.js",
            "~/src/graphql-system/index",
            "graphql-system",
        ] {
            assert!(GraphqlSystem::looks_like(yes), "{yes}");
        }
        for no in [
            "@/gql",
            "graphql-tag",
            "@/graphql-system/fragments",
            "./my-graphql-system",
            "./graphql-systems",
            "",
        ] {
            assert!(!GraphqlSystem::looks_like(no), "{no}");
        }
    }
}
