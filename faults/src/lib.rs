//! Fault injection for soda-cache, tried the way an unlucky user or an attacker would: SIGKILL
//! at random moments of cold builds, incremental builds and `--watch`; every kind of cache
//! damage; two builders at once; readers while a watcher rewrites. After each fault no cache
//! file is torn and the plugin never panics; after a damage it emits the clean build's output or
//! a clear error; and the next `soda-cache build` alone restores the clean cache, after which the
//! plugin's output equals a clean build's. (Between a killed build and the next one, a file
//! whose fragment the killed build had already recompiled is served that document: the plugin
//! reads only the file's own shard. The report counts those apart.)

mod bad_inputs;
pub mod check;
pub mod project;
mod report;

pub use report::{Failure, Report, Rng, Rounds};

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use check::{acceptable, torn_files, transform, Mode, PluginResult};
use project::{build, cache_files, Ended, Project, Shape};

/// What a campaign needs: the `soda-cache` binary and the fixture schema.
pub struct Campaign {
    pub bin: PathBuf,
    pub schema: PathBuf,
    pub rng: Rng,
    pub report: Report,
    timeout: Duration,
}

const SHAPE: Shape = Shape {
    fragments: 12,
    operations: 16,
    plain: 20,
};

impl Campaign {
    /// A campaign with `seed`.
    pub fn new(bin: PathBuf, schema: PathBuf, seed: u64) -> Self {
        Campaign {
            bin,
            schema,
            rng: Rng::new(seed),
            report: Report::default(),
            timeout: Duration::from_secs(60),
        }
    }

    /// Runs every kind of fault `rounds` times.
    pub fn run(&mut self, rounds: Rounds) -> std::io::Result<()> {
        let build_time = self.measure_build()?;
        for _ in 0..rounds.cold_kills {
            self.cold_kill(build_time)?;
        }
        for _ in 0..rounds.incremental_kills {
            self.incremental_kill(build_time)?;
        }
        for _ in 0..rounds.watch_kills {
            self.watch_kill()?;
        }
        for _ in 0..rounds.corruptions {
            self.corruption()?;
        }
        for _ in 0..rounds.concurrent {
            self.concurrent_builders()?;
        }
        self.readers_during_rewrites(Duration::from_millis(rounds.reader_millis))?;
        for _ in 0..rounds.bad_input_rounds {
            self.bad_inputs()?;
        }
        Ok(())
    }

    fn count(&mut self, kind: &'static str) {
        self.report.inject(kind);
    }

    /// The plugin on one file, counted; a panic or a hang is recorded and gives `None`.
    fn transform(
        &mut self,
        root: &Path,
        file: &str,
        mode: Mode,
        what: &str,
    ) -> Option<PluginResult> {
        self.report.transforms += 1;
        match transform(root, file, mode) {
            Ok(result) => Some(result),
            Err(check::TransformFailure::Panicked) => {
                self.report.fail(
                    Failure::Panic,
                    format!("{what}: the plugin panicked on {file} ({mode:?})"),
                );
                None
            }
            Err(check::TransformFailure::Hung) => {
                self.report.fail(
                    Failure::Hang,
                    format!("{what}: the plugin did not finish on {file} ({mode:?})"),
                );
                None
            }
        }
    }

    fn measure_build(&mut self) -> std::io::Result<Duration> {
        let project = Project::generate(SHAPE, &self.schema)?;
        let started = Instant::now();
        self.expect_build(&project, "measure");
        Ok(started.elapsed())
    }

    /// Builds and records a hang or crash.
    fn expect_build(&mut self, project: &Project, what: &str) -> Option<String> {
        match build(&self.bin, &project.root, &[], self.timeout) {
            Ended::Normally(stdout) => Some(stdout),
            Ended::Hung => {
                self.report
                    .fail(Failure::Hang, format!("{what}: the build did not finish"));
                None
            }
            Ended::Abnormally(code) => {
                self.report.fail(
                    Failure::Panic,
                    format!("{what}: the build exited with {code:?}"),
                );
                None
            }
        }
    }

    /// Starts a build and kills it (SIGKILL) after a random share of `typical`.
    fn kill_build(&mut self, project: &Project, typical: Duration) -> std::io::Result<()> {
        let mut child = Command::new(&self.bin)
            .arg("build")
            .current_dir(&project.root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let micros = typical.as_micros().max(1000) as usize;
        std::thread::sleep(Duration::from_micros(
            self.rng.below(micros * 12 / 10) as u64
        ));
        let _ = child.kill();
        let _ = child.wait();
        Ok(())
    }

    /// Right after a kill: no torn file and no plugin panic; outputs that differ from a clean
    /// build's are the window before the next build (counted, not failures).
    fn check_killed(&mut self, project: &Project, clean: &Project, what: &str) {
        for torn in torn_files(&project.cache()) {
            self.report.fail(Failure::Torn, format!("{what}: {torn}"));
        }
        for file in project.definition_files() {
            let mode = Mode::ProductionInline;
            let result = self.transform(&project.root, &file, mode, what);
            let expected = self.transform(&clean.root, &file, mode, what);
            if let (Some(result), Some(expected)) = (result, expected) {
                if !acceptable(&result, &expected) {
                    self.report.window_outputs += 1;
                }
            }
        }
    }

    /// The plugin on every file with definitions; `exact`: output must equal the clean build's.
    fn check_plugin(&mut self, project: &Project, clean: &Project, what: &str, exact: bool) {
        for file in project.definition_files() {
            for mode in [Mode::ProductionInline, Mode::DevelopmentModule] {
                let result = self.transform(&project.root, &file, mode, what);
                let expected = self.transform(&clean.root, &file, mode, what);
                let (Some(result), Some(expected)) = (result, expected) else {
                    continue;
                };
                let ok = if exact {
                    result == expected
                } else {
                    acceptable(&result, &expected)
                };
                if !ok {
                    self.report.fail(
                        Failure::Stale,
                        format!("{what}: {file} ({mode:?}): {}", describe(&result)),
                    );
                }
            }
        }
    }

    /// The next build alone must restore the clean cache (and then the plugin's clean output).
    fn check_recovery(&mut self, project: &Project, what: &str) -> std::io::Result<()> {
        let clean = project.copy()?;
        if self
            .expect_build(&clean, &format!("{what} (clean)"))
            .is_none()
        {
            return Ok(());
        }
        if self
            .expect_build(project, &format!("{what} (recovery)"))
            .is_none()
        {
            return Ok(());
        }
        if cache_files(&project.cache()) != cache_files(&clean.cache()) {
            self.report.fail(
                Failure::FailedRecovery,
                format!("{what}: the next build did not restore the clean cache"),
            );
        }
        self.check_plugin(project, &clean, what, true);
        Ok(())
    }

    fn cold_kill(&mut self, typical: Duration) -> std::io::Result<()> {
        self.count("cold-build kills");
        let project = Project::generate(SHAPE, &self.schema)?;
        self.kill_build(&project, typical)?;
        let clean = project.copy()?;
        self.expect_build(&clean, "cold kill (clean)");
        self.check_killed(&project, &clean, "cold kill");
        self.check_recovery(&project, "cold kill")
    }

    fn incremental_kill(&mut self, typical: Duration) -> std::io::Result<()> {
        self.count("incremental kills");
        let project = Project::generate(SHAPE, &self.schema)?;
        self.expect_build(&project, "incremental kill (first build)");
        let (path, before) = project.edit(&mut self.rng)?;
        self.kill_build(&project, typical)?;
        // The scenario: undo the edit, so the sources equal what the state last saw.
        project.write(&path, &before)?;
        let clean = project.copy()?;
        self.expect_build(&clean, "incremental kill (clean)");
        self.check_killed(&project, &clean, "incremental kill");
        self.check_recovery(&project, "incremental kill")
    }

    fn watch_kill(&mut self) -> std::io::Result<()> {
        self.count("watch kills");
        let project = Project::generate(SHAPE, &self.schema)?;
        let mut child = Command::new(&self.bin)
            .args(["build", "--watch"])
            .current_dir(&project.root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let state = project.cache().join("incremental/state.json");
        let started = Instant::now();
        while !state.exists() && started.elapsed() < self.timeout {
            std::thread::sleep(Duration::from_millis(5));
        }
        let (path, before) = project.edit(&mut self.rng)?;
        std::thread::sleep(Duration::from_millis(self.rng.below(120) as u64));
        let _ = child.kill();
        let _ = child.wait();
        project.write(&path, &before)?;
        let clean = project.copy()?;
        self.expect_build(&clean, "watch kill (clean)");
        self.check_killed(&project, &clean, "watch kill");
        self.check_recovery(&project, "watch kill")
    }

    fn corruption(&mut self) -> std::io::Result<()> {
        self.count("corruptions");
        let project = Project::generate(SHAPE, &self.schema)?;
        self.expect_build(&project, "corruption (first build)");
        let round = self
            .report
            .injected
            .get("corruptions")
            .copied()
            .unwrap_or(1)
            - 1;
        let what = damage(&project.cache(), round, &mut self.rng)?;
        let clean = project.copy()?;
        self.expect_build(&clean, "corruption (clean)");
        // Damaged files are expected here; only the plugin's behaviour is checked.
        self.check_plugin(&project, &clean, &what, false);
        self.check_recovery(&project, &what)
    }

    fn concurrent_builders(&mut self) -> std::io::Result<()> {
        self.count("concurrent builders");
        let project = Project::generate(SHAPE, &self.schema)?;
        self.expect_build(&project, "concurrent (first build)");
        project.edit(&mut self.rng)?;
        let spawn = |bin: &Path| {
            Command::new(bin)
                .arg("build")
                .current_dir(&project.root)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
        };
        let (mut a, mut b) = (spawn(&self.bin)?, spawn(&self.bin)?);
        for child in [&mut a, &mut b] {
            match child.wait()?.code() {
                Some(0 | 1) => {}
                code => self.report.fail(
                    Failure::Panic,
                    format!("concurrent: a builder exited with {code:?}"),
                ),
            }
        }
        // Two builders take turns on the lock: what they leave is whole and current.
        for torn in torn_files(&project.cache()) {
            self.report
                .fail(Failure::Torn, format!("concurrent: {torn}"));
        }
        let clean = project.copy()?;
        self.expect_build(&clean, "concurrent (clean)");
        self.check_plugin(&project, &clean, "concurrent builders", true);
        self.check_recovery(&project, "concurrent builders")
    }

    /// Reads every cache file again and again while a watcher rewrites them (never torn), and
    /// runs the plugin meanwhile (never a panic or a hang; its output is a clean build's of
    /// some edit, or a clear soda-cache error).
    fn readers_during_rewrites(&mut self, length: Duration) -> std::io::Result<()> {
        self.count("reader sessions");
        let project = Project::generate(SHAPE, &self.schema)?;
        let mut watcher = Command::new(&self.bin)
            .args(["build", "--watch", "--quiet"])
            .current_dir(&project.root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let cache = project.cache();
        let files = project.definition_files();
        let started = Instant::now();
        let mut next_edit = Instant::now();
        while started.elapsed() < length {
            if next_edit <= Instant::now() {
                project.edit(&mut self.rng)?;
                next_edit = Instant::now() + Duration::from_millis(15);
            }
            for torn in torn_files(&cache) {
                self.report.fail(Failure::Torn, format!("reader: {torn}"));
            }
            self.report.reads += 1;
            let file = &files[self.rng.below(files.len())];
            if let Some(result) =
                self.transform(&project.root, file, Mode::ProductionInline, "reader")
            {
                let clear = result.errors.iter().all(|e| e.starts_with("soda-cache"));
                if !clear {
                    self.report.fail(
                        Failure::Panic,
                        format!(
                            "reader: unexpected plugin error on {file}: {:?}",
                            result.errors
                        ),
                    );
                }
            }
        }
        let _ = watcher.kill();
        let _ = watcher.wait();
        Ok(())
    }
}

fn describe(result: &PluginResult) -> String {
    if result.errors.is_empty() {
        "emitted without error but differs from the clean build".to_owned()
    } else {
        result.errors.join("; ")
    }
}

/// The kinds of cache file a corruption hits, in the order rounds visit them.
const FILE_KINDS: [&str; 4] = ["manifest", "shard", "module", "state"];
/// The kinds of damage, in the order rounds visit them.
const DAMAGES: [&str; 5] = ["flip", "truncate", "zero", "version", "swap"];

/// Damages one cache file the way disks and people do; returns what was done. Round `round`
/// visits every (file kind × damage) pair in turn; the file within a kind and the byte are
/// random.
fn damage(cache: &Path, round: usize, rng: &mut Rng) -> std::io::Result<String> {
    let listed = |folder: &str| -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(cache.join(folder))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        files
    };
    let kind = FILE_KINDS[round % FILE_KINDS.len()];
    let damage = DAMAGES[(round / FILE_KINDS.len()) % DAMAGES.len()];
    let candidates = match kind {
        "manifest" => vec![soda_cache_format::manifest_path(cache)],
        "shard" => listed(soda_cache_format::SHARDS_DIR),
        "module" => listed(soda_cache_format::MODULES_DIR),
        _ => vec![cache.join("incremental/state.json")],
    };
    let target = candidates[rng.below(candidates.len())].clone();
    let name = |path: &Path| {
        path.strip_prefix(cache)
            .unwrap_or(path)
            .to_string_lossy()
            .into_owned()
    };
    let mut bytes = std::fs::read(&target)?;
    let what = match damage {
        "flip" if !bytes.is_empty() => {
            let at = rng.below(bytes.len());
            bytes[at] ^= 1 << rng.below(8);
            format!("bit flip at {at} of {}", name(&target))
        }
        "truncate" => {
            let len = rng.below(bytes.len().max(1));
            bytes.truncate(len);
            format!("{} truncated to {len} bytes", name(&target))
        }
        "version" if bytes.len() > 12 => {
            // The envelope's format version (a module's seal line for modules, a digit of
            // the state's version field for the state).
            let at = if kind == "state" {
                bytes.iter().position(u8::is_ascii_digit).unwrap_or(0)
            } else {
                8
            };
            bytes[at] = bytes[at].wrapping_add(1);
            format!("{} with another format version", name(&target))
        }
        "swap" => {
            // With another file of the same kind (a shard that belongs to another source),
            // or of another kind when there is no other.
            let mut others: Vec<PathBuf> = candidates
                .iter()
                .filter(|c| **c != target)
                .cloned()
                .collect();
            if others.is_empty() {
                others = listed(soda_cache_format::SHARDS_DIR);
            }
            let other = others[rng.below(others.len())].clone();
            let other_bytes = std::fs::read(&other)?;
            std::fs::write(&other, &bytes)?;
            bytes = other_bytes;
            format!("{} swapped with {}", name(&target), name(&other))
        }
        _ => {
            bytes.iter_mut().for_each(|b| *b = 0);
            format!("{} zeroed", name(&target))
        }
    };
    std::fs::write(&target, bytes)?;
    Ok(what)
}
