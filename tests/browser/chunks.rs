//! A big bracket's chunks (`Tree::chunk`): where `attr()` has types, the
//! browser skips those out of view, and skipped they are exactly as big as
//! drawn, so that every card stands where it would without them: in a
//! bracket of any shape (rounds left out, a team entering late, a line
//! passing a round).

use cup_bracket::options::Options;
use cup_bracket_core::generate::generate;
use cup_bracket_core::model::Competition;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use crate::support::{frames, mount, press, Mounted};

/// Has the first team of tie `tie` of round `round` come straight from the
/// tie it won two rounds before (its line passes the round between), and
/// enter the tie it played in that round.
fn skip_a_round(competition: &mut Competition, round: usize, tie: usize) {
    let team = competition.rounds[round].ties[tie]
        .teams
        .as_ref()
        .and_then(|teams| teams[0].clone());
    let via_id = competition.rounds[round].ties[tie]
        .from
        .as_ref()
        .and_then(|from| from[0].clone());
    let via = competition.rounds[round - 1]
        .ties
        .iter_mut()
        .find(|candidate| Some(&candidate.id) == via_id.as_ref())
        .expect("the tie the team came through");
    let slot = via
        .teams
        .as_ref()
        .and_then(|teams| teams.iter().position(|place| *place == team))
        .expect("the team played it");
    let earlier = via.from.as_mut().and_then(|from| from[slot].take());
    if let Some(from) = competition.rounds[round].ties[tie].from.as_mut() {
        from[0] = earlier;
    }
}

/// 128 generated teams, made irregular: in round 4's first tie's chunk, two
/// ties of round 1 have a team entering there (one feeder each), and a
/// round-0 tie feeds round 2 straight, its line passing round 1; and a
/// chunk of round 3 feeds round 5 straight (the chunk's own line passes
/// round 4).
fn irregular() -> Competition {
    let mut competition = generate(128, 3).expect("a generated competition");
    for tie in [0, 4] {
        if let Some(from) = competition.rounds[1].ties[tie].from.as_mut() {
            from[1] = None;
        }
    }
    skip_a_round(&mut competition, 2, 1);
    skip_a_round(&mut competition, 5, 1);
    competition
}

/// Every card's box (left, top, width, height), and the tree's height.
fn boxes(widget: &Mounted) -> (Vec<[f64; 4]>, f64) {
    let cards = widget
        .all(".cb-card")
        .iter()
        .map(|card| {
            let rect = card.get_bounding_client_rect();
            [rect.left(), rect.top(), rect.width(), rect.height()]
        })
        .collect();
    let height = widget
        .all(".cb-forest")
        .first()
        .map_or(0.0, |forest| forest.get_bounding_client_rect().height());
    (cards, height)
}

/// Calls `method` of `target` with `argument`.
fn call(target: &JsValue, method: &str, argument: &JsValue) -> JsValue {
    let function: js_sys::Function = js_sys::Reflect::get(target, &method.into())
        .and_then(JsCast::dyn_into)
        .unwrap_or_else(|_| panic!("no {method}"));
    function.call1(target, argument).expect("called")
}

/// Whether this browser types `attr()`, which the chunks' sizes need.
fn typed_attr() -> bool {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).expect("CSS");
    call(&css, "supports", &"x: attr(x type(*))".into()).is_truthy()
}

/// Whether the browser draws `element`, a chunk skipped out of view not.
fn drawn(element: &Element) -> bool {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"contentVisibilityAuto".into(), &true.into())
        .expect("an option");
    call(element, "checkVisibility", &options).is_truthy()
}

#[wasm_bindgen_test]
async fn chunks_out_of_view_are_skipped_and_as_big_as_drawn() {
    // 128 teams: 64 rows, 8 chunks; from round 1 on: 32 rows, 4.
    let generated = generate(128, 1).expect("a generated competition");
    let later_rounds: Vec<String> = generated.rounds[1..]
        .iter()
        .map(|round| round.id.clone())
        .collect();
    let shapes = [
        (generated.clone(), None),
        (generated, Some(later_rounds)),
        (irregular(), None),
    ];
    for (index, (competition, rounds)) in shapes.into_iter().enumerate() {
        // The ties of the rounds shown.
        let ties = competition
            .rounds
            .iter()
            .filter(|round| {
                rounds
                    .as_ref()
                    .is_none_or(|shown| shown.contains(&round.id))
            })
            .map(|round| round.ties.len())
            .sum::<usize>();
        let widget = mount(Options {
            data: Some(competition),
            hash: Some(false),
            rounds,
            ..Options::default()
        })
        .await;
        // Every tie drawn (the ties out of view come a frame later).
        let mut waited = 0;
        while widget.all(".cb-card").len() < ties || !widget.all(".cb-blank").is_empty() {
            assert!(waited < 600, "shape {index}: not every tie was drawn");
            frames(1).await;
            waited += 1;
        }
        frames(2).await;
        let chunks = widget.all(".cb-node[data-rows]");
        assert!(chunks.len() >= 2, "shape {index}: {} chunks", chunks.len());
        if index == 2 {
            // The irregular parts are in a chunk, and a chunk passes a round.
            for part in [".cb-pass", "[data-fed=\"one\"]"] {
                let inside = format!(".cb-node[data-rows] {part}");
                assert!(!widget.all(&inside).is_empty(), "no {part} in a chunk");
            }
            let passing = ".cb-node[data-rows] > .cb-pass";
            assert!(!widget.all(passing).is_empty(), "no chunk passes a round");
        }
        // Chromium types `attr()`: there the chunks are at work.
        let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into());
        let chromium = navigator
            .and_then(|navigator| js_sys::Reflect::get(&navigator, &"userAgent".into()))
            .ok()
            .and_then(|agent| agent.as_string())
            .is_some_and(|agent| agent.contains("Chrome/"));
        assert!(!chromium || typed_attr(), "Chromium without attr()'s types");
        if typed_attr() {
            let card = |chunk: &Element| chunk.query_selector(".cb-card").ok().flatten();
            let first = chunks.first().and_then(card).expect("a card");
            let last = chunks.last().and_then(card).expect("a card");
            assert!(
                drawn(&first),
                "shape {index}: the first chunk, in view, is drawn"
            );
            assert!(
                !drawn(&last),
                "shape {index}: the last chunk, far below, is skipped"
            );
        }
        let with_chunks = boxes(&widget);
        for chunk in &chunks {
            chunk.remove_attribute("data-rows").expect("removed");
        }
        let without = boxes(&widget);
        assert_eq!(with_chunks.0.len(), without.0.len());
        assert!(
            (with_chunks.1 - without.1).abs() < 0.5,
            "shape {index}: the tree's height"
        );
        for (at, (a, b)) in with_chunks.0.iter().zip(&without.0).enumerate() {
            let moved = a.iter().zip(b).any(|(a, b)| (a - b).abs() >= 0.5);
            assert!(
                !moved,
                "shape {index}: card {at} at {a:?} with chunks, {b:?} without"
            );
        }
        widget.destroy();
    }
}

#[wasm_bindgen_test]
async fn a_chunk_with_an_open_tie_is_drawn_whole_and_a_chunk_again_once_closed() {
    // The host's `open` names a first-round tie of the last chunk, far
    // below the window: its chunk is no chunk while the tie is open (it is
    // taller than its rows), whether in view or not.
    let competition = generate(128, 1).expect("a generated competition");
    let last = competition.rounds[0].ties.len() - 1;
    let open = competition.rounds[0].ties[last].legs[0].id.clone();
    let widget = mount(Options {
        data: Some(competition),
        hash: Some(false),
        open: Some(open),
        ..Options::default()
    })
    .await;
    frames(2).await;
    let chunks = || widget.all(".cb-node[data-rows]").len();
    assert_eq!(chunks(), 7, "the open tie's chunk is not one");
    let card = widget
        .all("button.cb-tie[aria-expanded=\"true\"]")
        .pop()
        .expect("the open tie");
    assert!(drawn(&card), "the open tie is drawn");
    press(&card).await;
    frames(2).await;
    assert_eq!(chunks(), 8, "closed, it is a chunk again");
    widget.destroy();
}
