//! A round: a column headed by its name and dates, holding its ties.

use yew::prelude::*;

use crate::components::grid_cell::use_placed_cells;
use crate::components::renders;
use crate::components::tie::TieCard;
use crate::state::{StoreHandle, ViewState};
use crate::view_model::Model;

/// A round's props: none change once drawn, so the column renders once; its
/// ties re-render on their own.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct RoundProps {
    /// The decided competition.
    pub model: Model,
    /// The round's index.
    pub round: usize,
    /// The state, handed on to the ties.
    pub store: StoreHandle,
    /// Prefix of this widget's element ids.
    pub id_prefix: AttrValue,
    /// Where actions go.
    pub dispatcher: UseReducerDispatcher<ViewState>,
}

/// A round's column.
#[function_component]
pub fn RoundColumn(props: &RoundProps) -> Html {
    renders::count("RoundColumn");
    let list = use_placed_cells(&props.model, props.round);
    let model = &props.model;
    let Some(round) = model.competition.rounds.get(props.round) else {
        return Html::default();
    };
    let heading_id = format!("{}-round-{}", props.id_prefix, props.round);
    let ties = model.ties_of_round(props.round).map(|flat| {
        html! {
            <TieCard
                key={flat}
                model={model.clone()}
                {flat}
                store={props.store.clone()}
                id_prefix={props.id_prefix.clone()}
                dispatcher={props.dispatcher.clone()}
            />
        }
    });
    html! {
        <section class="cb-round" aria-labelledby={heading_id.clone()}>
            <div class="cb-round-head">
                <h2 id={heading_id}>{ &round.name }</h2>
                if let Some(dates) = &round.dates { <p class="cb-dates">{ dates }</p> }
            </div>
            <ol class="cb-ties" ref={list}>{ for ties }</ol>
        </section>
    }
}
