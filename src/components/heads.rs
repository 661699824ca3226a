//! The headings over the bracket's columns.

use yew::prelude::*;

use crate::context::BracketContext;
use crate::state::Shared;

/// The heads' props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct HeadsProps {
    /// The widget's shared, unchanging part.
    pub cx: Shared<BracketContext>,
}

/// A heading over each column: the round's name and dates, and over the
/// last, where its winners go. The ties' cards are described by theirs.
#[function_component]
pub fn Heads(props: &HeadsProps) -> Html {
    let cx = &props.cx;
    let competition = &cx.model.competition;
    let rounds = cx.tree.rounds.iter().filter_map(|&index| {
        let round = competition.rounds.get(index)?;
        Some(html! {
            <div class="cb-head">
                <h2 id={cx.element_id("round", index)}>{ &round.name }</h2>
                if let Some(dates) = &round.dates {
                    <p class="cb-dates">{ dates }</p>
                }
            </div>
        })
    });
    let next_stage = competition
        .competition
        .next_stage
        .clone()
        .unwrap_or_else(|| "Through".to_string());
    html! {
        <div class="cb-heads">
            { for rounds }
            if cx.tree.qualified {
                <div class="cb-head cb-head-qualified">
                    <h2 id={format!("{}-qualified", cx.id_prefix)}>{ next_stage }</h2>
                    <p class="cb-dates">{ "Qualified" }</p>
                </div>
            }
        </div>
    }
}
