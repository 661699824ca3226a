//! Browser tests: run with `cargo xtask test` (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod chunks;
mod embed;
mod history;
mod host_data;
mod hydration;
mod in_view_first;
mod languages;
mod live;
mod smoke;
mod support;
mod widget;
