//! The bracket: a column per round shown, then the qualified teams, in a grid
//! that scrolls inside its own frame, with the connector lines over it.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::app::WidgetConfig;
use crate::components::before_paint::use_before_first_paint;
use crate::components::connectors::Connectors;
use crate::components::qualified::QualifiedColumn;
use crate::components::renders;
use crate::components::round::RoundColumn;
use crate::state::{Action, StoreHandle, ViewState};
use crate::view_model::Model;

/// The bracket's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct BracketProps {
    /// The decided competition.
    pub model: Model,
    /// How the widget was mounted.
    pub config: Rc<WidgetConfig>,
    /// The state, handed to the components each change concerns.
    pub store: StoreHandle,
    /// Where actions go.
    pub dispatcher: UseReducerDispatcher<ViewState>,
}

/// The rounds shown, by index: those the host asked for, else all.
fn shown_rounds(model: &Model, config: &WidgetConfig) -> Vec<usize> {
    let rounds = &model.competition.rounds;
    (0..rounds.len())
        .filter(|&index| match &config.rounds {
            Some(ids) => rounds
                .get(index)
                .is_some_and(|round| ids.contains(&round.id)),
            None => true,
        })
        .collect()
}

/// The whole bracket.
#[function_component]
pub fn Bracket(props: &BracketProps) -> Html {
    renders::count("Bracket");
    let grid = use_node_ref();
    let model = &props.model;
    let shown = shown_rounds(model, &props.config);
    // The qualified column follows the competition's last round, when shown.
    let last_round = model
        .competition
        .rounds
        .len()
        .checked_sub(1)
        .filter(|last| shown.contains(last));
    let rows = shown
        .iter()
        .flat_map(|&round| model.ties_of_round(round))
        .filter_map(|flat| model.layout.placements.get(flat))
        .map(|placement| placement.row + placement.span)
        .max()
        .unwrap_or(0);
    let rounds_shown = shown.len();
    {
        // Through the CSSOM, not a style attribute: strict CSPs allow it. The
        // props never change, nor then the grid's size.
        let grid = grid.clone();
        use_before_first_paint(move || {
            if let Some(element) = grid.cast::<HtmlElement>() {
                let style = element.style();
                let _ = style.set_property("--cb-rows", &rows.max(1).to_string());
                let _ = style.set_property("--cb-rounds", &rounds_shown.max(1).to_string());
            }
        });
    }
    {
        // Hovering a team's line highlights its path: one listener for every
        // line, in the capture phase, as `mouseenter` does not bubble.
        let (grid, dispatcher) = (grid.clone(), props.dispatcher.clone());
        use_effect_with((), move |_| {
            let listener = grid.cast::<Element>().map(|grid| {
                let options = EventListenerOptions::run_in_capture_phase();
                EventListener::new_with_options(&grid, "mouseenter", options, move |event| {
                    let team = event
                        .target()
                        .and_then(|target| target.dyn_into::<Element>().ok())
                        .and_then(|element| element.get_attribute("data-team"));
                    if let Some(team) = team {
                        dispatcher.dispatch(Action::Highlight(Some(Rc::from(team))));
                    }
                })
            });
            move || drop(listener)
        });
    }
    let id_prefix = AttrValue::from(props.config.id_prefix.clone());
    html! {
        <div class="cb-frame">
            <div class="cb-grid" ref={grid.clone()}>
                { for shown.iter().map(|&round| html! {
                    <RoundColumn
                        key={round}
                        model={model.clone()}
                        {round}
                        store={props.store.clone()}
                        id_prefix={id_prefix.clone()}
                        dispatcher={props.dispatcher.clone()}
                    />
                }) }
                if let Some(round) = last_round {
                    <QualifiedColumn
                        model={model.clone()}
                        {round}
                        store={props.store.clone()}
                        id_prefix={id_prefix.clone()}
                    />
                }
                <Connectors
                    model={model.clone()}
                    store={props.store.clone()}
                    {last_round}
                    {grid}
                />
            </div>
        </div>
    }
}
