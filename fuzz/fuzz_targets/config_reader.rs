//! Any text read as a `soda-gql.config.ts` (or `.json`): a config or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(dir) = tempfile_dir() else { return };
    for name in ["soda-gql.config.ts", "soda-gql.config.json"] {
        let path = dir.join(name);
        if std::fs::write(&path, text).is_ok() {
            let _ = soda_cache::config::Config::load(&path);
        }
    }
});

fn tempfile_dir() -> std::io::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("soda-cache-fuzz-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
