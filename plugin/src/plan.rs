//! What each definition of a file becomes, given what the cache holds for it:
//!
//! | host build                 | fresh compiled | fresh failed | stale or missing |
//! | -------------------------- | -------------- | ------------ | ---------------- |
//! | development, `module`      | reference      | reference    | reference        |
//! | production, `module`       | prebuilt       | error        | error            |
//! | `inline` (never in dev)    | inline         | error        | error            |
//!
//! A reference lets the generated artifact module decide at run time: it throws a failed
//! definition's diagnostics where the definition is used, and treats a stale call (the
//! watcher has not caught up yet) as a warning, never an error for code that no longer exists.

use rustc_hash::FxHashMap as HashMap;

use soda_analysis::{CanonicalId, DefinitionSite, ModuleDefinitions};
use soda_cache_format::{ArchivedDefinition, ArchivedOutcome, ArchivedShard};
use swc_core::common::Span;

use crate::error::PluginError;
use crate::options::{Emit, PluginOptions};
use crate::{FileContext, Reporter};

/// How one call is replaced.
pub enum Output<'a> {
    /// `element(gqlRuntime, astPath, fingerprint)` from the artifact module (development).
    Reference,
    /// `prebuilt(gqlRuntime, astPath)` from the artifact module (production).
    Prebuilt,
    /// The artifact itself (`inline` mode).
    Inline(&'a ArchivedOutcome),
}

/// One definition to replace.
pub struct Replacement<'a> {
    pub site: DefinitionSite,
    pub output: Output<'a>,
}

/// The replacements of a file and the errors of the definitions that cannot be replaced.
pub struct Plan<'a> {
    pub replacements: Vec<Replacement<'a>>,
    pub errors: Vec<(Span, PluginError)>,
}

/// Decides every definition of `found` (in `source`, relative to the config dir; as the host
/// names it when there is no shard).
pub fn plan<'a>(
    found: &ModuleDefinitions,
    source: &str,
    shard: Option<&'a ArchivedShard>,
    options: &PluginOptions,
    file: &FileContext<'_>,
    reporter: &mut dyn Reporter,
) -> Plan<'a> {
    let stored: HashMap<&str, &ArchivedDefinition> = shard
        .map(|s| {
            s.definitions
                .iter()
                .map(|d| (d.canonical_id.as_str(), d))
                .collect()
        })
        .unwrap_or_default();
    let development_module = options.emit == Emit::Module && !file.is_production();
    let mut plan = Plan {
        replacements: Vec::new(),
        errors: Vec::new(),
    };
    for site in &found.definitions {
        let id = CanonicalId::new(source, &site.ast_path);
        let definition = stored.get(id.as_str()).copied();
        let fresh = definition.filter(|d| d.fingerprint.to_native() == site.fingerprint);
        reporter.debug(format!(
            "{source}: {} {}",
            site.ast_path,
            match (shard, definition, fresh) {
                (None, ..) => "no shard (the artifact module decides at run time)",
                (Some(_), None, _) => "miss (not in the cache)",
                (Some(_), Some(_), None) => "stale (source changed since the build)",
                (Some(_), Some(_), Some(_)) => "hit",
            }
        ));
        let output = if development_module {
            Ok(Output::Reference)
        } else {
            checked(&id, definition, fresh).map(|outcome| match options.emit {
                Emit::Module => Output::Prebuilt,
                Emit::Inline => Output::Inline(outcome),
            })
        };
        match output {
            Ok(output) => plan.replacements.push(Replacement {
                site: site.clone(),
                output,
            }),
            Err(errors) => plan
                .errors
                .extend(errors.into_iter().map(|e| (site.span, e))),
        }
    }
    plan
}

/// A definition the build can embed: compiled, and compiled from this very source.
fn checked<'a>(
    id: &CanonicalId,
    definition: Option<&'a ArchivedDefinition>,
    fresh: Option<&'a ArchivedDefinition>,
) -> Result<&'a ArchivedOutcome, Vec<PluginError>> {
    let Some(fresh) = fresh else {
        return Err(vec![match definition {
            Some(_) => PluginError::Stale { id: id.to_string() },
            None => PluginError::Missing { id: id.to_string() },
        }]);
    };
    match &fresh.outcome {
        ArchivedOutcome::Failed(diagnostics) => Err(diagnostics
            .iter()
            .map(|d| PluginError::Builder {
                code: d.code.to_string(),
                message: d.message.to_string(),
                file: d.file.to_string(),
                line: d.line.to_native(),
                column: d.column.to_native(),
            })
            .collect()),
        outcome => Ok(outcome),
    }
}
