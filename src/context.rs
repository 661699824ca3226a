//! What every component of one widget shares, unchanged while it lives: the
//! decided competition, the tree it is drawn as, the widget's id prefix, and
//! the callbacks that carry a person's actions up to the root's state.

use yew::{AttrValue, Callback};

use crate::layout::Tree;
use crate::state::Shared;
use crate::view_model::Model;

/// One widget's shared, unchanging part; handed down as `Shared<Bracket>`.
#[derive(Debug)]
pub struct BracketContext {
    /// The decided competition.
    pub model: Model,
    /// The tree of the rounds shown.
    pub tree: Shared<Tree>,
    /// Prefix of this widget's element ids ("cb1").
    pub id_prefix: AttrValue,
    /// Opens or closes a tie, by flat index.
    pub on_toggle: Callback<usize>,
    /// Highlights a team's path, by the team's index, or none.
    pub on_highlight: Callback<Option<usize>>,
}

impl BracketContext {
    /// An element id unique to this widget: `{prefix}-{what}-{index}`.
    pub fn element_id(&self, what: &str, index: usize) -> AttrValue {
        AttrValue::from(format!("{}-{what}-{index}", self.id_prefix))
    }
}
