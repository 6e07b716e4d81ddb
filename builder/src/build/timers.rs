//! CPU time per step of the parallel phases, summed over worker threads, for `--timings`.
//!
//! The analysis and compile phases run file by file and definition by definition on every
//! core: their wall time says how long they took, these sums say where the work went. One
//! process-wide set of counters: a session's rebuilds run one at a time and each takes them.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A step measured inside a parallel phase.
#[derive(Debug, Clone, Copy)]
pub enum Step {
    /// Reading and hashing a source.
    Read,
    /// Parsing it with SWC.
    Parse,
    /// Finding its definitions, reading them into IR, collecting imports.
    Definitions,
    /// Resolving its import specifiers to files.
    Resolve,
    /// Compiling a definition: resolving its spreads, inlining, printing (validation apart).
    Compile,
    /// Validating a printed document against the schema.
    Validate,
}

const STEPS: usize = 6;
static NANOS: [AtomicU64; STEPS] = [const { AtomicU64::new(0) }; STEPS];

/// Runs `f`, adding its duration to `step`.
pub fn time<T>(step: Step, f: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let result = f();
    let nanos = u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX);
    NANOS[step as usize].fetch_add(nanos, Ordering::Relaxed);
    result
}

/// CPU time per step since the last [`take`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CpuTimes {
    pub read: Duration,
    pub parse: Duration,
    pub definitions: Duration,
    pub resolve: Duration,
    /// Compile time without validation.
    pub compile: Duration,
    pub validate: Duration,
}

/// The sums so far, and zero for the next build.
pub fn take() -> CpuTimes {
    let get = |step: Step| Duration::from_nanos(NANOS[step as usize].swap(0, Ordering::Relaxed));
    let validate = get(Step::Validate);
    CpuTimes {
        read: get(Step::Read),
        parse: get(Step::Parse),
        definitions: get(Step::Definitions),
        resolve: get(Step::Resolve),
        compile: get(Step::Compile).saturating_sub(validate),
        validate,
    }
}
