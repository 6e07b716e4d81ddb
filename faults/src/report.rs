//! The campaign's knobs (rounds, seed) and its report (what was injected, what was found).

use std::collections::BTreeMap;

/// A small deterministic generator (campaigns are reproducible from their seed).
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        if n == 0 {
            0
        } else {
            (self.0 % n as u64) as usize
        }
    }
}

/// How many faults of each kind a run injects.
#[derive(Debug, Clone, Copy)]
pub struct Rounds {
    pub cold_kills: usize,
    pub incremental_kills: usize,
    pub watch_kills: usize,
    pub corruptions: usize,
    pub concurrent: usize,
    pub reader_millis: u64,
    /// Rounds over the whole catalogue of bad inputs.
    pub bad_input_rounds: usize,
}

impl Rounds {
    /// The short run CI does: every (file kind × damage) pair of corruptions once, the bad
    /// input catalogue once.
    pub const SHORT: Rounds = Rounds {
        cold_kills: 6,
        incremental_kills: 6,
        watch_kills: 3,
        corruptions: 24,
        concurrent: 2,
        reader_millis: 1500,
        bad_input_rounds: 1,
    };
    /// The long run (`soda-cache-faults --long`).
    pub const LONG: Rounds = Rounds {
        cold_kills: 130,
        incremental_kills: 110,
        watch_kills: 40,
        corruptions: 330,
        concurrent: 20,
        reader_millis: 20_000,
        bad_input_rounds: 3,
    };
}

/// What can go wrong, as the report's columns count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Failure {
    /// A cache file a reader would see half-written.
    Torn,
    /// The builder or the plugin crashed.
    Panic,
    /// The builder or the plugin did not finish.
    Hang,
    /// The plugin emitted a document the sources no longer contain.
    Stale,
    /// The next `soda-cache build` did not restore a clean build's cache.
    FailedRecovery,
    /// A file the user wrote was changed or removed.
    UserFileLost,
}

const FAILURES: [(Failure, &str); 6] = [
    (Failure::Torn, "torn"),
    (Failure::Panic, "panics"),
    (Failure::Hang, "hangs"),
    (Failure::Stale, "stale"),
    (Failure::FailedRecovery, "recovery"),
    (Failure::UserFileLost, "user files"),
];

/// Counts of faults injected and of failures found, per campaign (every failure count must
/// be 0).
#[derive(Debug, Default)]
pub struct Report {
    /// Campaign → faults injected.
    pub injected: BTreeMap<&'static str, usize>,
    /// (campaign, failure) → how many.
    pub found: BTreeMap<(&'static str, Failure), usize>,
    /// Files that, between a killed build and the next one, were served a document of the
    /// killed build (informational: the plugin reads only its own file's shard, so it cannot
    /// see another file's edit — the same window as any edit before its build; the next build
    /// restores them, which the stale column checks).
    pub window_outputs: usize,
    /// Cache files read whole while a watcher rewrote them.
    pub reads: usize,
    /// Plugin transforms run (clean, damaged and mid-rewrite caches).
    pub transforms: usize,
    /// What each failure was, for the person reading the report.
    pub failures: Vec<String>,
    current: &'static str,
}

impl Report {
    /// Whether nothing failed.
    pub fn is_clean(&self) -> bool {
        self.found.values().sum::<usize>() == 0
    }

    /// How many failures of `failure` were found, over every campaign.
    pub fn total(&self, failure: Failure) -> usize {
        self.found
            .iter()
            .filter(|((_, f), _)| *f == failure)
            .map(|(_, n)| n)
            .sum()
    }

    /// Starts counting one fault of `campaign`.
    pub(crate) fn inject(&mut self, campaign: &'static str) {
        self.current = campaign;
        *self.injected.entry(campaign).or_default() += 1;
    }

    pub(crate) fn fail(&mut self, failure: Failure, what: String) {
        *self.found.entry((self.current, failure)).or_default() += 1;
        self.failures
            .push(format!("{} / {failure:?}: {what}", self.current));
    }

    /// The table a run prints: a row per campaign, a column per kind of failure.
    pub fn render(&self) -> String {
        let mut out = format!("{:<24}{:>9}", "campaign", "injected");
        for (_, name) in FAILURES {
            out.push_str(&format!("{name:>11}"));
        }
        out.push('\n');
        for (campaign, count) in &self.injected {
            out.push_str(&format!("{campaign:<24}{count:>9}"));
            for (failure, _) in FAILURES {
                let n = self.found.get(&(*campaign, failure)).copied().unwrap_or(0);
                out.push_str(&format!("{n:>11}"));
            }
            out.push('\n');
        }
        out.push_str(&format!(
            "plugin transforms: {}; cache files read during rewrites: {}\n",
            self.transforms, self.reads
        ));
        out.push_str(&format!(
            "between a kill and the next build, files served the killed build's document (the window of any unbuilt edit): {}\n",
            self.window_outputs
        ));
        out.push_str(if self.is_clean() {
            "found: nothing\n"
        } else {
            "found:\n"
        });
        for failure in &self.failures {
            out.push_str(&format!("  - {failure}\n"));
        }
        out
    }
}
