//! A tie's card: a disclosure button whose region holds what each team needs
//! (when one leg is left to play) and one match box per leg. A bye's card is
//! a plain group. Opening a tie, or lighting a team's path, changes the
//! card's classes and attributes, never its content.

use cup_bracket_core::rules::Slot;
use yew::prelude::*;

use crate::components::match_box::MatchBox;
use crate::components::renders;
use crate::context::BracketContext;
use crate::markup::team_line;
use crate::state::{CardView, Shared};
use crate::view_model::CardFacts;

/// A tie card's props: it renders when its own view or facts change.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct TieCardProps {
    /// Flat tie index.
    pub flat: usize,
    /// Whether it is open, and its part in the highlighted path.
    pub view: CardView,
    /// What it shows of the competition.
    pub facts: Shared<CardFacts>,
    /// The widget's shared part.
    pub cx: Shared<BracketContext>,
}

/// A tie, or a bye, in its node.
#[function_component]
pub fn TieCard(props: &TieCardProps) -> Html {
    renders::count("TieCard");
    let (flat, view, facts, cx) = (props.flat, props.view, &props.facts, &props.cx);
    let lines = facts.lines.iter().enumerate().map(|(index, line)| {
        let slot = if index == 0 {
            Slot::First
        } else {
            Slot::Second
        };
        team_line(line, view.lit == Some(slot), cx.lang)
    });
    // State as attributes (and `aria-expanded`): literal classes. The card
    // holds its sentence and its team lines only (16 elements a tie), and
    // the browser skips laying out the cards out of view.
    let on_path = view.lit.is_some().then_some("");
    let hypothetical = facts.hypothetical.then_some("");
    let round = cx.element_id("round", facts.round);
    let card = cx.element_id("tie", flat);
    if facts.bye {
        return html! {
            <div class="cb-card cb-bye" data-on-path={on_path} id={card} role="group"
                 aria-label={facts.name.clone()} aria-describedby={round}>
                { for lines }
            </div>
        };
    }
    let on_click = {
        let on_toggle = cx.on_toggle.clone();
        Callback::from(move |_: MouseEvent| on_toggle.emit(flat))
    };
    let on_focus = {
        let (on_highlight, winner) = (cx.on_highlight.clone(), facts.winner.clone());
        Callback::from(move |_: FocusEvent| on_highlight.emit(winner.as_deref().map(Into::into)))
    };
    // The region its button controls exists while open only.
    let region = view.open.then(|| cx.element_id("boxes", flat));
    let words = crate::i18n::text(cx.lang);
    let name = if facts.hypothetical {
        format!("{}{}", facts.name, words.what_if_mark)
    } else {
        facts.name.clone()
    };
    html! {
        <>
            <button type="button" class="cb-card cb-tie" id={card.clone()}
                    data-on-path={on_path} data-hypothetical={hypothetical}
                    aria-describedby={round}
                    aria-expanded={if view.open { "true" } else { "false" }}
                    aria-controls={region.clone()}
                    onclick={on_click} onfocus={on_focus}>
                // Named by this sentence, not an aria-label: the name then
                // holds all the button shows in words (WCAG 2.5.3, label in
                // name), the team lines being hidden from screen readers.
                <span class="cb-visually-hidden cb-tie-name">{ name }</span>
                { for lines }
            </button>
            if let Some(region) = region {
                <div class="cb-boxes" id={region} role="region" aria-labelledby={card}>
                    if facts.hypothetical {
                        <p class="cb-hypothetical-note">
                            { words.hypothetical_note }
                        </p>
                    }
                    if !facts.needs.is_empty() {
                        <section class="cb-needs" aria-labelledby={cx.element_id("needs", flat)}>
                            <h3 id={cx.element_id("needs", flat)}>{ words.needs_heading }</h3>
                            <dl>
                                { for facts.needs.iter().map(|(team, need)| html! {
                                    <>
                                        <dt>{ team }</dt>
                                        <dd>{ need }</dd>
                                    </>
                                }) }
                            </dl>
                        </section>
                    }
                    { for (0..facts.legs.len()).map(|leg| html! {
                        <MatchBox key={leg} facts={facts.clone()} {leg} cx={cx.clone()} />
                    }) }
                </div>
            }
        </>
    }
}
