//! The competition compiled into the bundle: the data file, validated and
//! minified by build.rs, without the values that follow from the rest
//! (`core::derived`). The browser reads it as it reads a host's `data`:
//! `JSON.parse`, then serde-wasm-bindgen (`reader.rs`) into the core crate's model, so the
//! format has one reader (serde's); natively, serde_json reads it.

use cup_bracket_core::derived::fill_in_derived;
use cup_bracket_core::model::Competition;

/// The data file as build.rs left it: valid, compact JSON.
pub const COMPILED_IN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/competition.json"));

/// The compiled-in competition, whole again. build.rs validated it, so only
/// a broken build fails to read it; the message says so.
pub fn compiled_in() -> Result<Competition, String> {
    let mut competition = read(COMPILED_IN_JSON)
        .map_err(|error| format!("cup-bracket: the compiled-in data cannot be read: {error}"))?;
    fill_in_derived(&mut competition);
    Ok(competition)
}

#[cfg(target_arch = "wasm32")]
fn read(json: &str) -> Result<Competition, String> {
    let value = js_sys::JSON::parse(json).map_err(|_| "not JSON".to_string())?;
    crate::reader::from_value(value).map_err(|error| error.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn read(json: &str) -> Result<Competition, String> {
    cup_bracket_core::json::read_competition(json).map_err(|problem| problem.to_string())
}
