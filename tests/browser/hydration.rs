//! Markup rendered at build time (the same components, natively: see
//! `prerender.rs` and its test that keeps the fixture true), taken over by
//! `mount` in the browser: the very nodes stay, and work as a fresh widget's.

use cup_bracket::mount::mount_with;
use cup_bracket::options::Options;
use cup_bracket_core::model::Competition;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, ShadowRoot};

use crate::support::{press, settle, ConsoleCounter};

/// `cup-bracket render` of the first round and the play-off round, light,
/// with Horoya v IR Tanger open.
const PRERENDERED: &str = include_str!("fixtures/prerendered.html");

/// A host element holding the markup as a page's parser would have made it:
/// a declarative shadow root. `innerHTML` makes none; `setHTMLUnsafe` makes
/// one for an element it parses, not the one it is called on.
fn host_with_markup() -> Element {
    let document = gloo::utils::document();
    let wrapper = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&wrapper)
        .expect("appended");
    let set: js_sys::Function = js_sys::Reflect::get(&wrapper, &"setHTMLUnsafe".into())
        .expect("setHTMLUnsafe")
        .dyn_into()
        .expect("a function");
    let page = format!("<div class=\"host\">{PRERENDERED}</div>");
    set.call1(&wrapper, &JsValue::from_str(&page))
        .expect("the markup parsed");
    let host = wrapper.first_element_child().expect("the host");
    // The host alone on the page, as a page would have it.
    wrapper.replace_with_with_node_1(&host).expect("unwrapped");
    host
}

fn shadow_of(host: &Element) -> ShadowRoot {
    host.shadow_root().expect("a declarative shadow root")
}

fn the_options() -> Options {
    Options {
        open: Some("Horoya v IR Tanger".into()),
        rounds: Some(vec!["first".into(), "play-off".into()]),
        theme: Some(cup_bracket::config::Theme::Light),
        hash: Some(false),
        ..Options::default()
    }
}

/// Every element of the widget, in document order.
fn elements(shadow: &ShadowRoot) -> Vec<Element> {
    let list = shadow.query_selector_all("*").expect("a selector");
    (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into().ok())
        .collect()
}

/// The comments left in the widget (Yew's hydration markers, before it runs).
fn comments(shadow: &ShadowRoot) -> usize {
    let walker = gloo::utils::document()
        .create_tree_walker_with_what_to_show(shadow, 0x80)
        .expect("a walker");
    let mut count = 0;
    while walker.next_node().ok().flatten().is_some() {
        count += 1;
    }
    count
}

#[wasm_bindgen_test]
async fn mount_hydrates_markup_rendered_with_the_same_options_keeping_every_node() {
    let errors = ConsoleCounter::new("error");
    let host = host_with_markup();
    let shadow = shadow_of(&host);
    let before = elements(&shadow);
    assert_eq!(
        shadow.query_selector_all("button.cb-tie").unwrap().length(),
        32
    );
    assert!(comments(&shadow) > 0, "the markup carries Yew's markers");
    let horoya = shadow
        .query_selector("button[aria-expanded='true']")
        .unwrap()
        .expect("Horoya v IR Tanger rendered open");
    let mut handle = mount_with(host.clone(), the_options()).expect("mounted");
    settle().await;
    assert!(
        horoya.is_connected(),
        "not hydrated: the fixture is older than the widget's code; \
         CUP_BRACKET_BLESS=1 cargo test --features ssr renders it anew"
    );
    // The very same nodes, in order; new ones only where the browser knows
    // more than the build did (the reader's own kick-off time); the markers gone.
    let after = elements(&shadow);
    let added: Vec<Element> = after
        .iter()
        .filter(|node| !before.iter().any(|old| old.is_same_node(Some(node))))
        .cloned()
        .collect();
    assert!(
        before.iter().all(|node| node.is_connected()),
        "a node was replaced"
    );
    assert_eq!(added.len(), 2, "one 'your time' a leg of the open tie");
    assert!(added.iter().all(|node| node.class_name() == "cb-yours"));
    assert_eq!(comments(&shadow), 0);
    assert!(horoya.is_connected());
    // Alive: a press on a closed tie opens it, one on the open tie closes it.
    let closed = shadow
        .query_selector("button[aria-expanded='false']")
        .unwrap()
        .expect("a closed tie");
    press(&closed).await;
    assert_eq!(
        closed.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    press(&horoya).await;
    assert_eq!(
        horoya.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(errors.count(), 0, "no error in the console");
    handle.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn markup_of_other_options_or_data_is_drawn_afresh_not_hydrated() {
    for options in [
        Options {
            theme: Some(cup_bracket::config::Theme::Dark),
            ..the_options()
        },
        Options {
            open: None,
            ..the_options()
        },
        Options {
            data: Some(other_competition()),
            ..the_options()
        },
    ] {
        let errors = ConsoleCounter::new("error");
        let host = host_with_markup();
        let shadow = shadow_of(&host);
        let old = shadow
            .query_selector("button.cb-tie")
            .unwrap()
            .expect("prerendered");
        let mut handle = mount_with(host.clone(), options).expect("mounted");
        settle().await;
        assert!(!old.is_connected(), "the old markup went");
        assert!(shadow.query_selector(".cb-root").unwrap().is_some());
        assert_eq!(errors.count(), 0);
        handle.destroy();
        host.remove();
    }
}

/// The compiled-in competition with one goal more in one leg.
fn other_competition() -> Competition {
    let mut competition = cup_bracket::data::compiled_in().expect("the compiled-in data");
    let leg = &mut competition.rounds[1].ties[0].legs[0];
    leg.score = leg.score.map(|[home, away]| [home + 1, away]);
    competition
}
