//! soda-gql's artifact JSON (`--json`): `elements` keyed by canonical id, then `report`.
//!
//! Upstream writes it with `JSON.stringify(artifact, null, 2)` and hashes each element's
//! `JSON.stringify(prebuild)`. The stored prebuild text already is that compact form (metadata
//! numbers formatted as ECMAScript does), so it is spliced in as text and never parsed again:
//! a round trip through `serde_json::Value` would print `1e+21` as `1e21`.

use std::fmt::Write as _;

use serde_json::json;

use super::prebuild_text;
use crate::build::finalize::DefinitionTable;
use crate::build::project::Project;

/// The artifact of `table`, pretty-printed with a final newline.
pub fn artifact_json(table: &DefinitionTable, project: &Project) -> String {
    let mut elements = String::from("{");
    for entry in &table.entries {
        let Some((kind, prebuild)) = prebuild_text(entry) else {
            continue;
        };
        let id = json!(entry.canonical_id.as_str()).to_string();
        let metadata = json!({
            "sourcePath": project.path(entry.file).unwrap_or_default(),
            "contentHash": crate::digest::sha1_hex(prebuild.as_bytes()),
        });
        if elements.len() > 1 {
            elements.push(',');
        }
        let _ = write!(
            elements,
            r#"{id}:{{"id":{id},"type":"{kind}","prebuild":{prebuild},"metadata":{metadata}}}"#
        );
    }
    elements.push('}');
    let report = json!({
        "durationMs": 0,
        "warnings": [],
        "stats": { "hits": 0, "misses": project.len(), "skips": 0 },
    });
    let mut text = indent(&format!(r#"{{"elements":{elements},"report":{report}}}"#));
    text.push('\n');
    text
}

/// Compact JSON text laid out as `JSON.stringify(value, null, 2)` lays it out; strings and
/// numbers are kept byte for byte.
fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', depth * 2));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::indent;

    #[test]
    fn indents_as_json_stringify_does_and_keeps_numbers_and_strings() {
        let compact = r#"{"a":[1e+21,0.000001,{}],"b":{"c":"x,{:}\"]"},"d":[]}"#;
        let expected = "{\n  \"a\": [\n    1e+21,\n    0.000001,\n    {}\n  ],\n  \"b\": {\n    \"c\": \"x,{:}\\\"]\"\n  },\n  \"d\": []\n}";
        assert_eq!(indent(compact), expected);
    }
}
