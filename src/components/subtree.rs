//! A node of the bracket's tree: its feeders' subtrees, then its own card,
//! in a grid that keeps the card level with the middle of its feeders. The
//! node draws its stretch of the line to the node it feeds (`bracket.css`).

use yew::prelude::*;

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
}

/// A node and everything that fed it.
#[function_component]
pub fn Subtree(props: &SubtreeProps) -> Html {
    renders::count("Subtree");
    let (view, cx) = (&props.view, &props.cx);
    let Some(node) = cx.tree.nodes.get(view.node) else {
        return Html::default();
    };
    let join = match node.join {
        Join::None => "",
        Join::Only => " cb-join-only",
        Join::First => " cb-join-first",
        Join::Middle => " cb-join-middle",
        Join::Last => " cb-join-last",
    };
    let kind = match node.card {
        Card::Tie(_) => "",
        Card::Qualified(_) => " cb-node-qualified",
    };
    let lit = if view.card.out_lit { " cb-out-lit" } else { "" };
    let fed = if view.feeders.is_empty() {
        ""
    } else {
        " cb-fed"
    };
    let class = format!("cb-node{kind}{join}{fed}{lit}");
    // Empty columns, where a node starts or ends a round or more away.
    let spacers = |count: usize, class: &'static str| {
        html! {
            <div {class} aria-hidden="true">
                { for (0..count).map(|_| html! { <span /> }) }
            </div>
        }
    };
    html! {
        <div {class} data-node={view.node.to_string()}>
            if node.lead > 0 {
                { spacers(node.lead, "cb-lead") }
            } else if !view.feeders.is_empty() {
                <div class="cb-feeders">
                    { for view.feeders.iter().map(|feeder| html! {
                        <Subtree key={feeder.node} view={feeder.clone()} cx={cx.clone()} />
                    }) }
                </div>
            }
            {
                match node.card {
                    Card::Tie(flat) => html! {
                        <TieCard {flat} view={view.card} cx={cx.clone()} />
                    },
                    Card::Qualified(flat) => html! {
                        <QualifiedCard {flat} view={view.card} cx={cx.clone()} />
                    },
                }
            }
            if node.pass > 0 {
                { spacers(node.pass, "cb-pass") }
            }
        </div>
    }
}
