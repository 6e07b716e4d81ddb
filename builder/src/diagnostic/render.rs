//! Printing diagnostics: code frames for terminals, one plain line each for logs and tests.

use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor::WriteColor};

use super::{Diagnostic, FileId, Severity};

/// The texts of every source file the build read, for code frames and line numbers.
#[derive(Debug, Default, Clone)]
pub struct SourceFiles {
    /// By `FileId`; `None` for ids of files that are gone.
    files: Vec<Option<(String, Arc<str>)>>,
}

impl SourceFiles {
    /// Registers file `id` (path relative to the config dir).
    pub fn set(&mut self, id: FileId, path: String, text: Arc<str>) {
        let index = id.0 as usize;
        if self.files.len() <= index {
            self.files.resize(index + 1, None);
        }
        self.files[index] = Some((path, text));
    }

    fn get(&self, id: FileId) -> Option<&(String, Arc<str>)> {
        self.files.get(id.0 as usize).and_then(Option::as_ref)
    }

    /// The file's path relative to the config dir.
    pub fn path(&self, id: FileId) -> &str {
        self.get(id).map_or("<unknown>", |(p, _)| p.as_str())
    }

    /// The file's text.
    pub fn text(&self, id: FileId) -> &str {
        self.get(id).map_or("", |(_, t)| t)
    }

    /// 1-based line and character column of `offset` in `file`.
    pub fn line_column(&self, file: FileId, offset: u32) -> (u32, u32) {
        line_column(self.text(file), offset)
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
            .map(|entry| match entry {
                Some((p, t)) => files.add(p.clone(), t.clone()),
                None => files.add(String::new(), Arc::from("")),
            })
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
            .with_code(d.code.as_str())
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

/// 1-based line and character column of byte `offset` in `text`.
pub fn line_column(text: &str, offset: u32) -> (u32, u32) {
    let mut offset = (offset as usize).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}
