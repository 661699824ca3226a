//! The widget's header: the competition's name, stage and dates, and the key
//! to the marks the cards use.

use yew::prelude::*;

use cup_bracket_core::model::{Competition, Lang};

use crate::components::renders;
use crate::i18n::text;
use crate::scoreline::entered_badge;
use crate::state::Shared;

/// The header's props: the competition alone, so it renders again only
/// with the host's update.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct HeaderProps {
    /// The competition as given.
    pub competition: Shared<Competition>,
    /// The language the widget writes in.
    pub lang: Lang,
}

/// Title, subtitle and key.
#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    renders::count("Header");
    let (competition, lang) = (&props.competition.competition, props.lang);
    let words = text(lang);
    // `format!`, not a join of slices: one less copy of the join's code.
    let subtitle = match (competition.stage_in(lang), competition.dates_in(lang)) {
        (Some(stage), Some(dates)) => format!("{stage} · {dates}"),
        (Some(one), None) | (None, Some(one)) => one.to_string(),
        (None, None) => String::new(),
    };
    html! {
        <header class="cb-header">
            <div>
                <h1 class="cb-title">{ competition.name_in(lang) }</h1>
                if !subtitle.is_empty() {
                    <p class="cb-subtitle">{ subtitle }</p>
                }
            </div>
            <ul class="cb-legend" aria-label={words.key}>
                <li><b>{ "2 1 3" }</b>{ words.key_legs }</li>
                <li><b>{ words.mark_away }</b>{ words.key_away }</li>
                <li><b>{ "(5)" }</b>{ words.key_pens }</li>
                <li><b>{ words.mark_walkover }</b>{ words.key_walkover }</li>
                { for entered_kinds(&props.competition).into_iter().map(|entered| html! {
                    <li><b>{ entered_badge(&entered) }</b>{ (words.key_entered)(&entered) }</li>
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
