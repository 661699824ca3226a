//! The options a host passes to `mount(element, options)`.

use cup_bracket_core::model::Competition;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

/// Light, dark, or the reader's own scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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
}

/// The host's options, every field optional; unknown fields are refused.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Options {
    /// A match id whose tie starts expanded.
    #[serde(default)]
    pub open: Option<String>,
    /// Ids of the rounds to show; all when absent.
    #[serde(default)]
    pub rounds: Option<Vec<String>>,
    /// The colour scheme.
    #[serde(default)]
    pub theme: Option<Theme>,
    /// Whether the widget reads and writes the page's fragment.
    #[serde(default)]
    pub hash: Option<bool>,
    /// A competition to draw instead of the compiled-in one.
    #[serde(default)]
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

/// Fields the model leaves out when they hold their default, so that reading
/// drops them although they are known: `"legs": 2` in a rules object.
const SKIPPED_DEFAULTS: &[(&str, f64)] = &[("legs", 2.0)];

/// The path of the first field of `given` that is unknown, found by comparing
/// it with `read`, the value read from it and written back.
///
/// serde-wasm-bindgen looks up a struct's known fields one by one and never
/// sees the others, so `deny_unknown_fields` alone lets an unknown field pass
/// unnoticed; a field that reading dropped, though, was unknown (unless it was
/// null, an empty list, or a default the model skips).
pub fn unknown_field(given: &JsValue, read: &JsValue, path: &str) -> Option<String> {
    if js_sys::Array::is_array(given) {
        let (given, read) = (js_sys::Array::from(given), js_sys::Array::from(read));
        return (0..given.length()).find_map(|index| {
            unknown_field(
                &given.get(index),
                &read.get(index),
                &format!("{path}[{index}]"),
            )
        });
    }
    if !given.is_object() {
        return None;
    }
    let keys = js_sys::Object::keys(given.unchecked_ref::<js_sys::Object>());
    keys.iter().find_map(|key| {
        let name = key.as_string().unwrap_or_default();
        let inner = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}.{name}")
        };
        let value = js_sys::Reflect::get(given, &key).unwrap_or(JsValue::UNDEFINED);
        let kept = if read.is_object() {
            js_sys::Reflect::get(read, &key).unwrap_or(JsValue::UNDEFINED)
        } else {
            JsValue::UNDEFINED
        };
        if kept.is_undefined() || kept.is_null() {
            let empty = value.is_null()
                || value.is_undefined()
                || (js_sys::Array::is_array(&value) && js_sys::Array::from(&value).length() == 0);
            let skipped_default = SKIPPED_DEFAULTS
                .iter()
                .any(|(field, default)| *field == name && value.as_f64() == Some(*default));
            (!empty && !skipped_default).then_some(inner)
        } else {
            unknown_field(&value, &kept, &inner)
        }
    })
}
