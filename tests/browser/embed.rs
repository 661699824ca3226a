//! The widget as a guest on a host page: the JavaScript API (`mount`, options
//! and their errors, `destroy()`), several widgets side by side, the
//! `tie-toggle` event, style isolation, the `<cup-bracket>` element, and a
//! competition supplied by the host.

use std::cell::RefCell;
use std::rc::Rc;

use cup_bracket::data::compiled_in;
use cup_bracket::mount::{live_widgets, mount, WidgetHandle};
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{CustomEvent, Element, HtmlElement, ShadowRoot};

use crate::support::{press, settle, tie_name, ConsoleCounter};

/// A new, empty element at the end of the body.
fn host() -> Element {
    let document = gloo::utils::document();
    let element = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

/// A JavaScript value from JSON text, as a host would write it.
fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

/// Mounts through the exported API and lets Yew render.
async fn mount_js(element: &Element, options: &str) -> WidgetHandle {
    let handle = mount(element.clone().into(), js(options))
        .map_err(JsValue::from)
        .unwrap_or_else(|error| panic!("mount refused {options}: {error:?}"));
    settle().await;
    handle
}

/// The message of the `Error` that `mount` threw.
fn refusal(element: &Element, options: JsValue) -> String {
    let shown = js_sys::JSON::stringify(&options).map(String::from);
    let Err(error) = mount(element.clone().into(), options) else {
        panic!("mount should have refused {shown:?}");
    };
    let error: js_sys::Error = JsValue::from(error)
        .dyn_into()
        .expect("a JavaScript Error is thrown");
    String::from(error.message())
}

fn shadow(element: &Element) -> ShadowRoot {
    element
        .shadow_root()
        .expect("the widget draws in a shadow root")
}

fn all(root: &ShadowRoot, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|index| list.item(index))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// The round headings a widget shows.
fn headings(root: &ShadowRoot) -> Vec<String> {
    all(root, "h2")
        .iter()
        .filter_map(|heading| heading.text_content())
        .collect()
}

/// The tie button whose accessible name starts with `teams`.
fn tie(root: &ShadowRoot, teams: &str) -> HtmlElement {
    all(root, "button.cb-tie")
        .into_iter()
        .find(|button| tie_name(button).starts_with(teams))
        .unwrap_or_else(|| panic!("no tie starts with {teams}"))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn mount_draws_in_a_shadow_root_and_destroy_takes_it_all_down() {
    let errors = ConsoleCounter::new("error");
    let before = live_widgets();
    let element = host();
    let mut handle = mount_js(&element, r#"{"hash": true}"#).await;
    let root = shadow(&element);
    assert_eq!(all(&root, ".cb-root").len(), 1);
    assert_eq!(all(&root, "button.cb-tie").len(), 52);
    assert_eq!(all(&root, "link[rel=stylesheet]").len(), 1);
    assert_eq!(live_widgets(), before + 1);

    handle.destroy();
    settle().await;
    assert_eq!(root.child_element_count(), 0, "the widget's DOM is gone");
    assert_eq!(live_widgets(), before);
    // Its history listener went with it: a fragment and a history step draw nothing.
    crate::support::set_fragment("#IR_Tanger_v_AS_Kaloum");
    let event = web_sys::PopStateEvent::new("popstate").unwrap();
    gloo::utils::window().dispatch_event(&event).unwrap();
    settle().await;
    assert_eq!(root.child_element_count(), 0);
    crate::support::set_fragment("");
    handle.destroy(); // a second call does nothing
    assert_eq!(errors.count(), 0);
    element.remove();
}

#[wasm_bindgen_test]
async fn mounting_into_an_element_that_holds_a_widget_replaces_it() {
    let before = live_widgets();
    let element = host();
    let mut first = mount_js(&element, r#"{"hash": false}"#).await;
    let mut second = mount_js(&element, r#"{"hash": false, "rounds": ["preliminary"]}"#).await;
    let root = shadow(&element);
    assert_eq!(all(&root, ".cb-root").len(), 1);
    assert_eq!(headings(&root), ["Preliminary round"]);
    assert_eq!(live_widgets(), before + 1);
    // The first handle's widget is gone: destroying it leaves the second alone.
    first.destroy();
    settle().await;
    assert_eq!(all(&root, ".cb-root").len(), 1);
    second.destroy();
    assert_eq!(live_widgets(), before);
    element.remove();
}

#[wasm_bindgen_test]
async fn two_widgets_do_not_affect_each_other() {
    let (a, b) = (host(), host());
    let mut first = mount_js(&a, r#"{"hash": false}"#).await;
    let mut second = mount_js(
        &b,
        r#"{"hash": false, "rounds": ["preliminary"], "theme": "dark"}"#,
    )
    .await;
    let (root_a, root_b) = (shadow(&a), shadow(&b));
    assert_eq!(
        headings(&root_a),
        [
            "Preliminary round",
            "First round",
            "Play-off round",
            "Group stage"
        ]
    );
    assert_eq!(headings(&root_b), ["Preliminary round"]);
    assert_eq!(
        all(&root_b, ".cb-root")[0]
            .get_attribute("data-theme")
            .as_deref(),
        Some("dark")
    );
    assert_eq!(
        all(&root_a, ".cb-root")[0]
            .get_attribute("data-theme")
            .as_deref(),
        Some("auto")
    );

    // Ids are unique per widget.
    let ids = |root: &ShadowRoot| -> Vec<String> {
        all(root, "button.cb-tie").iter().map(Element::id).collect()
    };
    let ids_b = ids(&root_b);
    assert!(ids(&root_a).iter().all(|id| !ids_b.contains(id)));

    // Opening a tie in one opens nothing in the other.
    let in_a = tie(&root_a, "Étoile du Congo");
    press(&in_a).await;
    assert_eq!(in_a.get_attribute("aria-expanded").as_deref(), Some("true"));
    let in_b = tie(&root_b, "Étoile du Congo");
    assert_eq!(
        in_b.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    // Destroying one leaves the other working.
    first.destroy();
    settle().await;
    press(&in_b).await;
    assert_eq!(in_b.get_attribute("aria-expanded").as_deref(), Some("true"));
    second.destroy();
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
fn every_options_error_names_its_field_and_draws_nothing() {
    let element = host();
    let cases: &[(&str, &str)] = &[
        (r#"{"colour": "red"}"#, "colour"),
        (r#"{"open": 3}"#, "`open`"),
        (r#"{"rounds": "preliminary"}"#, "`rounds`"),
        (r#"{"rounds": [1]}"#, "`rounds[0]`"),
        (r#"{"rounds": ["semi-finals"]}"#, "semi-finals"),
        (r#"{"theme": "blue"}"#, "`theme`"),
        (r#"{"hash": "yes"}"#, "`hash`"),
        (r#"{"asOf": "12 March 2017"}"#, "`asOf`"),
        (r#"{"asOf": "2017-02-30"}"#, "`asOf`"),
        (r#"{"asOf": 20170312}"#, "`asOf`"),
        (r#"{"as_of": "2017-03-12"}"#, "as_of"),
        (r#"{"replay": "yes"}"#, "`replay`"),
        (r#"{"lang": "de"}"#, "`lang`"),
        (r#"{"lang": "FR"}"#, "`lang`"),
        (r#"{"data": 5}"#, "`data`"),
        (r#"{"data": {"format": 1}}"#, "competition"),
        (r#""dark""#, "options must be an object"),
        ("[]", "options must be an object"),
    ];
    for (options, named) in cases {
        let message = refusal(&element, js(options));
        assert!(
            message.contains(named),
            "{options}: the message `{message}` should name {named}"
        );
        assert!(message.starts_with("cup-bracket: "), "{message}");
        assert!(element.shadow_root().is_none(), "{options} drew something");
    }
    let message = match mount(JsValue::NULL, JsValue::UNDEFINED) {
        Err(error) => String::from(
            JsValue::from(error)
                .dyn_into::<js_sys::Error>()
                .unwrap()
                .message(),
        ),
        Ok(_) => panic!("mount(null) should throw"),
    };
    assert!(message.contains("element"), "{message}");
    element.remove();
}

#[wasm_bindgen_test]
async fn a_bad_option_on_a_live_widget_leaves_it_as_it_was() {
    let element = host();
    let mut handle = mount_js(&element, r#"{"hash": false}"#).await;
    let message = refusal(&element, js(r#"{"theme": "purple"}"#));
    assert!(message.contains("theme"));
    settle().await;
    assert_eq!(all(&shadow(&element), "button.cb-tie").len(), 52);
    handle.destroy();
    element.remove();
}

#[wasm_bindgen_test]
async fn opening_and_closing_a_tie_sends_tie_toggle_with_its_outcome() {
    let element = host();
    let mut handle = mount_js(&element, r#"{"hash": false}"#).await;
    let seen: Rc<RefCell<Vec<(JsValue, bool)>>> = Rc::default();
    // On the document: the event bubbles out of the shadow root, through the host.
    let listener = EventListener::new(&gloo::utils::document(), "tie-toggle", {
        let seen = seen.clone();
        move |event| {
            let event = event.dyn_ref::<CustomEvent>().expect("a CustomEvent");
            seen.borrow_mut().push((event.detail(), event.bubbles()));
        }
    });
    let button = tie(&shadow(&element), "AS Kaloum");
    press(&button).await;
    press(&button).await;
    drop(listener);

    let seen = seen.borrow();
    assert_eq!(seen.len(), 2);
    let field = |detail: &JsValue, name: &str| js_sys::Reflect::get(detail, &name.into()).unwrap();
    let (detail, bubbles) = &seen[0];
    assert!(bubbles);
    assert_eq!(
        js_sys::JSON::stringify(detail)
            .unwrap()
            .as_string()
            .unwrap(),
        // The outcome line of `cup-bracket outcomes`, and whether it is open.
        r#"{"tie":"as-kaloum-v-ir-tanger","winner":"ir-tanger","loser":"as-kaloum","decided_by":"aggregate","aggregate":[1,3],"summary":"IR Tanger won 3–1 on aggregate.","open":true}"#
    );
    assert_eq!(field(&seen[1].0, "open").as_bool(), Some(false));
    assert_eq!(
        field(&seen[1].0, "tie").as_string().as_deref(),
        Some("as-kaloum-v-ir-tanger")
    );
    handle.destroy();
    element.remove();
}

#[wasm_bindgen_test]
async fn host_styles_stay_out_and_the_widget_adds_none_to_the_page() {
    let document = gloo::utils::document();
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(
        "button { font-size: 40px !important; } .cb-root, .cb-tie { display: none !important; }",
    ));
    document.head().unwrap().append_child(&style).unwrap();
    let page_sheets = || {
        document
            .query_selector_all("style, link[rel=stylesheet]")
            .unwrap()
            .length()
    };
    let sheets_before = page_sheets();

    let element = host();
    // Theming crosses the boundary through custom properties.
    element
        .dyn_ref::<HtmlElement>()
        .unwrap()
        .style()
        .set_property("--cb-accent", "rgb(1, 2, 3)")
        .unwrap();
    let mut handle = mount_js(&element, r#"{"hash": false}"#).await;
    let root = shadow(&element);
    let window = gloo::utils::window();
    let computed = |element: &Element| window.get_computed_style(element).unwrap().unwrap();

    let button = tie(&root, "AS Kaloum");
    assert_ne!(
        computed(&button).get_property_value("font-size").unwrap(),
        "40px"
    );
    assert_ne!(
        computed(&button).get_property_value("display").unwrap(),
        "none"
    );
    let widget_root = &all(&root, ".cb-root")[0];
    assert_ne!(
        computed(widget_root).get_property_value("display").unwrap(),
        "none"
    );
    assert_eq!(
        computed(widget_root)
            .get_property_value("--cb-accent")
            .unwrap()
            .trim(),
        "rgb(1, 2, 3)"
    );
    // The widget's stylesheet is linked inside its shadow root, never in the page.
    assert_eq!(page_sheets(), sheets_before);
    assert!(all(&root, "style").is_empty(), "no inline style element");
    let outside = document.create_element("button").unwrap();
    outside.set_class_name("cb-tie");
    document.body().unwrap().append_child(&outside).unwrap();
    assert_eq!(
        computed(&outside).get_property_value("font-size").unwrap(),
        "40px"
    );

    outside.remove();
    handle.destroy();
    element.remove();
    style.remove();
}

/// A small valid competition in the file format: one round, one tie, one bye.
const HOST_DATA: &str = r#"{
  "format": 1,
  "competition": { "name": "Host Cup", "stage": "Semi-finals", "dates": null },
  "rules": { "away_goals": "off", "extra_time": false, "penalties": true, "legs": 2 },
  "teams": [
    { "id": "north", "name": "North FC", "country": "ENG" },
    { "id": "south", "name": "South United", "country": "WAL" },
    { "id": "east", "name": "East Rovers", "country": "SCO" }
  ],
  "rounds": [ { "id": "semis", "name": "Semi-finals", "ties": [
    { "id": "north-v-south", "teams": ["north", "south"], "legs": [
      { "id": "North v South", "home": "north", "away": "south", "status": "played", "score": [2, 0] },
      { "id": "South v North", "home": "south", "away": "north", "status": "played", "score": [1, 1] } ] },
    { "id": "east-bye", "bye": "east" } ] } ]
}"#;

fn with_data(data: &str) -> JsValue {
    js(&format!(r#"{{"hash": false, "data": {data}}}"#))
}

#[wasm_bindgen_test]
async fn a_competition_from_the_host_is_drawn_instead_of_the_compiled_in_one() {
    let element = host();
    let mut handle = mount(element.clone().into(), with_data(HOST_DATA))
        .map_err(JsValue::from)
        .unwrap();
    settle().await;
    let root = shadow(&element);
    let title = all(&root, "h1")[0].text_content().unwrap_or_default();
    assert_eq!(title, "Host Cup");
    assert_eq!(all(&root, "button.cb-tie").len(), 1);
    assert_eq!(all(&root, ".cb-bye").len(), 1);
    let label = tie_name(&tie(&root, "North FC"));
    assert!(label.contains("North FC won 3–1 on aggregate."), "{label}");
    handle.destroy();
    element.remove();
}

/// When `name` was last marked on the page's performance timeline.
fn last_mark(name: &str) -> Option<f64> {
    let performance = gloo::utils::window().performance().unwrap();
    let entries = performance.get_entries_by_name_with_entry_type(name, "mark");
    entries
        .iter()
        .filter_map(|entry| entry.dyn_into::<web_sys::PerformanceEntry>().ok())
        .map(|entry| entry.start_time())
        .next_back()
}

#[wasm_bindgen_test]
async fn mount_marks_its_steps_on_the_performance_timeline_in_order() {
    use cup_bracket::timing::{MODELLED, MOUNT, READ, VALIDATED};
    let performance = gloo::utils::window().performance().unwrap();
    let element = host();
    let called = performance.now();
    let mut handle = mount(element.clone().into(), with_data(HOST_DATA))
        .map_err(JsValue::from)
        .unwrap();
    let returned = performance.now();
    let times: Vec<f64> = [MOUNT, READ, VALIDATED, MODELLED]
        .iter()
        .map(|name| last_mark(name).unwrap_or_else(|| panic!("no mark {name}")))
        .collect();
    assert!(
        times[0] >= called && times[3] <= returned,
        "{called} {times:?} {returned}"
    );
    assert!(
        times.windows(2).all(|pair| pair[0] <= pair[1]),
        "in order: {times:?}"
    );
    handle.destroy();
    // Data read but refused by the validator (a played leg without its
    // score) is marked read, never validated.
    let bad = HOST_DATA.replace(
        r#""status": "played", "score": [2, 0]"#,
        r#""status": "played""#,
    );
    let message = refusal(&element, with_data(&bad));
    assert!(message.contains("rounds[0].ties[0].legs[0]"), "{message}");
    assert!(
        last_mark(READ).is_some_and(|read| read > times[1]),
        "read again"
    );
    assert_eq!(last_mark(VALIDATED), Some(times[2]), "not validated");
    element.remove();
}

#[wasm_bindgen_test]
fn a_bad_competition_from_the_host_is_refused_with_the_validators_messages() {
    let element = host();
    let bad = HOST_DATA
        .replace(
            r#""away": "south", "status": "played", "score": [2, 0]"#,
            r#""away": "south", "status": "played""#,
        )
        .replace(r#"{ "id": "east", "name""#, r#"{ "id": "north", "name""#);
    let message = refusal(&element, with_data(&bad));
    assert!(message.contains("not a valid competition"), "{message}");
    assert!(
        message.contains("teams[2]"),
        "the duplicate team: {message}"
    );
    assert!(
        message.contains("rounds[0].ties[0].legs[0]"),
        "the missing score: {message}"
    );
    assert!(
        message.lines().count() >= 3,
        "one line a problem: {message}"
    );
    // A wrong type inside the data is named by its full path.
    let mistyped = HOST_DATA.replace("[2, 0]", r#""2-0""#);
    let message = refusal(&element, with_data(&mistyped));
    assert_eq!(
        message,
        "cup-bracket: option `data.rounds[0].ties[0].legs[0].score`: invalid type: string \"2-0\", expected an array of length 2"
    );
    // So is a field the format does not have, however deep.
    let unknown = HOST_DATA.replace(r#""bye": "east""#, r#""bye": "east", "colour": "red""#);
    let message = refusal(&element, with_data(&unknown));
    assert!(
        message.starts_with(
            "cup-bracket: option `data.rounds[0].ties[1]`: unknown field `colour`, expected one of `id`, `teams`, `bye`"
        ),
        "{message}"
    );
    assert!(element.shadow_root().is_none());
    element.remove();
}

#[wasm_bindgen_test]
fn a_report_that_is_not_a_web_address_is_refused_and_named() {
    let element = host();
    let scripted = HOST_DATA.replace(
        r#""status": "played", "score": [2, 0] }"#,
        r#""status": "played", "score": [2, 0], "report": "javascript:alert(document.domain)" }"#,
    );
    assert_ne!(scripted, HOST_DATA);
    let message = refusal(&element, with_data(&scripted));
    assert!(
        message.contains("rounds[0].ties[0].legs[0].report"),
        "the place: {message}"
    );
    assert!(message.contains("not an http: or https: URL"), "{message}");
    assert!(element.shadow_root().is_none(), "nothing drawn");
    element.remove();
}

#[wasm_bindgen_test]
async fn markup_in_names_and_notes_stays_text() {
    let element = host();
    let marked = HOST_DATA
        .replace("North FC", "<img src=x onerror=alert(1)>North")
        .replace(
            r#""score": [2, 0] }"#,
            r#""score": [2, 0], "notes": ["<b>bold</b> & <script>alert(2)</script>"] }"#,
        );
    let mut handle = mount(element.clone().into(), with_data(&marked))
        .map_err(JsValue::from)
        .unwrap();
    settle().await;
    let root = shadow(&element);
    let button = tie(&root, "<img src=x onerror=alert(1)>North");
    press(&button).await;
    assert!(
        all(&root, "img, script, .cb-notes b").is_empty(),
        "markup was parsed"
    );
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("<img src=x onerror=alert(1)>North"), "{text}");
    assert!(
        text.contains("<b>bold</b> & <script>alert(2)</script>"),
        "{text}"
    );
    handle.destroy();
    element.remove();
}

#[wasm_bindgen_test]
async fn the_cup_bracket_element_maps_its_attributes_to_options() {
    cup_bracket::custom_element::define();
    cup_bracket::custom_element::define(); // a second definition is harmless
    let before = live_widgets();
    let document = gloo::utils::document();
    let element = document.create_element("cup-bracket").unwrap();
    element
        .set_attribute("open", "IR Tanger v AS Kaloum")
        .unwrap();
    element.set_attribute("theme", "dark").unwrap();
    element.set_attribute("hash", "false").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    settle().await;
    let root = shadow(&element);
    let widget_root = &all(&root, ".cb-root")[0];
    assert_eq!(
        widget_root.get_attribute("data-theme").as_deref(),
        Some("dark")
    );
    let opened = tie(&root, "AS Kaloum");
    assert_eq!(
        opened.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(live_widgets(), before + 1);

    element
        .set_attribute("rounds", "preliminary first")
        .unwrap();
    settle().await;
    assert_eq!(headings(&root), ["Preliminary round", "First round"]);
    assert_eq!(live_widgets(), before + 1);

    // A bad attribute: one error in the console, an empty element, a working page.
    let errors = ConsoleCounter::new("error");
    element.set_attribute("theme", "purple").unwrap();
    settle().await;
    assert_eq!(errors.count(), 1);
    assert_eq!(all(&root, ".cb-root").len(), 0);
    element.set_attribute("theme", "light").unwrap();
    settle().await;
    assert_eq!(all(&root, ".cb-root").len(), 1);

    // Its language: HTML's own attribute ("fr-CA" is French); one the widget
    // does not write is one error, as any bad attribute.
    element.set_attribute("lang", "fr-CA").unwrap();
    settle().await;
    assert_eq!(headings(&root), ["Tour préliminaire", "Premier tour"]);
    element.set_attribute("lang", "de").unwrap();
    settle().await;
    assert_eq!(errors.count(), 2);
    assert_eq!(all(&root, ".cb-root").len(), 0);
    element.set_attribute("lang", "ar").unwrap();
    settle().await;
    assert_eq!(all(&root, ".cb-root[dir=rtl]").len(), 1);

    // Its data: drawn in place of the compiled-in competition, then updated.
    let mut data = serde_json::to_value(compiled_in().expect("the data")).expect("JSON");
    data["competition"]["name"] = serde_json::json!("A host's cup");
    data["competition"]["names"] = serde_json::Value::Null;
    js_sys::Reflect::set(&element, &"data".into(), &js(&data.to_string())).unwrap();
    settle().await;
    assert_eq!(
        all(&root, ".cb-title")[0].text_content().as_deref(),
        Some("A host's cup")
    );

    element.remove();
    settle().await;
    assert_eq!(live_widgets(), before);
    assert_eq!(root.child_element_count(), 0);
}
