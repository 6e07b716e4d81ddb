//! User-facing diagnostics: a code, a message, a file and a span, printed as a code frame.

use std::ops::Range;
use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor::WriteColor};

/// Index of a source file in [`SourceFiles`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A byte position in a project source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Origin {
    /// The file.
    pub file: FileId,
    /// Byte offset from the start of the file.
    pub offset: u32,
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The definition fails; the build exits 1.
    Error,
    /// Printed; nothing fails.
    Warning,
}

/// A user mistake with a code and a location in the TypeScript source.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// The primary location (file first so diagnostics sort by file and position).
    pub file: FileId,
    /// Byte range in the file.
    pub span: Range<u32>,
    /// Error or warning.
    pub severity: Severity,
    /// Stable code such as `GRAPHQL_UNDEFINED_FIELD`.
    pub code: String,
    /// What went wrong.
    pub message: String,
    /// Other places that explain it.
    pub related: Vec<(Origin, String)>,
}

impl Diagnostic {
    /// An error at `span` of `file`.
    pub fn error(
        code: impl Into<String>,
        message: impl Into<String>,
        file: FileId,
        span: Range<u32>,
    ) -> Self {
        Diagnostic {
            file,
            span,
            severity: Severity::Error,
            code: code.into(),
            message: message.into(),
            related: Vec::new(),
        }
    }

    /// An error at one position.
    pub fn error_at(code: impl Into<String>, message: impl Into<String>, origin: Origin) -> Self {
        Self::error(code, message, origin.file, origin.offset..origin.offset)
    }

    /// Adds a related location.
    pub fn with_related(mut self, origin: Origin, message: impl Into<String>) -> Self {
        self.related.push((origin, message.into()));
        self
    }

    /// Sort key: file, position, then content (diagnostics print in source order).
    pub fn sort_key(&self) -> (FileId, u32, u32, Severity, &str, &str) {
        (
            self.file,
            self.span.start,
            self.span.end,
            self.severity,
            &self.code,
            &self.message,
        )
    }

    /// Whether this fails the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The texts of every source file the build read, for code frames and line numbers.
#[derive(Debug, Default, Clone)]
pub struct SourceFiles {
    files: Vec<(String, Arc<str>)>,
}

impl SourceFiles {
    /// Registers a file (path relative to the config dir) and returns its id.
    pub fn add(&mut self, path: String, text: Arc<str>) -> FileId {
        self.files.push((path, text));
        FileId(u32::try_from(self.files.len() - 1).unwrap_or(u32::MAX))
    }

    /// The file's path relative to the config dir.
    pub fn path(&self, id: FileId) -> &str {
        self.files
            .get(id.0 as usize)
            .map_or("<unknown>", |(p, _)| p.as_str())
    }

    /// The file's text.
    pub fn text(&self, id: FileId) -> &str {
        self.files.get(id.0 as usize).map_or("", |(_, t)| t)
    }

    /// 1-based line and character column of `offset` in `file`.
    pub fn line_column(&self, file: FileId, offset: u32) -> (u32, u32) {
        let text = self.text(file);
        let offset = (offset as usize).min(text.len());
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line as u32, column as u32)
    }

    /// Prints `diagnostics` as code frames to `out`.
    pub fn emit<W: WriteColor>(
        &self,
        out: &mut W,
        diagnostics: &[Diagnostic],
    ) -> std::io::Result<()> {
        let mut files = SimpleFiles::new();
        let ids: Vec<usize> = self
            .files
            .iter()
            .map(|(p, t)| files.add(p.clone(), t.clone()))
            .collect();
        let config = term::Config::default();
        for d in diagnostics {
            let file = ids.get(d.file.0 as usize).copied().unwrap_or_default();
            let span = d.span.start as usize..d.span.end.max(d.span.start) as usize;
            let mut labels = vec![Label::primary(file, span)];
            for (origin, message) in &d.related {
                let file = ids.get(origin.file.0 as usize).copied().unwrap_or_default();
                let at = origin.offset as usize;
                labels.push(Label::secondary(file, at..at).with_message(message));
            }
            let report = match d.severity {
                Severity::Error => Report::error(),
                Severity::Warning => Report::warning(),
            }
            .with_code(&d.code)
            .with_message(&d.message)
            .with_labels(labels);
            if term::emit_to_write_style(out, &config, &files, &report).is_err() {
                out.write_all(self.render_plain(std::slice::from_ref(d)).as_bytes())?;
            }
        }
        Ok(())
    }

    /// One line per diagnostic: `path:line:col: severity[CODE]: message` (stable, for tests and logs).
    pub fn render_plain(&self, diagnostics: &[Diagnostic]) -> String {
        let mut out = String::new();
        for d in diagnostics {
            let (line, column) = self.line_column(d.file, d.span.start);
            let severity = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            out.push_str(&format!(
                "{}:{line}:{column}: {severity}[{}]: {}\n",
                self.path(d.file),
                d.code,
                d.message
            ));
            for (origin, message) in &d.related {
                let (line, column) = self.line_column(origin.file, origin.offset);
                out.push_str(&format!(
                    "  note: {}:{line}:{column}: {message}\n",
                    self.path(origin.file)
                ));
            }
        }
        out
    }
}
