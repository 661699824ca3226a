//! A card of the last column: the team that went through a tie of the
//! competition's last round.

use yew::prelude::*;

use crate::components::renders;
use crate::markup::{badge, team_name};
use crate::state::{CardView, Shared};
use crate::view_model::CardFacts;

/// A qualified card's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct QualifiedCardProps {
    /// Whether the highlighted team is this one.
    pub view: CardView,
    /// The facts of the tie the team won.
    pub facts: Shared<CardFacts>,
    /// The language the widget writes in.
    pub lang: cup_bracket_core::model::Lang,
}

/// The team through, or "To be decided".
#[function_component]
pub fn QualifiedCard(props: &QualifiedCardProps) -> Html {
    renders::count("QualifiedCard");
    let lit = props.view.lit.is_some().then_some("");
    let hypothetical = props.facts.hypothetical.then_some("");
    html! {
        <div class="cb-card cb-qualified" data-on-path={lit} data-hypothetical={hypothetical}>
            if let Some(team) = &props.facts.winner_place {
                <span class="cb-team" data-through="">
                    { badge(&team.country, true, props.lang) }
                    { team_name(&team.name) }
                </span>
            } else {
                <span class="cb-team cb-pending">{ crate::i18n::text(props.lang).to_be_decided }</span>
            }
        </div>
    }
}
