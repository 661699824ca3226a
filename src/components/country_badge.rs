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
    match country_name(&props.code) {
        Some(country) => html! {
            <>
                <span class="cb-badge" title={country} aria-hidden="true">{ &props.code }</span>
                <span class="cb-visually-hidden">{ format!("({country})") }</span>
            </>
        },
        None => html! { <span class="cb-badge">{ &props.code }</span> },
    }
}
