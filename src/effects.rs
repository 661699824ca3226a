//! What follows a change of state, outside the reducer: the page's fragment and
//! history, scrolling a match into view (the host's events: `events.rs`).

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::{NodeRef, UseReducerDispatcher};

use crate::config::WidgetConfig;
use crate::format::fragment_id;
use crate::state::{Action, Change, Source, ViewState};
use crate::view_model::Model;

/// Opens the tie of a match and scrolls to it; a match the data lacks is
/// ignored with one warning.
pub fn reveal(
    model: &Model,
    match_id: &str,
    source: Source,
    dispatcher: &UseReducerDispatcher<ViewState>,
) {
    match model.tie_of_match(match_id) {
        Some(tie) => dispatcher.dispatch(Action::Reveal {
            tie,
            match_id: match_id.to_string(),
            source,
        }),
        None => warn_unknown_match(match_id),
    }
}

/// The one warning for a fragment or an `open` that names no match.
fn warn_unknown_match(match_id: &str) {
    gloo::console::warn!(format!(
        "cup-bracket: no match is called \"{match_id}\"; ignored"
    ));
}

/// The page's address: one import for the fragment and the address without
/// it (`location.hash`, `pathname` and `search` cost the bundle three).
fn page_url() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// The match named by the page's fragment (`#IR_Tanger_v_AS_Kaloum`), if any.
fn fragment_match() -> Option<String> {
    let url = page_url();
    let (_, raw) = url.split_once('#')?;
    if raw.is_empty() {
        return None;
    }
    let decoded = js_sys::decode_uri_component(raw)
        .map(String::from)
        .unwrap_or_else(|_| raw.to_string());
    Some(decoded.replace('_', " "))
}

/// Opens the tie the page's fragment names, if it names one.
pub fn reveal_fragment(model: &Model, dispatcher: &UseReducerDispatcher<ViewState>) {
    if let Some(match_id) = fragment_match() {
        reveal(model, &match_id, Source::History, dispatcher);
    }
}

/// Follows Back and Forward: the open ties come from the history entry we
/// wrote, or, for an entry we did not write, from its fragment alone.
pub fn listen_to_history(
    model: Model,
    dispatcher: UseReducerDispatcher<ViewState>,
) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |event| {
        let state = event
            .dyn_ref::<web_sys::PopStateEvent>()
            .map(|event| event.state())
            .unwrap_or(JsValue::NULL);
        let mut open = open_ties_of(&state);
        let mut landed = None;
        if let Some(match_id) = fragment_match() {
            match model.tie_of_match(&match_id) {
                Some(tie) => {
                    if !open.contains(&tie) {
                        open.push(tie);
                    }
                    landed = Some((tie, match_id));
                }
                None => warn_unknown_match(&match_id),
            }
        }
        dispatcher.dispatch(Action::Restore { open, landed });
    })
}

/// The open ties a history entry of ours holds: an array of flat indices
/// (none for an entry another script wrote).
fn open_ties_of(state: &JsValue) -> Vec<usize> {
    crate::reader::from_value(state.clone()).unwrap_or_default()
}

/// History and scrolling after a tie opened or closed.
pub fn after_change(
    model: &Model,
    config: &WidgetConfig,
    root: &NodeRef,
    change: &Change,
    open: &[bool],
) {
    if config.hash && change.source == Source::Person {
        write_history(model, change, open);
    }
    if let (Some(root), Some(match_id)) = (root.cast::<Element>(), &change.scroll_to) {
        scroll_to_match(&root, match_id);
    }
}

/// Opening pushes the tie's fragment; closing rewrites the entry in place.
fn write_history(model: &Model, change: &Change, open: &[bool]) {
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let open_ties: Vec<usize> = open
        .iter()
        .enumerate()
        .filter(|(_, open)| **open)
        .map(|(tie, _)| tie)
        .collect();
    let state = serde_wasm_bindgen::to_value(&open_ties).unwrap_or(JsValue::NULL);
    let first_leg = model.tie(change.tie).and_then(|tie| tie.legs.first());
    if change.open {
        if let Some(leg) = first_leg {
            let url = format!("#{}", fragment_id(&leg.id));
            let _ = history.push_state_with_url(&state, "", Some(&url));
        }
    } else {
        let shows_this_tie =
            fragment_match().and_then(|id| model.tie_of_match(&id)) == Some(change.tie);
        let url = page_url();
        let without_fragment = url.split_once('#').map_or(url.as_str(), |(page, _)| page);
        let url = shows_this_tie.then_some(without_fragment);
        let _ = history.replace_state_with_url(&state, "", url);
    }
}

/// Scrolls the match box with this match's id into view.
fn scroll_to_match(root: &Element, match_id: &str) {
    let id = fragment_id(match_id);
    let Ok(boxes) = root.query_selector_all(".cb-match") else {
        return;
    };
    for index in 0..boxes.length() {
        let Some(element) = boxes
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        else {
            continue;
        };
        if element.id() == id {
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Center);
            options.set_behavior(ScrollBehavior::Instant);
            element.scroll_into_view_with_scroll_into_view_options(&options);
            return;
        }
    }
}
