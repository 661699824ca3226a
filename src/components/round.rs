//! A round: a column headed by its name and dates, holding its ties.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::tie::TieCard;
use crate::state::ViewState;
use crate::view_model::Model;

/// A round's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct RoundProps {
    /// The decided competition.
    pub model: Model,
    /// The round's index.
    pub round: usize,
    /// Which ties are open, by flat index.
    pub open: Rc<Vec<bool>>,
    /// The highlighted team.
    pub highlight: Option<Rc<str>>,
    /// Prefix of this widget's element ids.
    pub id_prefix: AttrValue,
    /// Where actions go.
    pub dispatcher: UseReducerDispatcher<ViewState>,
}

/// A round's column.
#[function_component]
pub fn RoundColumn(props: &RoundProps) -> Html {
    let model = &props.model;
    let Some(round) = model.competition.rounds.get(props.round) else {
        return Html::default();
    };
    let heading_id = format!("{}-round-{}", props.id_prefix, props.round);
    let ties = model.ties_of_round(props.round).map(|flat| {
        let lit = props
            .highlight
            .clone()
            .filter(|team| model.slot_of(flat, team).is_some());
        html! {
            <TieCard
                key={flat}
                model={model.clone()}
                {flat}
                open={props.open.get(flat).copied().unwrap_or(false)}
                {lit}
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
            <ol class="cb-ties">{ for ties }</ol>
        </section>
    }
}
