//! User-facing diagnostics: a code from the catalogue, a message, a file and a span, printed
//! as a code frame.

pub mod code;
mod render;

use std::ops::Range;

pub use code::{BuilderCode, Code};
pub use render::{line_column, SourceFiles};
pub use soda_analysis::Severity;

/// A source file of a session: assigned once per path and never renumbered.
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

/// A user mistake with a code and a location in the TypeScript source.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// The primary location.
    pub file: FileId,
    /// Byte range in the file.
    pub span: Range<u32>,
    /// Error or warning (the code's severity).
    pub severity: Severity,
    /// Which mistake.
    pub code: Code,
    /// What went wrong.
    pub message: String,
    /// Other places that explain it.
    pub related: Vec<(Origin, String)>,
}

/// A stage's result: the value, or every diagnostic that stopped it (never just the first).
pub type DiagnosticsResult<T> = Result<T, Vec<Diagnostic>>;

impl Diagnostic {
    /// Adds a related location.
    pub fn with_related(mut self, origin: Origin, message: impl Into<String>) -> Self {
        self.related.push((origin, message.into()));
        self
    }

    /// Whether this fails the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Position and content, for a stable order within one file.
    pub fn position_key(&self) -> (u32, u32, Code, &str) {
        (self.span.start, self.span.end, self.code, &self.message)
    }
}
