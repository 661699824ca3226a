//! A host's `data` of any shape, through the exported `mount`: it throws a
//! JavaScript `Error` or it draws, never a panic and never half a widget; and
//! after each, a good widget mounted on the same page still draws.
//!
//! The shapes are made by proptest from a real competition (the 2017
//! preliminary round, every optional field of the format in it): a field
//! removed, a value of the wrong type, a huge or odd number, a value nested
//! thousands deep, a long string, an unknown key. The seed is fixed, so a
//! failure comes back the same; the case is printed with it.

use cup_bracket::data::compiled_in;
use cup_bracket::mount::{live_widgets, mount};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use crate::support::settle;

/// What is done to the value at the chosen place.
#[derive(Clone, Debug)]
enum Change {
    /// Take it out (a field removed, an element dropped).
    Remove,
    /// Put another value there: another type, or an odd number.
    Replace(Value),
    /// Wrap it in this many arrays (or objects, when odd).
    Nest(usize),
    /// A string this long instead.
    Lengthen(usize),
    /// An object gets a field the format does not have.
    UnknownKey,
}

fn change() -> impl Strategy<Value = Change> {
    let odd_number = prop_oneof![
        Just(json!(-1)),
        Just(json!(256)),
        Just(json!(4_294_967_296_u64)),
        Just(json!(9_007_199_254_740_993_u64)),
        Just(json!(1e300)),
        Just(json!(0.5)),
        Just(json!(-0.0)),
    ];
    let other_type = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        "[a-z<>&\" ]{0,12}".prop_map(Value::String),
        Just(json!([])),
        Just(json!({})),
        Just(json!([1, "two", null])),
    ];
    prop_oneof![
        2 => Just(Change::Remove),
        3 => other_type.prop_map(Change::Replace),
        2 => odd_number.prop_map(Change::Replace),
        1 => (1_usize..3000).prop_map(Change::Nest),
        1 => (1_000_usize..200_000).prop_map(Change::Lengthen),
        1 => Just(Change::UnknownKey),
    ]
}

/// A place in the value: at each level, which field or element (modulo how
/// many there are), until a leaf or the end of the list.
fn place() -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(any::<usize>(), 0..9)
}

/// The value with `change` made at `place`.
fn changed(mut value: Value, place: &[usize], change: &Change) -> Value {
    fn at<'a>(value: &'a mut Value, place: &[usize]) -> &'a mut Value {
        let Some((&choice, rest)) = place.split_first() else {
            return value;
        };
        let children = match &*value {
            Value::Object(map) => map.len(),
            Value::Array(items) => items.len(),
            _ => 0,
        };
        if children == 0 {
            return value;
        }
        let child = match value {
            Value::Object(map) => map.values_mut().nth(choice % children),
            Value::Array(items) => items.get_mut(choice % children),
            _ => None,
        };
        at(child.expect("a child of a non-empty value"), rest)
    }
    match change {
        Change::Remove => {
            // Removed from its parent: the place one level up.
            let (parent, last) = match place.split_last() {
                Some((&last, parent)) => (parent, last),
                None => return Value::Null,
            };
            match at(&mut value, parent) {
                Value::Object(map) if !map.is_empty() => {
                    let key = map.keys().nth(last % map.len()).cloned();
                    if let Some(key) = key {
                        map.remove(&key);
                    }
                }
                Value::Array(items) if !items.is_empty() => {
                    let index = last % items.len();
                    items.remove(index);
                }
                other => *other = Value::Null,
            }
        }
        Change::Replace(new) => *at(&mut value, place) = new.clone(),
        Change::Nest(depth) => {
            let target = at(&mut value, place);
            let mut nested = target.take();
            for level in 0..*depth {
                nested = if level % 2 == 0 {
                    json!([nested])
                } else {
                    json!({ "x": nested })
                };
            }
            *target = nested;
        }
        Change::Lengthen(length) => {
            *at(&mut value, place) = Value::String("é<b>&".repeat(length / 5 + 1));
        }
        Change::UnknownKey => {
            let target = at(&mut value, place);
            match target {
                Value::Object(map) => {
                    map.insert("colour".into(), json!("red"));
                }
                other => *other = json!({ "colour": "red" }),
            }
        }
    }
    value
}

/// A real competition with every optional field: the 2017 preliminary round.
fn base() -> Value {
    let mut competition = compiled_in().expect("the compiled-in data");
    competition.rounds.truncate(1);
    serde_json::to_value(&competition).expect("a model serializes")
}

/// A new, empty element at the end of the body.
fn host() -> Element {
    let document = gloo::utils::document();
    let element = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&element)
        .expect("appended");
    element
}

/// Mounts `options` (JSON) through the exported API: `Ok(cards drawn)` if it
/// drew, `Err(message)` if it threw an `Error`, a failure otherwise.
async fn try_mount(element: &Element, options: &Value) -> Result<usize, String> {
    let text = serde_json::to_string(options).expect("serializes");
    let options = js_sys::JSON::parse(&text).expect("parses");
    match mount(element.clone().into(), options) {
        Err(error) => {
            let error: js_sys::Error = JsValue::from(error)
                .dyn_into()
                .expect("a refusal is a JavaScript Error");
            Err(String::from(error.message()))
        }
        Ok(mut handle) => {
            settle().await;
            let root = element.shadow_root().expect("drawn in a shadow root");
            assert!(
                root.query_selector(".cb-root .cb-header")
                    .ok()
                    .flatten()
                    .is_some(),
                "mounted, but no widget drawn"
            );
            let drawn = root
                .query_selector_all(".cb-root .cb-card")
                .expect("a selector")
                .length() as usize;
            handle.destroy();
            Ok(drawn)
        }
    }
}

#[wasm_bindgen_test]
async fn host_data_of_any_shape_throws_an_error_or_draws_and_the_page_goes_on() {
    let base = base();
    let mut runner = TestRunner::new_with_rng(
        Config {
            cases: 48,
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    );
    let strategy = (place(), change());
    let before = live_widgets();
    let (mut refused, mut drawn) = (0, 0);
    for case in 0..48 {
        let (place, change) = strategy.new_tree(&mut runner).expect("a case").current();
        let data = changed(base.clone(), &place, &change);
        let shown = format!("case {case}: {change:?} at {place:?}");
        let element = host();
        match try_mount(&element, &json!({ "hash": false, "data": data })).await {
            Err(message) => {
                assert!(message.starts_with("cup-bracket: "), "{shown}: {message}");
                assert!(element.shadow_root().is_none(), "{shown}: half drawn");
                refused += 1;
            }
            Ok(_) => drawn += 1,
        }
        element.remove();
        // A good widget on the same page still draws.
        let good = host();
        let cards = try_mount(&good, &json!({ "hash": false, "data": base }))
            .await
            .unwrap_or_else(|message| panic!("{shown}: the good data was refused: {message}"));
        // 20 ties and 12 byes, and the 32 teams through them.
        assert_eq!(cards, 64, "{shown}: the good widget drew {cards} cards");
        good.remove();
    }
    assert_eq!(live_widgets(), before, "every widget was taken down");
    // The cases are of both kinds, or the test proves little.
    assert!(
        refused > 10 && drawn > 2,
        "{refused} refused, {drawn} drawn"
    );
}
