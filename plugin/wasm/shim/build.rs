//! The plugin's stack: SWC hosts deserialize the program inside the plugin, recursively, so a
//! file the host parses alone (1,500 nested arrays, a 1,000-term concatenation) overflows
//! Rust's default 1 MiB Wasm stack, corrupts memory and fails the host build. Linear memory is
//! reserved lazily, so a larger stack costs nothing on files that do not use it.

/// Bytes of stack for the `.wasm` (docs/ARCHITECTURE.md, "Facts about SWC hosts").
const STACK_BYTES: u32 = 16 << 20;

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-cdylib=-zstack-size={STACK_BYTES}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
