//! The headings over the bracket's columns.

use yew::prelude::*;

use crate::context::BracketContext;
use crate::state::Shared;

/// The heads' props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct HeadsProps {
    /// The widget's shared part.
    pub cx: Shared<BracketContext>,
}

/// A heading over each column: the round's name and dates, and over the
/// last, where its winners go. The ties' cards are described by theirs.
#[function_component]
pub fn Heads(props: &HeadsProps) -> Html {
    let cx = &props.cx;
    html! {
        <div class="cb-heads">
            { for cx.heads.iter().map(|head| html! {
                <div class="cb-head">
                    <h2 id={cx.element_id("round", head.round)}>{ &head.name }</h2>
                    if let Some(dates) = &head.dates {
                        <p class="cb-dates">{ dates }</p>
                    }
                </div>
            }) }
            if cx.tree.qualified {
                <div class="cb-head cb-head-qualified">
                    <h2 id={format!("{}-qualified", cx.id_prefix)}>{ &cx.next_stage }</h2>
                    <p class="cb-dates">{ crate::i18n::text(cx.lang).qualified }</p>
                </div>
            }
        </div>
    }
}
