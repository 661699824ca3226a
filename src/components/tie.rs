//! A tie's card: a disclosure button whose region holds one match box per
//! leg. A bye's card is a plain group. Opening a tie, or lighting a team's
//! path, changes the card's classes and attributes, never its content.

use cup_bracket_core::model::TieKind;
use cup_bracket_core::rules::Slot;
use yew::prelude::*;

use crate::components::match_box::MatchBox;
use crate::components::renders;
use crate::context::BracketContext;
use crate::markup::team_line;
use crate::state::{CardView, Shared};

/// A tie card's props: it renders when its own view changes.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct TieCardProps {
    /// Flat tie index.
    pub flat: usize,
    /// Whether it is open, and its part in the highlighted path.
    pub view: CardView,
    /// The widget's shared, unchanging part.
    pub cx: Shared<BracketContext>,
}

/// A tie, or a bye, in its node.
#[function_component]
pub fn TieCard(props: &TieCardProps) -> Html {
    renders::count("TieCard");
    let (flat, view, cx) = (props.flat, props.view, &props.cx);
    let model = &cx.model;
    let (Some(tie), Some(text), Some(result)) =
        (model.tie(flat), model.cards.get(flat), model.ties.get(flat))
    else {
        return Html::default();
    };
    let lines = text.lines.iter().enumerate().map(|(index, line)| {
        let slot = if index == 0 {
            Slot::First
        } else {
            Slot::Second
        };
        team_line(line, view.lit == Some(slot))
    });
    // State as attributes (and `aria-expanded`): literal classes. The card
    // holds its sentence and its team lines only (16 elements a tie), and
    // the browser skips laying out the cards out of view.
    let on_path = view.lit.is_some().then_some("");
    let round = cx.element_id("round", result.round);
    let card = cx.element_id("tie", flat);
    if matches!(tie.kind(), Some(TieKind::Bye(_))) {
        return html! {
            <div class="cb-card cb-bye" data-on-path={on_path} id={card} role="group"
                 aria-label={text.name.clone()} aria-describedby={round}>
                { for lines }
            </div>
        };
    }
    let on_click = {
        let on_toggle = cx.on_toggle.clone();
        Callback::from(move |_: MouseEvent| on_toggle.emit(flat))
    };
    let on_focus = {
        let cx = cx.clone();
        Callback::from(move |_: FocusEvent| cx.on_highlight.emit(cx.model.winner_number(flat)))
    };
    // The region its button controls exists while open only.
    let region = view.open.then(|| cx.element_id("boxes", flat));
    html! {
        <>
            <button type="button" class="cb-card cb-tie" id={card.clone()}
                    data-on-path={on_path}
                    aria-describedby={round}
                    aria-expanded={if view.open { "true" } else { "false" }}
                    aria-controls={region.clone()}
                    onclick={on_click} onfocus={on_focus}>
                // Named by this sentence, not an aria-label: the name then
                // holds all the button shows in words (WCAG 2.5.3, label in
                // name), the team lines being hidden from screen readers.
                <span class="cb-visually-hidden cb-tie-name">{ text.name.clone() }</span>
                { for lines }
            </button>
            if let Some(region) = region {
                <div class="cb-boxes" id={region} role="region" aria-labelledby={card}>
                    { for (0..tie.legs.len()).map(|leg| html! {
                        <MatchBox key={leg} {flat} {leg} cx={cx.clone()} />
                    }) }
                </div>
            }
        </>
    }
}
