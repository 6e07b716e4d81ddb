//! The generated ES module of one source file (`modules/<hash>.mjs`): its artifacts as plain
//! data, `element` (development: checks the caller's fingerprint, throws a failed definition's
//! diagnostics where it is used) and `prebuilt` (production: no checks, tree-shaken apart).

use serde_json::{json, Value as Json};
use soda_cache_format::{fingerprint_hex, Outcome};

use super::prebuild_text;
use crate::build::compile::CompiledDefinition;

const TEMPLATE: &str = include_str!("artifact_module.mjs");

/// The sealed module text for `source_path`'s entries.
pub fn artifact_module(source_path: &str, entries: &[&CompiledDefinition]) -> String {
    // One artifact per line, compact: these modules are a third of what a cold build writes.
    // An operation's prebuild is already JSON text and goes in as it is.
    let mut data = String::from("[\n");
    for entry in entries {
        let fingerprint = fingerprint_hex(entry.fingerprint);
        let (kind, body) = match &entry.outcome {
            Outcome::Failed(diagnostics) => {
                let diagnostics: Vec<_> = diagnostics
                    .iter()
                    .map(|d| json!({ "code": d.code, "message": d.message, "file": d.file, "line": d.line, "column": d.column }))
                    .collect();
                (
                    "failed",
                    format!("\"diagnostics\":{}", Json::Array(diagnostics)),
                )
            }
            Outcome::Fragment(_) | Outcome::Operation(_) => match prebuild_text(entry) {
                Some((kind, prebuild)) => (kind, format!("\"prebuild\":{prebuild}")),
                None => continue,
            },
        };
        // Keyed by astPath: the module is the file's own, and the plugin's development output
        // names a definition without knowing the file's path relative to the config dir. The
        // entries feed a `Map`: an astPath may be `toString` or `__proto__`.
        let id = Json::String(entry.canonical_id.ast_path().to_owned());
        data.push_str(&format!(
            "  [{id}, {{\"type\":\"{kind}\",\"fingerprint\":\"{fingerprint}\",{body}}}],\n"
        ));
    }
    data.push(']');
    let body = TEMPLATE
        .replace("__SOURCE__", &js_string(source_path))
        .replacen("__ARTIFACTS__", &escape_line_terminators(&data), 1);
    soda_cache_format::seal_artifact_module(&body)
}

/// `text` as a JavaScript string literal that is safe anywhere in a module, comments included:
/// JSON escapes plus the two line terminators JSON leaves raw.
pub fn js_string(text: &str) -> String {
    escape_line_terminators(&Json::String(text.to_owned()).to_string())
}

fn escape_line_terminators(json: &str) -> String {
    json.replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}
