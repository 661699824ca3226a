//! The last column: the teams through the competition's last round, shown
//! when that round is.

use std::fmt::Write;
use std::rc::Rc;

use cup_bracket_core::html::escape;
use yew::prelude::*;

use crate::components::grid_cell::use_placed_cells;
use crate::components::renders;
use crate::components::team::badge;
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
        // The team as escaped HTML, like a card's lines (`team.rs`).
        let content = match team {
            Some(team) => {
                let mut html = String::from("<span class=\"cb-team cb-through\">");
                badge(&mut html, &team.country);
                let name = escape(&team.name);
                let _ = write!(
                    html,
                    "<span class=\"cb-name\"><span class=\"cb-name-text\" title=\"{name}\">{name}</span></span></span>"
                );
                html
            }
            None => "<span class=\"cb-team cb-pending\">To be decided</span>".to_string(),
        };
        let content = Html::from_html_unchecked(AttrValue::from(content));
        html! {
            <li key={flat} class="cb-cell">
                <div class={if lit { "cb-card cb-qualified cb-on-path" } else { "cb-card cb-qualified" }} data-node={node}>
                    { content }
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
