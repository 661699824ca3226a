//! A card of the last column: the team that went through a tie of the
//! competition's last round.

use yew::prelude::*;

use crate::components::renders;
use crate::context::BracketContext;
use crate::markup::{badge, team_name};
use crate::state::{CardView, Shared};

/// A qualified card's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct QualifiedCardProps {
    /// Flat index of the tie the team won.
    pub flat: usize,
    /// Whether the highlighted team is this one.
    pub view: CardView,
    /// The widget's shared, unchanging part.
    pub cx: Shared<BracketContext>,
}

/// The team through, or "To be decided".
#[function_component]
pub fn QualifiedCard(props: &QualifiedCardProps) -> Html {
    renders::count("QualifiedCard");
    let model = &props.cx.model;
    let team = model.winner(props.flat).and_then(|id| model.team(id));
    let lit = props.view.lit.is_some().then_some("");
    html! {
        <div class="cb-card cb-qualified" data-on-path={lit}>
            if let Some(team) = team {
                <span class="cb-team" data-through="">
                    { badge(&team.country, true) }
                    { team_name(&team.name) }
                </span>
            } else {
                <span class="cb-team cb-pending">{ "To be decided" }</span>
            }
        </div>
    }
}
