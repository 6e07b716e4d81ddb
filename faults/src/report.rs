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
}

impl Rounds {
    /// The short run CI does.
    pub const SHORT: Rounds = Rounds {
        cold_kills: 6,
        incremental_kills: 6,
        watch_kills: 3,
        corruptions: 24,
        concurrent: 2,
        reader_millis: 1500,
    };
    /// The long run (`soda-cache-faults --long`).
    pub const LONG: Rounds = Rounds {
        cold_kills: 130,
        incremental_kills: 110,
        watch_kills: 40,
        corruptions: 330,
        concurrent: 20,
        reader_millis: 20_000,
    };
}

/// Counts of faults injected and of failures found (every failure count must be 0).
#[derive(Debug, Default)]
pub struct Report {
    pub injected: BTreeMap<&'static str, usize>,
    pub torn_files: usize,
    pub panics: usize,
    pub hangs: usize,
    pub stale_outputs: usize,
    pub failed_recoveries: usize,
    /// Files that, between a killed build and the next one, were served a document of the
    /// killed build (informational: the plugin reads only its own file's shard, so it cannot
    /// see another file's edit; the next build restores them, which `stale_outputs` checks).
    pub window_outputs: usize,
    pub reads: usize,
    /// What each failure was, for the person reading the report.
    pub failures: Vec<String>,
}

impl Report {
    /// Whether nothing failed.
    pub fn is_clean(&self) -> bool {
        self.torn_files + self.panics + self.hangs + self.stale_outputs + self.failed_recoveries
            == 0
    }

    pub(crate) fn fail(&mut self, kind: &str, what: String) {
        match kind {
            "torn" => self.torn_files += 1,
            "panic" => self.panics += 1,
            "hang" => self.hangs += 1,
            "stale" => self.stale_outputs += 1,
            _ => self.failed_recoveries += 1,
        }
        self.failures.push(format!("{kind}: {what}"));
    }

    /// The table a run prints.
    pub fn render(&self) -> String {
        let mut out = String::from("injected:\n");
        for (kind, count) in &self.injected {
            out.push_str(&format!("  {kind:<22}{count:>6}\n"));
        }
        out.push_str(&format!(
            "  {:<22}{:>6}\n",
            "cache reads (readers)", self.reads
        ));
        out.push_str(&format!(
            "between a kill and the next build, files served the killed build's document: {}\n",
            self.window_outputs
        ));
        out.push_str("found:\n");
        for (kind, count) in [
            ("torn files", self.torn_files),
            ("panics", self.panics),
            ("hangs", self.hangs),
            ("stale outputs", self.stale_outputs),
            ("failed recoveries", self.failed_recoveries),
        ] {
            out.push_str(&format!("  {kind:<22}{count:>6}\n"));
        }
        for failure in &self.failures {
            out.push_str(&format!("  - {failure}\n"));
        }
        out
    }
}
