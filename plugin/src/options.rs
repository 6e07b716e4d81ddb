//! The plugin's options: the JSON object given in `.swcrc`, Next.js or Vite config.

use serde::Deserialize;

/// How definitions are replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Emit {
    /// Import the builder-generated artifact module of the file, so bundlers track it (default).
    #[default]
    Module,
    /// Embed the artifacts in the output (upstream's shape; for one-shot builds).
    Inline,
}

/// Plugin options. Unknown keys are an error that names them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
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

impl PluginOptions {
    /// Parses the plugin's JSON options (`None` or empty means defaults).
    pub fn parse(json: Option<&str>) -> Result<Self, String> {
        match json.map(str::trim) {
            None | Some("") | Some("null") => Ok(Self::default()),
            Some(text) => serde_json::from_str(text)
                .map_err(|e| format!("invalid soda-cache plugin options: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PluginOptions;

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
}
