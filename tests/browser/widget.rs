//! The bracket as a person sees and uses it, on the compiled-in data: every tie
//! drawn with the rules module's result, ties opened and closed by clicks,
//! match boxes holding the article's facts.

use cup_bracket::data::compiled_in;
use cup_bracket::options::Options;
use cup_bracket_core::generate::generate;
use cup_bracket_core::model::TieKind;
use cup_bracket_core::outcomes::outcomes;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use wasm_bindgen::closure::Closure;
use web_sys::{HtmlElement, ResizeObserver};

use crate::support::{
    first_frame_where, frames, mount, mount_undrawn, quiet, settle, tie_name, ConsoleCounter,
};

#[wasm_bindgen_test]
async fn every_round_tie_and_bye_is_drawn_under_its_heading() {
    let errors = ConsoleCounter::new("error");
    let widget = mount(quiet()).await;
    let headings: Vec<String> = widget
        .all("h2")
        .iter()
        .filter_map(|h| h.text_content())
        .collect();
    assert_eq!(
        headings,
        [
            "Preliminary round",
            "First round",
            "Play-off round",
            "Group stage"
        ]
    );
    // The article: 20 preliminary ties and 12 byes, 16 first-round ties, 16 play-off ties.
    assert_eq!(widget.all("button.cb-tie").len(), 52);
    assert_eq!(widget.all(".cb-bye").len(), 12);
    assert_eq!(widget.all(".cb-qualified").len(), 16);
    let columns = widget.all("section.cb-round");
    let ties_in = |column: usize| {
        columns[column]
            .query_selector_all("button.cb-tie")
            .unwrap()
            .length()
    };
    assert_eq!((ties_in(0), ties_in(1), ties_in(2)), (20, 16, 16));
    // A line from each of the 32 preliminary entries to its first-round tie, from
    // each first-round tie to its play-off tie, from each play-off tie to its qualifier.
    assert_eq!(widget.all(".cb-lines path").len(), 32 + 16 + 16);
    assert_eq!(errors.count(), 0, "no console error");
    widget.destroy();
}

#[wasm_bindgen_test]
async fn every_displayed_result_is_the_rules_modules_outcome() {
    let competition = compiled_in();
    let results = outcomes(&competition);
    let widget = mount(quiet()).await;
    let cards = widget.all(".cb-card[data-node^='t']");
    assert_eq!(cards.len(), results.len());
    for (card, result) in cards.iter().zip(&results) {
        let label = tie_name(card);
        assert!(
            label.ends_with(&result.summary),
            "{label} ≠ {}",
            result.summary
        );
        let through: Vec<String> = card
            .query_selector_all(".cb-through .cb-name-text")
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i)?.text_content())
                    .collect()
            })
            .unwrap_or_default();
        let winner_name = result
            .winner
            .as_deref()
            .and_then(|id| competition.team(id))
            .map(|team| team.name.clone());
        assert_eq!(
            through,
            winner_name.into_iter().collect::<Vec<_>>(),
            "{}",
            result.tie
        );
        let aggregates: Vec<String> = card
            .query_selector_all(".cb-aggregate")
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i)?.text_content())
                    .collect()
            })
            .unwrap_or_default();
        let expected = match (result.decided_by.as_str(), result.aggregate) {
            ("walkover" | "bye", _) | (_, None) => vec![String::new(); aggregates.len()],
            (_, Some([first, second])) => vec![first.to_string(), second.to_string()],
        };
        assert_eq!(aggregates, expected, "{}", result.tie);
    }
    widget.destroy();
}

#[wasm_bindgen_test]
async fn the_article_marks_read_beside_the_winner() {
    let widget = mount(quiet()).await;
    let marks = |teams: &str| {
        let button = widget.tie(teams);
        let list = button.query_selector_all(".cb-mark").unwrap();
        (0..list.length())
            .map(|i| {
                list.item(i)
                    .and_then(|n| n.text_content())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
    };
    // "1–1 on aggregate. Vipers won on away goals."
    assert_eq!(marks("Vipers (Uganda) v Volcan Club"), ["a", ""]);
    // "1–1 on aggregate. Al-Masry won 3–0 on penalties."
    assert_eq!(marks("Ifeanyi Ubah (Nigeria) v Al-Masry"), ["(0)", "(3)"]);
    // "Al-Masry won on walkover ..."
    assert_eq!(marks("Djoliba (Mali) v Al-Masry"), ["", "w/o"]);
    let bye = widget.one(".cb-bye");
    assert!(bye.text_content().unwrap_or_default().contains("Bye"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn a_click_opens_the_match_boxes_and_a_second_click_closes_them() {
    let widget = mount(quiet()).await;
    let button = widget.tie("AS Kaloum (Guinea) v IR Tanger (Morocco)");
    let region = widget.region_of(&button);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(region.has_attribute("hidden"));
    assert_eq!(region.get_attribute("role").as_deref(), Some("region"));
    assert_eq!(region.get_attribute("aria-labelledby"), Some(button.id()));

    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!region.has_attribute("hidden"));
    let boxes: Vec<String> = region
        .query_selector_all(".cb-match")
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
                .map(|e| e.id())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(boxes, ["AS_Kaloum_v_IR_Tanger", "IR_Tanger_v_AS_Kaloum"]);
    let text = region.text_content().unwrap_or_default();
    for fact in [
        // The first leg, as the article's Football box gives it.
        "Sat 11 March 2017",
        "16:30 UTC+0",
        "Stade du 28 Septembre, Conakry",
        "Abubakar Ago (Nigeria)",
        // The second leg.
        "Sat 18 March 2017",
        "17:00 UTC+0",
        "Grand Stade de Tanger, Tangier",
        "Fidel Gomes (Guinea-Bissau)",
    ] {
        assert!(text.contains(fact), "the boxes miss {fact}: {text}");
    }
    let report = region
        .query_selector("a.cb-report")
        .unwrap()
        .expect("a report link");
    assert_eq!(report.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(report.get_attribute("rel").as_deref(), Some("noopener"));

    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(region.has_attribute("hidden"));
    assert_eq!(region.child_element_count(), 0);
    widget.destroy();
}

#[wasm_bindgen_test]
async fn several_ties_stay_open_and_the_lines_follow_them() {
    let widget = mount(quiet()).await;
    let first = widget.tie("Étoile du Congo (Congo) v Racing de Micomeseng");
    let second = widget.tie("Monrovia Club Breweries (Liberia) v JS Kabylie");
    let fed = widget.tie("Étoile du Congo (Congo) v JS Kabylie");
    let middle = |element: &web_sys::Element| {
        let rect = element.get_bounding_client_rect();
        rect.top() + rect.height() / 2.0
    };
    let before = middle(&fed);
    first.click();
    settle().await;
    second.click();
    settle().await;
    assert_eq!(
        first.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        second.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    // The open boxes push the fed tie down; its line still ends at its middle.
    assert!(
        middle(&fed) > before,
        "the first-round tie moved with the open boxes"
    );
    let grid = widget.one(".cb-grid").get_bounding_client_rect();
    let fed_middle = middle(&fed) - grid.top();
    let ends: Vec<f64> = widget
        .all(".cb-lines path")
        .iter()
        .filter_map(|path| path.get_attribute("d"))
        .filter_map(|d| {
            let vertical = d.split('V').nth(1)?;
            vertical.split('H').next()?.trim().parse().ok()
        })
        .collect();
    assert!(
        ends.iter().any(|end| (end - fed_middle).abs() < 1.0),
        "a line ends at the fed tie's middle ({fed_middle}): {ends:?}"
    );
    widget.destroy();
}

/// Every line runs from a card's right edge to another card's left edge, each
/// end at its card's middle: the cards measured here, where the widget
/// measures cells (some out of view, their content not laid out) and open cards.
#[wasm_bindgen_test]
async fn every_line_joins_two_cards_at_their_middles_with_ties_open_and_out_of_view() {
    let widget = mount(quiet()).await;
    // Laid out as a page shows it: a grid, cells out of view skipped.
    let cells = widget.all(".cb-cell");
    let last = cells.last().expect("cells");
    let style = gloo::utils::window()
        .get_computed_style(last)
        .ok()
        .flatten()
        .expect("a computed style");
    assert_eq!(
        style
            .get_property_value("content-visibility")
            .ok()
            .as_deref(),
        Some("auto")
    );
    let viewport = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .unwrap_or(0.0);
    assert!(
        last.get_bounding_client_rect().top() > viewport,
        "the last cell is out of view"
    );
    // An open tie near the top, and one far down, out of view.
    widget
        .tie("Étoile du Congo (Congo) v Racing de Micomeseng")
        .click();
    settle().await;
    let far = widget.tie("Al-Hilal Benghazi");
    far.click();
    settle().await;
    assert_eq!(far.get_attribute("aria-expanded").as_deref(), Some("true"));
    frames(2).await;
    let grid = widget.one(".cb-grid").get_bounding_client_rect();
    let cards: Vec<(f64, f64, f64)> = widget
        .all("[data-node]")
        .iter()
        .map(|card| {
            let rect = card.get_bounding_client_rect();
            (
                rect.left() - grid.left(),
                rect.right() - grid.left(),
                rect.top() - grid.top() + rect.height() / 2.0,
            )
        })
        .collect();
    let near = |a: f64, b: f64| (a - b).abs() <= 1.0;
    let paths = widget.all(".cb-lines path");
    assert_eq!(paths.len(), 32 + 16 + 16);
    for path in paths {
        let d = path.get_attribute("d").unwrap_or_default();
        let numbers: Vec<f64> = d
            .split(['M', 'H', 'V', ' '])
            .filter(|part| !part.is_empty())
            .filter_map(|part| part.parse().ok())
            .collect();
        let [x1, y1, _, y2, x3] = numbers[..] else {
            panic!("a line is M x y H x V y H x: {d}");
        };
        assert!(
            cards
                .iter()
                .any(|&(_, right, middle)| near(right, x1) && near(middle, y1)),
            "line {d} starts at no card's right edge and middle"
        );
        assert!(
            cards
                .iter()
                .any(|&(left, _, middle)| near(left, x3) && near(middle, y2)),
            "line {d} ends at no card's left edge and middle"
        );
    }
    widget.destroy();
}

/// A big bracket renders for longer than a frame, after which Yew lets the
/// browser paint before it runs effects. The first frame that shows the ties
/// must show them on their rows, in a grid of the right size, with the lines.
#[wasm_bindgen_test]
async fn a_big_bracket_is_placed_and_lined_in_the_first_frame_that_shows_it() {
    let competition = generate(256, 1).expect("a generated competition");
    let widget = mount_undrawn(Options {
        data: Some(competition),
        hash: Some(false),
        ..Options::default()
    });
    let shadow = widget.shadow.clone();
    let count = |root: &web_sys::ShadowRoot, selector: &str| {
        root.query_selector_all(selector)
            .expect("a selector")
            .length()
    };
    // Seen in the animation-frame callback of the first frame that shows the
    // ties: what that frame paints. The lines are drawn later in that frame,
    // in the widget's ResizeObserver callback, after layout and before paint:
    // an observer made in the animation-frame callback is called after the
    // widget's, in the same frame, and counts them.
    let lines_painted: Rc<Cell<Option<u32>>> = Rc::new(Cell::new(None));
    let (ready, look, counted) = (shadow.clone(), shadow.clone(), lines_painted.clone());
    let (unplaced, rows, _observer) = first_frame_where(
        move || count(&ready, "button.cb-tie") >= 255,
        move || {
            let cells = look.query_selector_all(".cb-cell").expect("a selector");
            let unplaced = (0..cells.length())
                .filter_map(|index| cells.item(index)?.dyn_into::<HtmlElement>().ok())
                .filter(|cell| {
                    cell.style()
                        .get_property_value("grid-row")
                        .unwrap_or_default()
                        .is_empty()
                })
                .count();
            let grid = look
                .query_selector(".cb-grid")
                .ok()
                .flatten()
                .and_then(|grid| grid.dyn_into::<HtmlElement>().ok())
                .expect("the grid");
            let rows = grid.style().get_property_value("--cb-rows").ok();
            let (look, counted) = (look.clone(), counted.clone());
            let on_resize = Closure::<dyn FnMut()>::new(move || {
                if counted.get().is_none() {
                    counted.set(Some(count(&look, ".cb-lines path")));
                }
            });
            let observer =
                ResizeObserver::new(on_resize.as_ref().unchecked_ref()).expect("a ResizeObserver");
            observer.observe(&grid);
            (unplaced, rows, (observer, on_resize))
        },
    )
    .await;
    assert_eq!(unplaced, 0, "cells not yet on their rows");
    assert_eq!(rows.as_deref(), Some("128"), "the grid's rows");
    while lines_painted.get().is_none() {
        frames(1).await;
    }
    assert_eq!(
        lines_painted.get(),
        Some(254 + 1),
        "a line from each tie to the next, and to the winner"
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn a_cancelled_leg_says_so_and_why() {
    let widget = mount(quiet()).await;
    let button = widget.tie("Djoliba (Mali) v Al-Masry");
    button.click();
    settle().await;
    let region = widget.region_of(&button);
    let cancelled = region
        .query_selector(".cb-cancelled")
        .unwrap()
        .expect("the cancelled leg");
    let text = cancelled.text_content().unwrap_or_default();
    assert!(text.contains("Cancelled"), "{text}");
    assert!(
        text.to_lowercase().contains("mali"),
        "the note says why: {text}"
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn the_shoot_out_kicks_of_platinum_stars_v_as_tanda_are_shown() {
    let competition = compiled_in();
    let widget = mount(quiet()).await;
    let button = widget.tie("AS Tanda (Ivory Coast) v Platinum Stars");
    button.click();
    settle().await;
    let region = widget.region_of(&button);
    let kicks = region.query_selector_all(".cb-kick").unwrap().length();
    let in_data = competition
        .rounds
        .iter()
        .flat_map(|round| &round.ties)
        .flat_map(|tie| &tie.legs)
        .find(|leg| leg.id == "Platinum Stars v AS Tanda")
        .map(|leg| leg.shootout.len())
        .unwrap_or_default();
    // The article lists AS Tanda's six kicks: four scored, two missed.
    assert_eq!((kicks, in_data), (6, 6));
    assert_eq!(
        region
            .query_selector_all(".cb-kick.cb-missed")
            .unwrap()
            .length(),
        2
    );
    let text = region.text_content().unwrap_or_default();
    assert!(text.contains("5–4 on penalties"), "{text}");
    widget.destroy();
}

#[wasm_bindgen_test]
async fn hovering_a_team_lights_its_path_through_the_rounds() {
    let widget = mount(quiet()).await;
    let kabylie = widget
        .all(".cb-team")
        .into_iter()
        .find(|line| {
            line.text_content()
                .unwrap_or_default()
                .contains("JS Kabylie")
        })
        .expect("JS Kabylie's first line");
    let event = web_sys::MouseEvent::new("mouseenter").unwrap();
    kabylie.dispatch_event(&event).unwrap();
    settle().await;
    // JS Kabylie won the preliminary and first rounds, then lost to TP Mazembe.
    let lit_cards = widget.all(".cb-card.cb-on-path").len();
    assert_eq!(lit_cards, 2);
    assert_eq!(widget.all(".cb-lines path.cb-lit").len(), 2);
    let competition = compiled_in();
    let ties_with_kabylie = competition
        .rounds
        .iter()
        .flat_map(|round| &round.ties)
        .filter(|tie| matches!(tie.kind(), Some(TieKind::Contest(teams)) if teams.iter().any(|t| t == "js-kabylie")))
        .count();
    assert_eq!(widget.all(".cb-team.cb-lit").len(), ties_with_kabylie);
    widget.destroy();
}

/// Renders of the components a click or a hover could re-render.
fn renders() -> [u32; 7] {
    use cup_bracket::components::renders::of;
    [
        "App",
        "Bracket",
        "RoundColumn",
        "TieCard",
        "QualifiedColumn",
        "Connectors",
        "MatchBox",
    ]
    .map(of)
}

/// The renders since `before`, by component, in `renders`' order.
fn since(before: [u32; 7]) -> [u32; 7] {
    let now = renders();
    std::array::from_fn(|index| now[index] - before[index])
}

/// Watches every DOM change in the widget (a MutationObserver over its shadow
/// root), through `Reflect`, as the widget's web-sys features lack it.
struct Mutations {
    observer: js_sys::Object,
    seen: std::rc::Rc<std::cell::RefCell<Vec<web_sys::Node>>>,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

/// The nodes that mutation records changed.
fn targets_of(records: &js_sys::Array) -> Vec<web_sys::Node> {
    records
        .iter()
        .map(|record| {
            js_sys::Reflect::get(&record, &"target".into())
                .unwrap()
                .dyn_into()
                .unwrap()
        })
        .collect()
}

impl Mutations {
    fn watch(root: &web_sys::Node) -> Self {
        use js_sys::{Array, Function, Object, Reflect};
        let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let callback = {
            let seen = seen.clone();
            wasm_bindgen::closure::Closure::<dyn FnMut(Array)>::new(move |records: Array| {
                seen.borrow_mut().extend(targets_of(&records))
            })
        };
        let class: Function = Reflect::get(&js_sys::global(), &"MutationObserver".into())
            .unwrap()
            .dyn_into()
            .unwrap();
        let observer: Object =
            Reflect::construct(&class, &Array::of1(callback.as_ref().unchecked_ref()))
                .unwrap()
                .dyn_into()
                .unwrap();
        let options = Object::new();
        for flag in ["childList", "subtree", "attributes", "characterData"] {
            Reflect::set(&options, &flag.into(), &true.into()).unwrap();
        }
        let observe: Function = Reflect::get(&observer, &"observe".into())
            .unwrap()
            .dyn_into()
            .unwrap();
        observe.call2(&observer, root, &options).unwrap();
        Mutations {
            observer,
            seen,
            _callback: callback,
        }
    }

    /// The nodes changed so far; stops watching.
    fn targets(self) -> Vec<web_sys::Node> {
        use js_sys::{Array, Function, Reflect};
        let method = |name: &str| -> Function {
            Reflect::get(&self.observer, &name.into())
                .unwrap()
                .dyn_into()
                .unwrap()
        };
        let pending: Array = method("takeRecords")
            .call0(&self.observer)
            .unwrap()
            .dyn_into()
            .unwrap();
        method("disconnect").call0(&self.observer).unwrap();
        let mut targets = self.seen.take();
        targets.extend(targets_of(&pending));
        targets
    }
}

#[wasm_bindgen_test]
async fn opening_a_tie_re_renders_that_tie_only() {
    let widget = mount(quiet()).await;
    let button = widget.tie("AS Kaloum (Guinea) v IR Tanger");
    let cell = button.parent_element().expect("the tie's cell");
    let lines = widget.one("svg.cb-lines");
    for (action, boxes) in [("opening", 2), ("closing", 0)] {
        let before = renders();
        let mutations = Mutations::watch(&widget.shadow);
        button.click();
        settle().await;
        // App, Bracket, RoundColumn, TieCard, QualifiedColumn, Connectors, MatchBox.
        assert_eq!(
            since(before),
            [1, 0, 0, 1, 0, 0, boxes],
            "{action} the tie re-rendered more than the root and the tie"
        );
        let targets = mutations.targets();
        assert!(!targets.is_empty(), "{action} the tie changed the DOM");
        let outside = targets
            .iter()
            .filter(|node| !cell.contains(Some(node)) && !lines.contains(Some(node)))
            .count();
        assert_eq!(
            outside, 0,
            "{action} the tie changed the DOM outside it and the lines"
        );
    }
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn hovering_a_team_re_renders_only_the_ties_it_plays_in() {
    let widget = mount(quiet()).await;
    let ties_with = |team: &str| {
        compiled_in()
            .rounds
            .iter()
            .flat_map(|round| &round.ties)
            .filter(|tie| match tie.kind() {
                Some(TieKind::Contest(teams)) => teams.iter().any(|t| t == team),
                Some(TieKind::Bye(id)) => id == team,
                None => false,
            })
            .map(|tie| tie.id.clone())
            .collect::<Vec<_>>()
    };
    let line_of = |name: &str| {
        widget
            .all(".cb-team")
            .into_iter()
            .find(|line| line.text_content().unwrap_or_default().contains(name))
            .expect("the team's first line")
    };
    let hover = |line: &web_sys::Element| {
        let event = web_sys::MouseEvent::new("mouseenter").unwrap();
        line.dispatch_event(&event).unwrap();
    };
    let before = renders();
    hover(&line_of("JS Kabylie"));
    settle().await;
    let kabylie = ties_with("js-kabylie");
    assert!(kabylie.len() >= 3);
    assert_eq!(since(before), [1, 0, 0, kabylie.len() as u32, 1, 0, 0]);
    // From one team to another: the ties of both re-render, no others.
    let before = renders();
    hover(&line_of("IR Tanger"));
    settle().await;
    let tanger = ties_with("ir-tanger");
    let mut both = [kabylie, tanger.clone()].concat();
    both.sort();
    both.dedup();
    assert_eq!(since(before), [1, 0, 0, both.len() as u32, 1, 0, 0]);
    assert_eq!(widget.all(".cb-team.cb-lit").len(), tanger.len());
    widget.destroy();
}
