//! Trying a score for a leg still to play: a stepper for each team's goals,
//! usable with a pointer, the keyboard and a screen reader (buttons with
//! names, the score read out as it changes). The tie and every later round
//! follow at once; nothing is written to the host's data.

use cup_bracket_core::model::Score;
use yew::prelude::*;

use crate::components::renders;
use crate::context::BracketContext;
use crate::state::Shared;

/// The most goals a side may be given.
const MOST: u8 = 20;

/// A what-if's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct WhatIfProps {
    /// The leg's match id.
    pub leg: String,
    /// The host's name.
    pub home: String,
    /// The visitor's name.
    pub away: String,
    /// The score tried, if any.
    pub score: Option<Score>,
    /// The widget's shared part.
    pub cx: Shared<BracketContext>,
}

/// The steppers of one leg.
#[function_component]
pub fn WhatIf(props: &WhatIfProps) -> Html {
    renders::count("WhatIf");
    let score = props.score;
    // Where the focus goes when "Take this score back" (gone then) is pressed.
    let first_more = use_node_ref();
    let set = |next: Option<Score>| {
        let (on_what_if, leg) = (props.cx.on_what_if.clone(), props.leg.clone());
        Callback::from(move |_: MouseEvent| on_what_if.emit((leg.clone(), next)))
    };
    // A side's goals one more or one fewer; the first press starts at 0–0.
    let stepped = |side: usize, more: bool| -> Option<Score> {
        let mut next = score.unwrap_or([0, 0]);
        next[side] = if more {
            next[side].saturating_add(1).min(MOST)
        } else {
            next[side].saturating_sub(1)
        };
        Some(next)
    };
    let take_back = {
        let (on_what_if, leg) = (props.cx.on_what_if.clone(), props.leg.clone());
        let first_more = first_more.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(button) = first_more.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
            on_what_if.emit((leg.clone(), None));
        })
    };
    let words = crate::i18n::text(props.cx.lang);
    let stepper = |side: usize, team: &str| {
        let more_ref = if side == 0 {
            first_more.clone()
        } else {
            NodeRef::default()
        };
        let goals = score.map(|score| score[side]);
        let fewer = goals.is_none_or(|goals| goals == 0);
        html! {
            <div class="cb-stepper">
                <span class="cb-stepper-team">{ team.to_string() }</span>
                <button type="button" class="cb-step" aria-label={(words.goal_fewer)(team)}
                        disabled={fewer} onclick={set(stepped(side, false))}>{ "−" }</button>
                <output class="cb-step-goals" aria-label={(words.goals_of)(team)}>
                    { goals.map_or_else(|| "–".to_string(), |goals| goals.to_string()) }
                </output>
                <button type="button" class="cb-step" aria-label={(words.goal_more)(team)} ref={more_ref}
                        disabled={goals == Some(MOST)} onclick={set(stepped(side, true))}>{ "+" }</button>
            </div>
        }
    };
    html! {
        <div class="cb-what-if" role="group" aria-label={(words.what_if_group)(&props.home, &props.away)}>
            <p class="cb-what-if-title">{ words.what_if_title }</p>
            { stepper(0, &props.home) }
            { stepper(1, &props.away) }
            if score.is_some() {
                <button type="button" class="cb-what-if-clear" onclick={take_back}>
                    { words.take_back }
                </button>
            }
        </div>
    }
}
