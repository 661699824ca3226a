//! The events the widget sends its host: `tie-toggle` whenever a tie opens
//! or closes, its `detail` the tie's outcome line (the serde struct the
//! command-line tool prints) and whether it is open; `tie-decided` for each
//! tie the host's update decided, its `detail` the outcome line. Through
//! serde-wasm-bindgen.

use cup_bracket_core::outcomes::TieResult;
use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::NodeRef;

use crate::view_model::Model;

/// A `tie-toggle` event's detail: `{ tie, winner, loser, decided_by,
/// aggregate, summary, open }`.
#[derive(Serialize)]
pub struct ToggleDetail<'a> {
    /// The tie's outcome, as `cup-bracket outcomes` prints it.
    #[serde(flatten)]
    pub outcome: &'a TieResult,
    /// Whether the tie is now open.
    pub open: bool,
}

/// One `tie-toggle` event for each tie whose flag differs between `before`
/// and `after`: a click, a fragment or a history step alike, and none for a
/// change that opened nothing new (a fragment naming a tie already open).
pub fn announce_toggles(model: &Model, root: &NodeRef, before: &[bool], after: &[bool]) {
    let Some(root) = root.cast::<Element>() else {
        return;
    };
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    let changed = after
        .iter()
        .enumerate()
        .filter(|(tie, open)| before.get(*tie).copied().unwrap_or(false) != **open);
    for (tie, &open) in changed {
        let Some(outcome) = model.ties.get(tie) else {
            continue;
        };
        if let Ok(detail) = (ToggleDetail { outcome, open }).serialize(&serializer) {
            dispatch(&root, "tie-toggle", &detail);
        }
    }
}

/// One `tie-decided` event for each of `ties` (tie ids) still decided.
pub fn announce_decided(model: &Model, root: &NodeRef, ties: &[std::rc::Rc<str>]) {
    let Some(root) = root.cast::<Element>() else {
        return;
    };
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    let decided = |id: &str| {
        model.ties.iter().find(|outcome| {
            outcome.tie == id && outcome.decided_by != cup_bracket_core::rules::DecidedBy::Undecided
        })
    };
    for outcome in ties.iter().filter_map(|tie| decided(tie)) {
        if let Ok(detail) = outcome.serialize(&serializer) {
            dispatch(&root, "tie-decided", &detail);
        }
    }
}

/// Sends `name` with `detail` from the widget's root: bubbling, and
/// composed, so that it leaves the shadow root for the host's element.
fn dispatch(root: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = root.dispatch_event(&event);
    }
}
