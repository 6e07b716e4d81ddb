//! The plugin's options: the JSON object given in `.swcrc`, Next.js or Vite config.
//!
//! Read by a small parser of its own (a flat object of strings and booleans): a JSON library
//! would be most of the `.wasm`'s own code, and hosts load the `.wasm` for every file.

/// How definitions are replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Emit {
    /// Import the builder-generated artifact module of the file, so bundlers track it (default).
    #[default]
    Module,
    /// Embed the artifacts in the output (upstream's shape; for one-shot builds).
    Inline,
}

/// Plugin options. Unknown keys are an error that names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginOptions {
    /// The cache directory, relative to the host's cwd or absolute inside it.
    pub cache_dir: String,
    /// The module that provides `gqlRuntime`.
    pub runtime_module: String,
    /// Output mode.
    pub emit: Emit,
    /// Print the plugin's cache lookups (like `SODA_CACHE_DEBUG=1`, for hosts such as Next.js
    /// that pass no environment variables to plugins).
    pub debug: bool,
}

impl Default for PluginOptions {
    fn default() -> Self {
        PluginOptions {
            cache_dir: ".soda-cache".into(),
            runtime_module: "soda-cache/runtime".into(),
            emit: Emit::Module,
            debug: false,
        }
    }
}

const FIELDS: &str = "`cacheDir`, `runtimeModule`, `emit`, `debug`";

/// A value of the options object.
enum Value {
    String(String),
    Bool(bool),
    Null,
}

impl PluginOptions {
    /// Parses the plugin's JSON options (`None` or empty means defaults).
    pub fn parse(json: Option<&str>) -> Result<Self, String> {
        let invalid = |why: String| format!("invalid soda-cache plugin options: {why}");
        let text = json.map_or("", str::trim);
        if text.is_empty() || text == "null" {
            return Ok(Self::default());
        }
        let mut options = Self::default();
        for (key, value) in parse_object(text).map_err(invalid)? {
            options.set(&key, value).map_err(invalid)?;
        }
        Ok(options)
    }

    fn set(&mut self, key: &str, value: Value) -> Result<(), String> {
        match (key, value) {
            ("cacheDir", Value::String(s)) => self.cache_dir = s,
            ("runtimeModule", Value::String(s)) => self.runtime_module = s,
            ("emit", Value::String(s)) => {
                self.emit = match s.as_str() {
                    "module" => Emit::Module,
                    "inline" => Emit::Inline,
                    other => {
                        return Err(format!(
                            "unknown variant `{other}` for `emit`, expected `module` or `inline`"
                        ))
                    }
                }
            }
            ("debug", Value::Bool(b)) => self.debug = b,
            ("cacheDir" | "runtimeModule" | "emit" | "debug", Value::Null) => {}
            ("cacheDir" | "runtimeModule" | "emit", _) => {
                return Err(format!("`{key}` must be a string"))
            }
            ("debug", _) => return Err("`debug` must be true or false".into()),
            (other, _) => return Err(format!("unknown field `{other}`, expected one of {FIELDS}")),
        }
        Ok(())
    }
}

/// `{ "key": value, ... }` with string, boolean and null values.
fn parse_object(text: &str) -> Result<Vec<(String, Value)>, String> {
    let mut chars = text.chars().peekable();
    let mut entries = Vec::new();
    skip_space(&mut chars);
    expect(&mut chars, '{')?;
    skip_space(&mut chars);
    if chars.peek() == Some(&'}') {
        chars.next();
    } else {
        loop {
            skip_space(&mut chars);
            let key = string(&mut chars)?;
            skip_space(&mut chars);
            expect(&mut chars, ':')?;
            skip_space(&mut chars);
            entries.push((key, value(&mut chars)?));
            skip_space(&mut chars);
            match chars.next() {
                Some(',') => continue,
                Some('}') => break,
                _ => return Err("expected `,` or `}` in the options object".into()),
            }
        }
    }
    skip_space(&mut chars);
    match chars.next() {
        None => Ok(entries),
        Some(_) => Err("trailing characters after the options object".into()),
    }
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn skip_space(chars: &mut Chars<'_>) {
    while chars.peek().is_some_and(|c| c.is_whitespace()) {
        chars.next();
    }
}

fn expect(chars: &mut Chars<'_>, want: char) -> Result<(), String> {
    match chars.next() {
        Some(c) if c == want => Ok(()),
        _ => Err(format!(
            "expected `{want}`: the options must be a JSON object"
        )),
    }
}

fn value(chars: &mut Chars<'_>) -> Result<Value, String> {
    match chars.peek() {
        Some('"') => string(chars).map(Value::String),
        Some(_) => {
            let word: String =
                std::iter::from_fn(|| chars.next_if(|c| c.is_ascii_alphanumeric())).collect();
            match word.as_str() {
                "true" => Ok(Value::Bool(true)),
                "false" => Ok(Value::Bool(false)),
                "null" => Ok(Value::Null),
                _ => Err("option values are strings, `true`, `false` or `null`".into()),
            }
        }
        None => Err("unexpected end of the options".into()),
    }
}

fn string(chars: &mut Chars<'_>) -> Result<String, String> {
    expect(chars, '"')?;
    let mut out = String::new();
    loop {
        match chars.next().ok_or("unterminated string in the options")? {
            '"' => return Ok(out),
            '\\' => out.push(
                match chars.next().ok_or("unterminated string in the options")? {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'u' => {
                        let hex: String = (0..4).filter_map(|_| chars.next()).collect();
                        u32::from_str_radix(&hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .ok_or("invalid \\u escape in the options")?
                    }
                    other => other,
                },
            ),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Emit, PluginOptions};

    #[test]
    fn unknown_options_are_errors_that_name_them() {
        let error = PluginOptions::parse(Some(r#"{ "cacheDir": ".x", "emitt": "inline" }"#))
            .err()
            .unwrap_or_default();
        assert!(error.contains("unknown field `emitt`"), "{error}");
        assert_eq!(
            PluginOptions::parse(Some("{}")).ok(),
            Some(PluginOptions::default())
        );
    }

    #[test]
    fn every_option_is_read_and_bad_values_are_errors() {
        let options = PluginOptions::parse(Some(
            " { \"cacheDir\" : \"web/.c\\u0061che\", \"runtimeModule\": \"@soda-gql/core/runtime\", \"emit\": \"inline\", \"debug\": true } ",
        ));
        assert_eq!(
            options.ok(),
            Some(PluginOptions {
                cache_dir: "web/.cache".into(),
                runtime_module: "@soda-gql/core/runtime".into(),
                emit: Emit::Inline,
                debug: true,
            })
        );
        for bad in [
            r#"{"emit": "fast"}"#,
            r#"{"debug": "yes"}"#,
            r#"{"cacheDir": 1}"#,
            "[]",
            r#"{"a": "b"} x"#,
            r#"{"cacheDir": "x"#,
        ] {
            assert!(PluginOptions::parse(Some(bad)).is_err(), "{bad}");
        }
        assert_eq!(
            PluginOptions::parse(None).ok(),
            Some(PluginOptions::default())
        );
    }
}
