//! User Timing marks at `mount()`'s steps: a host's performance panel shows
//! what reading, validating and modelling its data cost, and `cargo xtask
//! bench` reads them for its figures per tie.

/// `mount()` is called.
pub const MOUNT: &str = "cup-bracket:mount";
/// Its options, the host's data among them, are read (serde-wasm-bindgen).
pub const READ: &str = "cup-bracket:read";
/// The competition is validated.
pub const VALIDATED: &str = "cup-bracket:validated";
/// The view model is built: what follows draws.
pub const MODELLED: &str = "cup-bracket:modelled";

/// Marks `name` on the page's performance timeline, where there is one.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}
