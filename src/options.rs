//! The options a host passes to `mount(element, options)`.

use cup_bracket_core::model::Competition;
use serde::Deserialize;

/// Light, dark, or the reader's own scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
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
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
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
