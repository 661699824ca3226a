//! The last column: the teams through the last round shown.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::country_badge::CountryBadge;
use crate::components::grid_cell::GridCell;
use crate::view_model::Model;

/// The column's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct QualifiedProps {
    /// The decided competition.
    pub model: Model,
    /// The round whose winners are listed.
    pub round: usize,
    /// The highlighted team.
    pub highlight: Option<Rc<str>>,
    /// Prefix of this widget's element ids.
    pub id_prefix: AttrValue,
}

/// The qualified teams, each beside the tie it won.
#[function_component]
pub fn QualifiedColumn(props: &QualifiedProps) -> Html {
    let model = &props.model;
    let heading_id = format!("{}-qualified", props.id_prefix);
    let heading = model
        .competition
        .competition
        .next_stage
        .clone()
        .unwrap_or_else(|| "Through".to_string());
    let cells = model.ties_of_round(props.round).filter_map(|flat| {
        let placement = model.layout.placements.get(flat).copied()?;
        let winner = model.winner(flat);
        let team = winner.and_then(|id| model.team(id));
        let lit = winner.is_some() && winner == props.highlight.as_deref();
        let node = format!("q{flat}");
        Some(html! {
            <GridCell key={flat} {placement}>
                <div class={classes!("cb-card", "cb-qualified", lit.then_some("cb-on-path"))} data-node={node}>
                    if let Some(team) = team {
                        <span class="cb-team cb-through">
                            <CountryBadge code={team.country.clone()} />
                            <span class="cb-name"><span class="cb-name-text" title={team.name.clone()}>{ &team.name }</span></span>
                        </span>
                    } else {
                        <span class="cb-team cb-pending">{ "To be decided" }</span>
                    }
                </div>
            </GridCell>
        })
    });
    html! {
        <section class="cb-round cb-round-qualified" aria-labelledby={heading_id.clone()}>
            <div class="cb-round-head">
                <h2 id={heading_id}>{ heading }</h2>
                <p class="cb-dates">{ "Qualified" }</p>
            </div>
            <ol class="cb-ties">{ for cells }</ol>
        </section>
    }
}
