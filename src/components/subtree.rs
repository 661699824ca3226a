//! A node of the bracket's tree: its feeders' subtrees, then its own card,
//! in a grid that keeps the card level with the middle of its feeders. The
//! node draws its stretch of the line to the node it feeds (`bracket.css`).

use yew::prelude::*;

use crate::components::blank::blank;
use crate::components::qualified::QualifiedCard;
use crate::components::renders;
use crate::components::tie::TieCard;
use crate::context::BracketContext;
use crate::layout::{Card, Join};
use crate::state::{NodeView, Shared};

/// A subtree's props: its view is a new one exactly when something in the
/// subtree changed (`state.rs`), so an unchanged subtree does not render.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct SubtreeProps {
    /// What the node and its feeders show.
    pub view: Shared<NodeView>,
    /// The widget's shared, unchanging part.
    pub cx: Shared<BracketContext>,
    /// While the ties in view are drawn first, how many rows of cards they
    /// take: a subtree that starts below them is a blank of its size until
    /// the rest is drawn (`None`).
    #[prop_or_default]
    pub drawn_rows: Option<usize>,
}

/// A node and everything that fed it.
#[function_component]
pub fn Subtree(props: &SubtreeProps) -> Html {
    renders::count("Subtree");
    let (view, cx) = (&props.view, &props.cx);
    let Some(node) = cx.tree.nodes.get(view.node) else {
        return Html::default();
    };
    // Below the ties drawn first: a blank as tall as the subtree, for a frame.
    if props.drawn_rows.is_some_and(|rows| node.row >= rows) {
        return blank(cx.tree.rows_of(view.node));
    }
    // State as attributes, classes as literals: the stylesheet reads both,
    // and no class list is built at each render.
    let join = match node.join {
        Join::None => None,
        Join::Only => Some("only"),
        Join::First => Some("first"),
        Join::Middle => Some("middle"),
        Join::Last => Some("last"),
    };
    let kind = match node.card {
        Card::Tie(_) => None,
        Card::Qualified(_) => Some("qualified"),
    };
    // One feeder: the two share their rows (a subgrid), so the card stays
    // level with its feeder's however tall either grows; several: the card
    // sits at their middle (and `align.rs` keeps it there when one opens).
    let fed = match view.feeders.len() {
        0 => None,
        1 => Some("one"),
        _ => Some("many"),
    };
    let lit = view.card.out_lit.then_some("");
    // A chunk's size, for the browser to skip it while out of view; not
    // while a tie in it is open, which makes it taller than its rows (and
    // once all are closed, it is their size again).
    let chunk = cx.tree.chunk(view.node).filter(|_| !any_open(view));
    let (columns, rows) = (
        chunk.map(|(columns, _)| columns.to_string()),
        chunk.map(|(_, rows)| rows.to_string()),
    );
    // Empty columns, where a node starts or ends a round or more away.
    let spacers = |count: usize| (0..count).map(|_| html! { <span /> });
    html! {
        <div class="cb-node" data-node={view.node.to_string()} data-kind={kind}
             data-join={join} data-fed={fed} data-out-lit={lit}
             data-in-lit={view.card.in_lit.then_some("")} data-cols={columns} data-rows={rows}>
            if node.lead > 0 {
                <div class="cb-lead" aria-hidden="true">{ for spacers(node.lead) }</div>
            } else if !view.feeders.is_empty() {
                <div class="cb-feeders">
                    { for view.feeders.iter().map(|feeder| html! {
                        <Subtree key={feeder.node} view={feeder.clone()} cx={cx.clone()} drawn_rows={props.drawn_rows} />
                    }) }
                </div>
            }
            {
                match node.card {
                    Card::Tie(flat) => html! {
                        <TieCard {flat} view={view.card} facts={view.facts.clone()} cx={cx.clone()} />
                    },
                    Card::Qualified(_) => html! {
                        <QualifiedCard view={view.card} facts={view.facts.clone()} lang={cx.lang} />
                    },
                }
            }
            if node.pass > 0 {
                <div class="cb-pass" aria-hidden="true">{ for spacers(node.pass) }</div>
            }
        </div>
    }
}

/// Whether a tie of this subtree is open.
fn any_open(view: &NodeView) -> bool {
    view.card.open || view.feeders.iter().any(|feeder| any_open(feeder))
}
