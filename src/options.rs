//! The options a host passes to `mount(element, options)`, read by hand from
//! the JavaScript object.
//!
//! `data` goes through `JSON.stringify` to the core crate's JSON reader, the
//! one that reads the compiled-in file: one way in for a competition, which
//! refuses unknown fields at any depth and names each place. (serde-wasm-bindgen
//! through serde_path_to_error, monomorphised for the whole model, was the
//! largest part of the bundle.)

use cup_bracket_core::model::Competition;
use cup_bracket_core::read::read_competition;
use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};

/// Light, dark, or the reader's own scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
}

impl Theme {
    /// The value of the root's `data-theme` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    /// The theme an option's value names.
    pub fn parse(name: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark, Theme::Auto]
            .into_iter()
            .find(|theme| theme.as_str() == name)
    }
}

/// The host's options, every field optional; unknown fields are refused.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// A match id whose tie starts expanded.
    pub open: Option<String>,
    /// Ids of the rounds to show; all when absent.
    pub rounds: Option<Vec<String>>,
    /// The colour scheme.
    pub theme: Option<Theme>,
    /// Whether the widget reads and writes the page's fragment.
    pub hash: Option<bool>,
    /// A competition to draw instead of the compiled-in one.
    pub data: Option<Competition>,
}

impl Options {
    /// The full page's options: the compiled-in data, following the fragment.
    pub fn full_page() -> Self {
        Options {
            hash: Some(true),
            ..Options::default()
        }
    }
}

impl Options {
    /// Reads a host's options object; the message names the option at fault.
    /// Like an absent option, one that is `undefined` or `null` is not set.
    pub fn from_js(object: &JsValue) -> Result<Options, String> {
        let mut options = Options::default();
        for key in js_sys::Object::keys(object.unchecked_ref::<js_sys::Object>()).iter() {
            let name = key.as_string().unwrap_or_default();
            let value = js_sys::Reflect::get(object, &key).unwrap_or(JsValue::UNDEFINED);
            let wrong = |expected: &str| {
                format!("cup-bracket: option `{name}`: invalid type: expected {expected}")
            };
            let absent = value.is_undefined() || value.is_null();
            match name.as_str() {
                "open" | "rounds" | "theme" | "hash" | "data" if absent => {}
                "open" => {
                    options.open = Some(value.as_string().ok_or_else(|| wrong("a match id"))?);
                }
                "rounds" => {
                    if !Array::is_array(&value) {
                        return Err(wrong("a list of round ids"));
                    }
                    let mut ids = Vec::new();
                    for (index, id) in Array::from(&value).iter().enumerate() {
                        ids.push(id.as_string().ok_or_else(|| {
                            format!("cup-bracket: option `rounds[{index}]`: invalid type: expected a round id")
                        })?);
                    }
                    options.rounds = Some(ids);
                }
                "theme" => {
                    let theme = value.as_string().as_deref().and_then(Theme::parse);
                    options.theme =
                        Some(theme.ok_or_else(|| wrong("\"light\", \"dark\" or \"auto\""))?);
                }
                "hash" => options.hash = Some(value.as_bool().ok_or_else(|| wrong("true or false"))?),
                "data" => options.data = Some(read_data(&value).map_err(|_| wrong("a competition object"))??),
                _ => {
                    return Err(format!(
                        "cup-bracket: unknown option `{name}`; the options are `open`, `rounds`, `theme`, `hash` and `data`"
                    ))
                }
            }
        }
        Ok(options)
    }
}

/// A host's competition, through its JSON text; `Err(())` when it is no
/// object, `Ok(Err(message))` when the reader refuses it.
fn read_data(value: &JsValue) -> Result<Result<Competition, String>, ()> {
    if !value.is_object() || Array::is_array(value) {
        return Err(());
    }
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(())?;
    Ok(read_competition(&text).map_err(|problem| {
        if problem.place == "." {
            format!("cup-bracket: option `data`: {}", problem.message)
        } else {
            format!(
                "cup-bracket: option `data.{}`: {}",
                problem.place, problem.message
            )
        }
    }))
}
