//! cup-bracket: an embeddable bracket of two-legged knockout ties.
//!
//! The bundle's ES module exports `mount(element, options)`; start-up defines
//! the `<cup-bracket>` element, and the full page (`index.html`) mounts into its
//! `#cup-bracket` element.

pub mod after_paint;
pub mod align;
pub mod app;
pub mod components;
pub mod config;
pub mod context;
pub mod countries;
pub mod custom_element;
pub mod data;
pub mod effects;
pub mod events;
pub mod format;
pub mod hydration;
pub mod i18n;
pub mod layout;
pub mod local_time;
pub mod markup;
pub mod mount;
pub mod options;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod reader;
pub mod scoreline;
pub mod shared;
pub mod state;
pub mod timing;
pub mod updates;
pub mod view_model;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Start-up: defines `<cup-bracket>`, and draws the full-page bracket when the
/// page has a `#cup-bracket` element.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(start)]
pub fn start() {
    mount::report_panics_once();
    custom_element::define();
    let element = gloo::utils::document().get_element_by_id("cup-bracket");
    if let Some(element) = element {
        if let Err(error) = mount::mount_with(element, options::Options::full_page()) {
            gloo::console::error!(format!("cup-bracket: {error}"));
        }
    }
}

/// The allocator (talc's for single-threaded WebAssembly): smaller than
/// Rust's default dlmalloc, as fast.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
