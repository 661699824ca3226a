//! Small pieces of markup that several components draw: a team's country
//! badge and its line in a tie's card. Functions, not components: a card
//! draws them again whenever it renders, and they hold no state.

use cup_bracket_core::model::Lang;
use yew::prelude::*;

use crate::countries::country_name;
use crate::scoreline::{entered_badge, Line};

/// "MAR" in a badge, its title the country in `lang` ("Morocco"); `spoken`
/// adds the country in words for screen readers (where the badge's text is read).
pub fn badge(country: &str, spoken: bool, lang: Lang) -> Html {
    match country_name(country, lang) {
        Some(name) if spoken => html! {
            <>
                <span class="cb-badge" title={name} aria-hidden="true">{ country.to_string() }</span>
                <span class="cb-visually-hidden">{ format!("({name})") }</span>
            </>
        },
        Some(name) => html! {
            <span class="cb-badge" title={name}>{ country.to_string() }</span>
        },
        None => html! { <span class="cb-badge">{ country.to_string() }</span> },
    }
}

/// A team's name, cut short with an ellipsis where the card is too narrow
/// (its title holds it whole).
pub fn team_name(name: &str) -> Html {
    html! {
        <span class="cb-name-text" title={name.to_string()}>{ name.to_string() }</span>
    }
}

/// A team's line in a tie's card: badge, name, where it entered from, each
/// leg's goals, the aggregate and the mark (when there is one). Hidden from
/// screen readers: the card's sentence says it all in words. Its
/// `data-team` is what hovering it highlights.
pub fn team_line(line: &Line, lit: bool, lang: Lang) -> Html {
    let (through, lit) = (line.through.then_some(""), lit.then_some(""));
    html! {
        <span class="cb-team" data-through={through} data-lit={lit} data-team={line.id.clone()}
              aria-hidden="true">
            { badge(&line.country, false, lang) }
            { team_name(&line.name) }
            if let Some(entered) = &line.entered {
                <span class="cb-entered" title={entered.clone()}>{ entered_badge(entered) }</span>
            }
            { for line.legs.iter().map(|goals| html! { <span class="cb-goals">{ goals }</span> }) }
            <span class="cb-aggregate">{ &line.aggregate }</span>
            if !line.mark.is_empty() {
                <span class="cb-mark">{ &line.mark }</span>
            }
        </span>
    }
}
