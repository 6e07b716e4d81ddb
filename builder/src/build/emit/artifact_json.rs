//! soda-gql's artifact JSON (`--json`): `elements` keyed by canonical id, then `report`.

use serde_json::{json, Map};

use super::prebuild;
use crate::build::finalize::DefinitionTable;
use crate::build::project::Project;

/// The artifact of `table`, pretty-printed with a final newline.
pub fn artifact_json(table: &DefinitionTable, project: &Project) -> String {
    let mut elements = Map::new();
    for entry in &table.entries {
        let Some((kind, prebuild)) = prebuild(entry) else {
            continue;
        };
        let id = entry.canonical_id.to_string();
        let content_hash = crate::digest::sha1_hex(prebuild.to_string().as_bytes());
        elements.insert(
            id.clone(),
            json!({
                "id": id,
                "type": kind,
                "prebuild": prebuild,
                "metadata": {
                    "sourcePath": project.path(entry.file).unwrap_or_default(),
                    "contentHash": content_hash,
                },
            }),
        );
    }
    let artifact = json!({
        "elements": elements,
        "report": { "durationMs": 0, "warnings": [], "stats": { "hits": 0, "misses": project.len(), "skips": 0 } },
    });
    let mut text = serde_json::to_string_pretty(&artifact).unwrap_or_default();
    text.push('\n');
    text
}
