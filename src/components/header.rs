//! The widget's header: the competition's name, stage and dates, and the key
//! to the marks the cards use.

use yew::prelude::*;

use cup_bracket_core::model::Competition;

use crate::components::renders;
use crate::scoreline::entered_badge;
use crate::state::Shared;

/// The header's props: the competition alone, so it renders again only
/// with the host's update.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct HeaderProps {
    /// The competition as given.
    pub competition: Shared<Competition>,
}

/// Title, subtitle and key.
#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    renders::count("Header");
    let competition = &props.competition.competition;
    let subtitle = match (&competition.stage, &competition.dates) {
        (Some(stage), Some(dates)) => format!("{stage} · {dates}"),
        (Some(one), None) | (None, Some(one)) => one.clone(),
        (None, None) => String::new(),
    };
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
                { for entered_kinds(&props.competition).into_iter().map(|entered| html! {
                    <li><b>{ entered_badge(&entered) }</b>{ format!("from the {entered}") }</li>
                }) }
            </ul>
        </header>
    }
}

/// Where teams entered the bracket from, each once, in order of appearance:
/// the key explains each badge.
fn entered_kinds(competition: &Competition) -> Vec<String> {
    let mut kinds: Vec<String> = Vec::new();
    let all = competition.rounds.iter().flat_map(|round| &round.ties);
    for entered in all.flat_map(|tie| tie.entered.iter().flatten().flatten()) {
        if !kinds.contains(entered) {
            kinds.push(entered.clone());
        }
    }
    kinds
}
