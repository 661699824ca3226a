//! A team's country: its FIFA code in a badge, and the country's name as text
//! for screen readers (and as the badge's tooltip).

use yew::prelude::*;

use crate::countries::country_name;

/// The badge as plain markup, for the qualified column: a component per
/// badge would cost a component for every team line. (The tie cards and the
/// match boxes write the same markup as text: `team::badge`.)
pub fn badge(code: &AttrValue) -> Html {
    match country_name(code) {
        Some(country) => html! {
            <>
                <span class="cb-badge" title={country} aria-hidden="true">{ code.clone() }</span>
                <span class="cb-visually-hidden">{ format!("({country})") }</span>
            </>
        },
        None => html! { <span class="cb-badge">{ code.clone() }</span> },
    }
}
