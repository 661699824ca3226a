//! The events the widget sends its host: `tie-toggle` whenever a tie opens
//! or closes, its `detail` the tie's outcome line (the serde struct the
//! command-line tool prints) and whether it is open; `tie-decided` for each
//! tie the host's update decided, its `detail` the outcome line. Through
//! serde-wasm-bindgen.

use cup_bracket_core::outcomes::{TeamNeed, TieResult};
use cup_bracket_core::rules::DecidedBy;
use serde::{Serialize, Serializer};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::NodeRef;

use crate::view_model::Model;

/// An event's detail: the tie's outcome line as `cup-bracket outcomes`
/// prints it (`tie`, `winner`, `loser`, `decided_by`, `aggregate`,
/// `summary`, `needs`: `TieResult`'s fields, in its order), and for
/// `tie-toggle` whether the tie is now open (`open`, last). Its own fields
/// rather than `TieResult` under `#[serde(flatten)]`, whose map serializer
/// and second `TieResult` serializer cost the wasm 0.9 KB gzipped; a test
/// keeps it the same as `TieResult`'s.
#[derive(Serialize)]
pub struct Detail<'a> {
    /// The tie's id.
    pub tie: &'a str,
    /// Team id of who went through; `None` while undecided.
    pub winner: &'a Option<String>,
    /// Team id of who went out; `None` while undecided and for a bye.
    pub loser: &'a Option<String>,
    /// What settled the tie.
    pub decided_by: DecidedBy,
    /// Goals of `teams[0]` and `teams[1]`; `None` for a bye.
    pub aggregate: Option<[u32; 2]>,
    /// "IR Tanger won 3–1 on aggregate."
    pub summary: &'a str,
    /// What each team needs in the last leg, as the outcome line writes it.
    #[serde(skip_serializing_if = "no_needs", serialize_with = "needs_by_team")]
    pub needs: &'a Option<[TeamNeed; 2]>,
    /// `tie-toggle`: whether the tie is now open; `None` for `tie-decided`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open: Option<bool>,
}

impl<'a> Detail<'a> {
    /// The detail of `outcome`'s tie; `open` for a `tie-toggle`.
    pub fn new(outcome: &'a TieResult, open: Option<bool>) -> Self {
        Detail {
            tie: &outcome.tie,
            winner: &outcome.winner,
            loser: &outcome.loser,
            decided_by: outcome.decided_by,
            aggregate: outcome.aggregate,
            summary: &outcome.summary,
            needs: &outcome.needs,
            open,
        }
    }
}

fn no_needs(needs: &&Option<[TeamNeed; 2]>) -> bool {
    needs.is_none()
}

fn needs_by_team<S: Serializer>(
    needs: &&Option<[TeamNeed; 2]>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    cup_bracket_core::outcomes::needs_by_team(needs, serializer)
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
        if let Ok(detail) = Detail::new(outcome, Some(open)).serialize(&serializer) {
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
        if let Ok(detail) = Detail::new(outcome, None).serialize(&serializer) {
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use cup_bracket_core::as_of::as_of;
    use cup_bracket_core::outcomes::outcomes;

    use super::*;

    /// Every tie's detail is its outcome line, as `TieResult` serializes it,
    /// with `open` last for `tie-toggle`: on the whole competition and on a
    /// day when second legs were still to play (ties with needs).
    #[test]
    fn a_detail_is_the_outcome_line_and_open() {
        let competition = crate::data::compiled_in().expect("the compiled-in data");
        let midway = as_of(&competition, "2017-02-15").expect("a day");
        let mut with_needs = 0;
        for competition in [&competition, &midway] {
            for outcome in outcomes(competition) {
                with_needs += usize::from(outcome.needs.is_some());
                let line = serde_json::to_string(&outcome).expect("a line");
                let decided = serde_json::to_string(&Detail::new(&outcome, None)).expect("json");
                assert_eq!(decided, line);
                let toggle =
                    serde_json::to_string(&Detail::new(&outcome, Some(true))).expect("json");
                let line = line.strip_suffix('}').expect("an object");
                let open = format!("{line},\"open\":true}}");
                assert_eq!(toggle, open);
            }
        }
        assert!(with_needs > 0, "some tie has needs");
    }
}
