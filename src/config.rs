//! How one widget was mounted: what its components and effects need to know
//! of the host's options, once they are read and checked.

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

/// How one widget was mounted.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetConfig {
    /// Prefix of every element id in this widget ("cb1").
    pub id_prefix: String,
    /// Whether this widget reads and writes the page's fragment.
    pub hash: bool,
    /// A match whose tie starts open.
    pub open: Option<String>,
    /// The round ids to show; all when `None`.
    pub rounds: Option<Vec<String>>,
    /// The colour scheme.
    pub theme: Theme,
    /// The day the competition is shown as of (`YYYY-MM-DD`, read); its
    /// whole record when `None`.
    pub as_of: Option<cup_bracket_core::as_of::Day>,
    /// Whether the match-day control is shown, to replay the competition.
    pub replay: bool,
    /// The language the widget writes in.
    pub lang: cup_bracket_core::model::Lang,
    /// How many rows of cards, from the top, could show when the widget
    /// starts: their ties are drawn first, the others once that is painted.
    /// Every tie at once when `None` (markup hydrated or rendered natively,
    /// a tie open from the start).
    pub rows_in_view: Option<usize>,
}
