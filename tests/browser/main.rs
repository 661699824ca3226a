//! Browser tests: run with `cargo xtask test` (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]
