//! What every component of one widget shares, unchanged while it lives (or
//! until the bracket's shape changes): the tree it is drawn as, the rounds'
//! headings, the widget's id prefix, and the callbacks that carry a person's
//! actions up to the root's state. The competition's facts are not here:
//! each card gets its own, so that a new result renders its card only.

use std::rc::Rc;

use cup_bracket_core::model::{Lang, Score};
use yew::{AttrValue, Callback};

use crate::layout::Tree;
use crate::state::Shared;

/// A column's heading: the round's name and dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    /// The round's index.
    pub round: usize,
    /// "First round".
    pub name: String,
    /// "10–19 March 2017".
    pub dates: Option<String>,
}

/// One widget's shared part; handed down as `Shared<BracketContext>`.
#[derive(Debug)]
pub struct BracketContext {
    /// The tree of the rounds shown.
    pub tree: Shared<Tree>,
    /// The shown rounds' headings, in order.
    pub heads: Vec<Head>,
    /// The heading of the qualified column ("Group stage").
    pub next_stage: String,
    /// Prefix of this widget's element ids ("cb1").
    pub id_prefix: AttrValue,
    /// The language the widget writes in.
    pub lang: Lang,
    /// The rows of cards drawn first (`WidgetConfig::rows_in_view`).
    pub rows_in_view: Option<usize>,
    /// Opens or closes a tie, by flat index.
    pub on_toggle: Callback<usize>,
    /// Highlights a team's path, by the team's id, or none.
    pub on_highlight: Callback<Option<Rc<str>>>,
    /// Tries a score for a leg still to play (by its match id), or takes it back.
    pub on_what_if: Callback<(String, Option<Score>)>,
}

impl BracketContext {
    /// An element id unique to this widget: `{prefix}-{what}-{index}`.
    pub fn element_id(&self, what: &str, index: usize) -> AttrValue {
        AttrValue::from(format!("{}-{what}-{index}", self.id_prefix))
    }
}
