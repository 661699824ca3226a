//! A live competition through the handle's `update(data)`: the widget is
//! drawn anew in place, open ties staying open and the focus where it was;
//! only the ties whose facts changed render again; each tie the update
//! decides is announced with a `tie-decided` event. The pointer and keyboard
//! tests of the built pages (xtask, `live`) drive the match days and what-ifs.

use std::cell::RefCell;
use std::rc::Rc;

use cup_bracket::components::renders;
use cup_bracket::data::compiled_in;
use cup_bracket::options::Options;
use cup_bracket_core::as_of::as_of;
use cup_bracket_core::model::{Competition, MatchStatus};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{mount, press, settle, tie_name, Mounted};

/// `competition` as a host's JavaScript object.
fn as_js(competition: &Competition) -> JsValue {
    let json = serde_json::to_string(competition).expect("a competition serializes");
    js_sys::JSON::parse(&json).expect("JSON")
}

/// `then` with the leg `id` played as `whole` has it, and the places its
/// result decides filled in.
fn with_leg_played(then: &Competition, whole: &Competition, id: &str) -> Competition {
    let played = whole
        .rounds
        .iter()
        .flat_map(|round| &round.ties)
        .flat_map(|tie| &tie.legs)
        .find(|leg| leg.id == id)
        .expect("the leg")
        .clone();
    let mut after = then.clone();
    let leg = after
        .rounds
        .iter_mut()
        .flat_map(|round| &mut round.ties)
        .flat_map(|tie| &mut tie.legs)
        .find(|leg| leg.id == id)
        .expect("the leg");
    assert_eq!(leg.status, MatchStatus::Scheduled);
    *leg = played;
    cup_bracket_core::places::fill_decided(&mut after);
    after
}

/// The competition at the end of 12 March 2017, and then with one more leg
/// played: IR Tanger 3–0 AS Kaloum (18 March), which decides that tie (and
/// IR Tanger's place in the play-off tie with Horoya).
fn before_and_after_one_leg() -> (Competition, Competition) {
    let whole = compiled_in().expect("the compiled-in data");
    let before = as_of(&whole, "2017-03-12").expect("a day");
    let after = with_leg_played(&before, &whole, "IR Tanger v AS Kaloum");
    (before, after)
}

/// A widget drawing `competition` as a host's `data`, the fragment left alone.
async fn mount_with(competition: Competition) -> Mounted {
    mount(Options {
        hash: Some(false),
        data: Some(competition),
        ..Options::default()
    })
    .await
}

/// The summaries of the `tie-decided` events the host element receives.
struct DecidedEvents {
    seen: Rc<RefCell<Vec<String>>>,
    _listener: gloo::events::EventListener,
}

impl DecidedEvents {
    fn listen(host: &web_sys::Element) -> Self {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let listener = {
            let seen = seen.clone();
            gloo::events::EventListener::new(host, "tie-decided", move |event| {
                let detail = event
                    .dyn_ref::<web_sys::CustomEvent>()
                    .map(web_sys::CustomEvent::detail)
                    .unwrap_or(JsValue::NULL);
                let summary = js_sys::Reflect::get(&detail, &"summary".into())
                    .ok()
                    .and_then(|summary| summary.as_string())
                    .unwrap_or_default();
                seen.borrow_mut().push(summary);
            })
        };
        DecidedEvents {
            seen,
            _listener: listener,
        }
    }

    fn take(&self) -> Vec<String> {
        self.seen.take()
    }
}

#[wasm_bindgen_test]
async fn an_update_keeps_the_open_tie_open_and_focused_and_renders_only_what_changed() {
    let (before, after) = before_and_after_one_leg();
    let widget = mount_with(before).await;
    let events = DecidedEvents::listen(&widget.host);
    let kaloum = "AS Kaloum (Guinea) v IR Tanger (Morocco)";
    press(&widget.team_in(kaloum, "IR Tanger")).await;
    let button = widget.tie(kaloum);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(widget.shadow.active_element() == Some(button.clone().into()));
    // Undecided, one leg to play: what each needs is in the open tie.
    let region = widget.region_of(&button).expect("open");
    assert!(region
        .text_content()
        .unwrap_or_default()
        .contains("Win by 2 goals or more"));
    let play_off = widget.tie("Horoya (Guinea) v Winner of AS Kaloum v IR Tanger");
    let cards_before = renders::of("TieCard");

    widget.update(as_js(&after)).expect("a valid competition");
    settle().await;

    // The same element, still open and focused, now decided.
    let button_now = widget.tie("AS Kaloum (Guinea) v IR Tanger (Morocco)");
    assert!(
        button_now.is_same_node(Some(&button)),
        "the tie was drawn anew"
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(widget.shadow.active_element() == Some(button.clone().into()));
    assert!(tie_name(&button).ends_with("IR Tanger won 3–1 on aggregate."));
    let region = widget.region_of(&button).expect("still open");
    assert!(!region
        .text_content()
        .unwrap_or_default()
        .contains("Win by 2 goals or more"));
    // Two ties' facts changed: this one, and the play-off tie it feeds,
    // which now names IR Tanger (the same card, its facts new).
    assert!(tie_name(&play_off).starts_with("Horoya (Guinea) v IR Tanger (Morocco)"));
    assert_eq!(renders::of("TieCard") - cards_before, 2);
    assert_eq!(events.take(), ["IR Tanger won 3–1 on aggregate."]);

    // An update that changes nothing renders no tie and decides none.
    let cards_before = renders::of("TieCard");
    widget.update(as_js(&after)).expect("a valid competition");
    settle().await;
    assert_eq!(renders::of("TieCard"), cards_before);
    assert!(events.take().is_empty());
    widget.destroy();
}

#[wasm_bindgen_test]
async fn updates_faster_than_the_widget_renders_announce_every_tie_they_decide() {
    let whole = compiled_in().expect("the compiled-in data");
    let (before, first) = before_and_after_one_leg();
    let second = with_leg_played(&first, &whole, "SuperSport United v Al-Ahly Shendi");
    let widget = mount_with(before).await;
    let events = DecidedEvents::listen(&widget.host);
    // Two updates in one task: the widget renders once, for the second.
    widget.update(as_js(&first)).expect("valid");
    widget.update(as_js(&second)).expect("valid");
    settle().await;
    let mut seen = events.take();
    seen.sort();
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert_eq!(seen[0], "IR Tanger won 3–1 on aggregate.");
    assert!(
        seen[1].starts_with("SuperSport United") || seen[1].starts_with("Al-Ahly Shendi"),
        "{seen:?}"
    );
    // Announced once: a later update that decides nothing announces nothing.
    widget.update(as_js(&second)).expect("valid");
    settle().await;
    assert!(events.take().is_empty());
    widget.destroy();
}

#[wasm_bindgen_test]
async fn a_bad_update_throws_a_message_with_its_place_and_leaves_the_bracket_as_it_was() {
    let (before, _) = before_and_after_one_leg();
    let widget = mount_with(before).await;
    let cards = widget.all("button.cb-tie").len();
    let mut broken = serde_json::to_value(compiled_in().expect("data")).expect("json");
    broken["rounds"][1]["ties"][0]["legs"][0]["score"] = serde_json::json!([1, "two"]);
    let broken = js_sys::JSON::parse(&broken.to_string()).expect("JSON");
    let error = widget.update(broken).expect_err("refused");
    let message = error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .unwrap_or_default();
    assert!(
        message.starts_with("cup-bracket: update(data): `rounds[1].ties[0].legs[0].score[1]`"),
        "{message}"
    );
    settle().await;
    assert_eq!(widget.all("button.cb-tie").len(), cards);
    assert!(widget
        .tie("AS Kaloum (Guinea) v IR Tanger (Morocco)")
        .is_connected());
    widget.destroy();
}

#[wasm_bindgen_test]
async fn data_made_in_another_realm_is_read_like_the_page_s_own() {
    // A frame's objects are not `instanceof` the page's `Object`; a host may
    // well pass one (or a test driver, from its sandbox).
    let (before, after) = before_and_after_one_leg();
    let document = gloo::utils::document();
    let frame: web_sys::HtmlIFrameElement = document
        .create_element("iframe")
        .expect("an iframe")
        .dyn_into()
        .expect("an iframe element");
    document
        .body()
        .expect("a body")
        .append_child(&frame)
        .expect("appended");
    let realm = frame.content_window().expect("the frame's window");
    let parse = |competition: &Competition| -> JsValue {
        let json = js_sys::Reflect::get(&realm, &"JSON".into()).expect("its JSON");
        let parse: js_sys::Function = js_sys::Reflect::get(&json, &"parse".into())
            .expect("JSON.parse")
            .dyn_into()
            .expect("a function");
        let text = serde_json::to_string(competition).expect("serialized");
        parse.call1(&json, &text.into()).expect("parsed")
    };
    let foreign = parse(&before);
    assert!(!foreign.is_instance_of::<js_sys::Object>());
    let widget = mount_with(before.clone()).await;
    widget
        .update(foreign)
        .expect("read like the page's own object");
    widget
        .update(parse(&after))
        .expect("read like the page's own object");
    settle().await;
    let kaloum = widget.tie("AS Kaloum (Guinea) v IR Tanger (Morocco)");
    assert!(tie_name(&kaloum).ends_with("IR Tanger won 3–1 on aggregate."));
    frame.remove();
    widget.destroy();
}
