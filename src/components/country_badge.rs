//! A team's country: its FIFA code in a badge, and the country's name as text
//! for screen readers (and as the badge's tooltip).

use yew::prelude::*;

use crate::countries::country_name;

/// The badge's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct CountryBadgeProps {
    /// FIFA trigram: "MAR".
    pub code: AttrValue,
}

/// "MAR" in a badge, read as "Morocco".
#[function_component]
pub fn CountryBadge(props: &CountryBadgeProps) -> Html {
    badge(&props.code)
}

/// The badge as plain markup, for the qualified column and the match boxes: a
/// component per badge would cost a component for every team line. (The tie
/// cards write the same markup as text, in `team.rs`.)
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
