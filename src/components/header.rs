//! The widget's header: the competition's name, stage and dates, and the key
//! to the marks the cards use.

use yew::prelude::*;

use crate::components::renders;
use crate::scoreline::entered_badge;
use crate::view_model::Model;

/// The header's props: the competition alone, so it renders once.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct HeaderProps {
    /// The decided competition.
    pub model: Model,
}

/// Title, subtitle and key.
#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    renders::count("Header");
    let competition = &props.model.competition.competition;
    let subtitle = [competition.stage.as_deref(), competition.dates.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    html! {
        <header class="cb-header">
            <div>
                <h1 class="cb-title">{ &competition.name }</h1>
                if !subtitle.is_empty() {
                    <p class="cb-subtitle">{ subtitle }</p>
                }
            </div>
            <ul class="cb-legend" aria-label="Key">
                <li><b>{ "2 1 3" }</b>{ "1st leg, 2nd leg, aggregate" }</li>
                <li><b>{ "a" }</b>{ "away goals" }</li>
                <li><b>{ "(5)" }</b>{ "penalty shoot-out" }</li>
                <li><b>{ "w/o" }</b>{ "walkover" }</li>
                { for entered_kinds(&props.model).into_iter().map(|entered| html! {
                    <li><b>{ entered_badge(&entered) }</b>{ format!("from the {entered}") }</li>
                }) }
            </ul>
        </header>
    }
}

/// Where teams entered the bracket from, each once, in order of appearance:
/// the key explains each badge.
fn entered_kinds(model: &Model) -> Vec<String> {
    let mut kinds: Vec<String> = Vec::new();
    let all = model
        .competition
        .rounds
        .iter()
        .flat_map(|round| &round.ties);
    for entered in all.flat_map(|tie| tie.entered.iter().flatten().flatten()) {
        if !kinds.contains(entered) {
            kinds.push(entered.clone());
        }
    }
    kinds
}
