//! Fault injection for soda-cache, tried the way an unlucky user or an attacker would: SIGKILL
//! at random moments of cold builds, incremental builds and `--watch`; every kind of cache
//! damage; two builders at once; readers while a watcher rewrites. After each fault no cache
//! file is torn and the plugin never panics; after a damage it emits the clean build's output or
//! a clear error; and the next `soda-cache build` alone restores the clean cache, after which the
//! plugin's output equals a clean build's. (Between a killed build and the next one, a file
//! whose fragment the killed build had already recompiled is served that document: the plugin
//! reads only the file's own shard. The report counts those apart.)

pub mod check;
pub mod project;
mod report;

pub use report::{Report, Rng, Rounds};

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
        Ok(())
    }

    fn count(&mut self, kind: &'static str) {
        *self.report.injected.entry(kind).or_default() += 1;
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
                    .fail("hang", format!("{what}: the build did not finish"));
                None
            }
            Ended::Abnormally(code) => {
                self.report
                    .fail("panic", format!("{what}: the build exited with {code:?}"));
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
            self.report.fail("torn", format!("{what}: {torn}"));
        }
        for file in project.definition_files() {
            let mode = Mode::ProductionInline;
            match (
                transform(&project.root, &file, mode),
                transform(&clean.root, &file, mode),
            ) {
                (Some(result), Some(expected)) => {
                    if !acceptable(&result, &expected) {
                        self.report.window_outputs += 1;
                    }
                }
                _ => self
                    .report
                    .fail("panic", format!("{what}: the plugin panicked on {file}")),
            }
        }
    }

    /// The plugin on every file with definitions; `exact`: output must equal the clean build's.
    fn check_plugin(&mut self, project: &Project, clean: &Project, what: &str, exact: bool) {
        for file in project.definition_files() {
            for mode in [Mode::ProductionInline, Mode::DevelopmentModule] {
                let (Some(result), Some(expected)) = (
                    transform(&project.root, &file, mode),
                    transform(&clean.root, &file, mode),
                ) else {
                    self.report.fail(
                        "panic",
                        format!("{what}: the plugin panicked on {file} ({mode:?})"),
                    );
                    continue;
                };
                let ok = if exact {
                    result == expected
                } else {
                    acceptable(&result, &expected)
                };
                if !ok {
                    self.report.fail(
                        "stale",
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
                "recovery",
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
        let what = damage(&project.cache(), &mut self.rng)?;
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
                    "panic",
                    format!("concurrent: a builder exited with {code:?}"),
                ),
            }
        }
        self.check_recovery(&project, "concurrent builders")
    }

    /// Reads every cache file again and again while a watcher rewrites them: never torn.
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
        let started = Instant::now();
        let mut reads = 0;
        let mut next_edit = Instant::now();
        while started.elapsed() < length {
            if next_edit <= Instant::now() {
                project.edit(&mut self.rng)?;
                next_edit = Instant::now() + Duration::from_millis(15);
            }
            for torn in torn_files(&cache) {
                self.report.fail("torn", format!("reader: {torn}"));
            }
            reads += 1;
        }
        let _ = watcher.kill();
        let _ = watcher.wait();
        self.report.reads += reads;
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

/// Damages one cache file the way disks and people do; returns what was done.
fn damage(cache: &Path, rng: &mut Rng) -> std::io::Result<String> {
    let mut files: Vec<PathBuf> = [
        soda_cache_format::SHARDS_DIR,
        soda_cache_format::MODULES_DIR,
    ]
    .iter()
    .flat_map(|folder| {
        std::fs::read_dir(cache.join(folder))
            .into_iter()
            .flatten()
            .flatten()
    })
    .map(|e| e.path())
    .collect();
    files.push(soda_cache_format::manifest_path(cache));
    files.push(cache.join("incremental/state.json"));
    files.sort();
    let target = files[rng.below(files.len())].clone();
    let name = target
        .strip_prefix(cache)
        .unwrap_or(&target)
        .to_string_lossy()
        .into_owned();
    let mut bytes = std::fs::read(&target)?;
    let what = match rng.below(5) {
        0 if !bytes.is_empty() => {
            let at = rng.below(bytes.len());
            bytes[at] ^= 1 << rng.below(8);
            format!("bit flip at {at} of {name}")
        }
        1 => {
            let len = rng.below(bytes.len().max(1));
            bytes.truncate(len);
            format!("{name} truncated to {len} bytes")
        }
        2 => {
            bytes.iter_mut().for_each(|b| *b = 0);
            format!("{name} zeroed")
        }
        3 if bytes.len() > 12 => {
            bytes[8] = bytes[8].wrapping_add(1);
            format!("{name} with another format version")
        }
        _ => {
            let other = files[rng.below(files.len())].clone();
            if other != target {
                let other_bytes = std::fs::read(&other)?;
                std::fs::write(&other, &bytes)?;
                bytes = other_bytes;
            }
            format!(
                "{name} swapped with {}",
                other
                    .strip_prefix(cache)
                    .unwrap_or(&other)
                    .to_string_lossy()
            )
        }
    };
    std::fs::write(&target, bytes)?;
    Ok(what)
}
