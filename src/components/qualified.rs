//! The last column: the teams through the competition's last round, shown
//! when that round is.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::country_badge::badge;
use crate::components::grid_cell::use_placed_cells;
use crate::components::renders;
use crate::state::{Published, StoreHandle};
use crate::view_model::Model;

/// The column's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct QualifiedProps {
    /// The decided competition.
    pub model: Model,
    /// The round whose winners are listed.
    pub round: usize,
    /// The state: the column re-renders when the highlighted team changes.
    pub store: StoreHandle,
    /// Prefix of this widget's element ids.
    pub id_prefix: AttrValue,
}

/// The qualified teams, each beside the tie it won.
#[function_component]
pub fn QualifiedColumn(props: &QualifiedProps) -> Html {
    renders::count("QualifiedColumn");
    let update = use_force_update();
    let list = use_placed_cells(&props.model, props.round);
    {
        let store = props.store.clone();
        use_effect_with((), move |_| {
            let id = store.watch(Callback::from(move |(old, new): Published| {
                if old.highlight != new.highlight {
                    update.force_update();
                }
            }));
            move || store.unwatch(id)
        });
    }
    let model = &props.model;
    let highlight: Option<Rc<str>> = props.store.current().highlight.clone();
    let heading_id = format!("{}-qualified", props.id_prefix);
    let heading = model
        .competition
        .competition
        .next_stage
        .clone()
        .unwrap_or_else(|| "Through".to_string());
    let cells = model.ties_of_round(props.round).map(|flat| {
        let winner = model.winner(flat);
        let team = winner.and_then(|id| model.team(id));
        let lit = winner.is_some() && winner == highlight.as_deref();
        let node = format!("q{flat}");
        html! {
            <li key={flat} class="cb-cell">
                <div class={classes!("cb-card", "cb-qualified", lit.then_some("cb-on-path"))} data-node={node}>
                    if let Some(team) = team {
                        <span class="cb-team cb-through">
                            { badge(&AttrValue::from(team.country.clone())) }
                            <span class="cb-name"><span class="cb-name-text" title={team.name.clone()}>{ &team.name }</span></span>
                        </span>
                    } else {
                        <span class="cb-team cb-pending">{ "To be decided" }</span>
                    }
                </div>
            </li>
        }
    });
    html! {
        <section class="cb-round cb-round-qualified" aria-labelledby={heading_id.clone()}>
            <div class="cb-round-head">
                <h2 id={heading_id}>{ heading }</h2>
                <p class="cb-dates">{ "Qualified" }</p>
            </div>
            <ol class="cb-ties" ref={list}>{ for cells }</ol>
        </section>
    }
}
