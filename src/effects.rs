//! What follows a change of state, outside the reducer: the page's fragment and
//! history, scrolling a match into view (the host's events: `events.rs`).
//!
//! The fragment names a match (`#IR_Tanger_v_AS_Kaloum`, as a link to that
//! section of the article would) and, on a widget that replays the
//! competition, the day shown (`#day=2017-03-12`, or both:
//! `#IR_Tanger_v_AS_Kaloum&day=2017-03-12`).

use cup_bracket_core::as_of::Day;
use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::{NodeRef, UseReducerDispatcher};

use crate::config::WidgetConfig;
use crate::format::fragment_id;
use crate::state::{Action, Change, Source, ViewState};
use crate::view_model::Model;

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

/// What the page's fragment names: a match, and a day.
#[derive(Debug, Default, PartialEq, Eq)]
struct Fragment {
    match_id: Option<String>,
    day: Option<Day>,
}

/// Reads a fragment's text (after `#`, still encoded).
fn read_fragment(raw: &str) -> Fragment {
    let decoded = js_sys::decode_uri_component(raw)
        .map(String::from)
        .unwrap_or_else(|_| raw.to_string());
    let mut fragment = Fragment::default();
    for part in decoded.split('&').filter(|part| !part.is_empty()) {
        match part.strip_prefix("day=") {
            Some(day) => fragment.day = Day::parse(day).ok(),
            None => fragment.match_id = Some(part.replace('_', " ")),
        }
    }
    fragment
}

/// The page's fragment, read.
fn fragment() -> Fragment {
    let url = page_url();
    url.split_once('#')
        .map(|(_, raw)| read_fragment(raw))
        .unwrap_or_default()
}

/// Whether the page's fragment names a match (a tie to open at start).
pub fn fragment_names_a_match() -> bool {
    fragment().match_id.is_some()
}

/// A fragment's text for a match and a day.
fn fragment_text(match_id: Option<&str>, day: Option<Day>) -> String {
    let match_part = match_id.map(fragment_id);
    let day_part = day.map(|day| format!("day={day}"));
    let parts: Vec<String> = match_part.into_iter().chain(day_part).collect();
    format!("#{}", parts.join("&"))
}

/// Opens the tie the page's fragment names, and shows its day, if it names
/// them (the day only on a widget that replays the competition).
pub fn reveal_fragment(model: &Model, replay: bool, dispatcher: &UseReducerDispatcher<ViewState>) {
    let fragment = fragment();
    if let Some(day) = fragment.day.filter(|_| replay) {
        dispatcher.dispatch(Action::AsOf(Some(day)));
    }
    if let Some(match_id) = fragment.match_id {
        match model.tie_of_match(&match_id) {
            Some(tie) => dispatcher.dispatch(Action::Reveal {
                tie,
                match_id,
                source: Source::History,
            }),
            None => warn_unknown_match(&match_id),
        }
    }
}

/// Follows Back and Forward: the open ties come from the history entry we
/// wrote, or, for an entry we did not write, from its fragment alone; the
/// day from the fragment.
pub fn listen_to_history(
    model: Model,
    replay: bool,
    dispatcher: UseReducerDispatcher<ViewState>,
) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |event| {
        let state = event
            .dyn_ref::<web_sys::PopStateEvent>()
            .map(|event| event.state())
            .unwrap_or(JsValue::NULL);
        let mut open = open_ties_of(&state);
        let mut landed = None;
        let fragment = fragment();
        if replay {
            dispatcher.dispatch(Action::AsOf(fragment.day));
        }
        if let Some(match_id) = fragment.match_id {
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
    day: Option<Day>,
) {
    if config.hash && change.source == Source::Person {
        write_history(model, change, open, day.filter(|_| config.replay));
    }
    if let (Some(root), Some(match_id)) = (root.cast::<Element>(), &change.scroll_to) {
        scroll_to_match(&root, match_id);
    }
}

/// The open ties as a history entry's state: their flat indices.
fn history_state(open: &[bool]) -> JsValue {
    let open_ties: Vec<usize> = open
        .iter()
        .enumerate()
        .filter(|(_, open)| **open)
        .map(|(tie, _)| tie)
        .collect();
    serde_wasm_bindgen::to_value(&open_ties).unwrap_or(JsValue::NULL)
}

/// Opening pushes the tie's fragment; closing rewrites the entry in place.
fn write_history(model: &Model, change: &Change, open: &[bool], day: Option<Day>) {
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let state = history_state(open);
    let first_leg = model.tie(change.tie).and_then(|tie| tie.legs.first());
    if change.open {
        if let Some(leg) = first_leg {
            let url = fragment_text(Some(&leg.id), day);
            let _ = history.push_state_with_url(&state, "", Some(&url));
        }
    } else {
        let shows_this_tie =
            fragment().match_id.and_then(|id| model.tie_of_match(&id)) == Some(change.tie);
        if shows_this_tie {
            let _ = history.replace_state_with_url(&state, "", Some(&fragment_text(None, day)));
        } else {
            let _ = history.replace_state_with_url(&state, "", None);
        }
    }
}

/// The day picked on the replay control, in the fragment (in place: a day
/// is a view of the page, not a step to go back to), beside the match of
/// the tie last opened.
pub fn write_day(model: &Model, open: &[bool], opened: Option<usize>, day: Option<Day>) {
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let current = fragment();
    if current.day == day {
        return;
    }
    let match_id = current.match_id.or_else(|| {
        let leg = model.tie(opened?)?.legs.first()?;
        Some(leg.id.clone())
    });
    let url = fragment_text(match_id.as_deref(), day);
    let _ = history.replace_state_with_url(&history_state(open), "", Some(&url));
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
