//! A big bracket draws the ties in view first, and the others once those are
//! painted: nothing drawn first moves when the rest comes, and then every tie
//! is there (for find-in-page, screen readers and the keyboard).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use cup_bracket::options::Options;
use cup_bracket_core::generate::generate;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{MutationObserver, MutationObserverInit, ShadowRoot};

use crate::support::{frames, mount, mount_undrawn, settle, Mounted};

/// What the widget shows at one moment.
#[derive(Debug)]
struct Drawn {
    /// Each tie drawn: its id and where its card stands.
    ties: Vec<(String, f64)>,
    /// Where each blank subtree starts.
    blanks: Vec<f64>,
    /// How tall the tree is.
    height: f64,
}

fn drawn(shadow: &ShadowRoot) -> Drawn {
    let all = |selector: &str| {
        let list = shadow.query_selector_all(selector).expect("a selector");
        (0..list.length())
            .filter_map(|index| list.item(index)?.dyn_into::<web_sys::Element>().ok())
            .collect::<Vec<_>>()
    };
    let top = |element: &web_sys::Element| element.get_bounding_client_rect().top();
    Drawn {
        ties: all("button.cb-tie")
            .iter()
            .map(|tie| (tie.id(), top(tie)))
            .collect(),
        blanks: all(".cb-blank").iter().map(top).collect(),
        height: all(".cb-forest")
            .first()
            .map_or(0.0, |forest| forest.get_bounding_client_rect().height()),
    }
}

/// Watches for a widget's first render, and notes what the next frame
/// shows of it (its animation callbacks run before the browser lays out and
/// paints it, and before the rest of the ties is drawn).
struct FirstRender {
    seen: Rc<RefCell<Option<Drawn>>>,
    observer: MutationObserver,
    _on_change: Closure<dyn FnMut()>,
    _in_frame: Rc<Closure<dyn FnMut()>>,
}

impl FirstRender {
    fn watch(shadow: &ShadowRoot) -> Self {
        let seen = Rc::new(RefCell::new(None));
        let in_frame = {
            let (seen, shadow) = (seen.clone(), shadow.clone());
            Rc::new(Closure::<dyn FnMut()>::new(move || {
                *seen.borrow_mut() = Some(drawn(&shadow));
            }))
        };
        let asked = Rc::new(Cell::new(false));
        let on_change = {
            let (shadow, in_frame) = (shadow.clone(), in_frame.clone());
            Closure::<dyn FnMut()>::new(move || {
                let drawn_some = shadow
                    .query_selector("button.cb-tie")
                    .ok()
                    .flatten()
                    .is_some();
                if drawn_some && !asked.replace(true) {
                    gloo::utils::window()
                        .request_animation_frame((*in_frame).as_ref().unchecked_ref())
                        .expect("a frame");
                }
            })
        };
        let observer =
            MutationObserver::new(on_change.as_ref().unchecked_ref()).expect("an observer");
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        observer
            .observe_with_options(shadow, &options)
            .expect("observed");
        FirstRender {
            seen,
            observer,
            _on_change: on_change,
            _in_frame: in_frame,
        }
    }

    /// What the first frame showed; stops watching.
    fn drawn(self) -> Drawn {
        self.observer.disconnect();
        self.seen.take().expect("the first render was seen")
    }
}

/// Where the window ends, as the cards' tops are measured (from its top).
fn window_bottom() -> f64 {
    gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .expect("a window")
}

/// Mounts a widget of `teams` generated teams (its tie of `open` open from
/// the start, if some), and lets it draw: the widget, and what its first
/// frame showed.
async fn mount_watched(teams: usize, open: Option<usize>) -> (Mounted, Drawn) {
    let competition = generate(teams, 1).expect("a generated competition");
    let open = open.map(|tie| competition.rounds[0].ties[tie].legs[0].id.clone());
    let widget = mount_undrawn(Options {
        data: Some(competition),
        hash: Some(false),
        open,
        ..Options::default()
    });
    let first = FirstRender::watch(&widget.shadow);
    settle().await;
    let first = first.drawn();
    (widget, first)
}

/// What the widget shows once `ties` ties are drawn, or after ten seconds.
async fn every_tie_drawn(shadow: &ShadowRoot, ties: usize) -> Drawn {
    for _ in 0..600 {
        let now = drawn(shadow);
        if now.ties.len() >= ties && now.blanks.is_empty() {
            break;
        }
        frames(1).await;
    }
    // Then what the frame after the last render shows.
    frames(1).await;
    drawn(shadow)
}

#[wasm_bindgen_test]
async fn the_ties_in_view_come_first_and_nothing_moves_when_the_rest_comes() {
    let (widget, first) = mount_watched(256, None).await;
    let window_bottom = window_bottom();
    assert!(!first.blanks.is_empty(), "nothing was left for later");
    assert!(
        first.ties.len() < 255 / 4,
        "{} ties drawn first, of 255",
        first.ties.len()
    );
    // The ties drawn first reach past the window's bottom: what shows is whole.
    assert!(
        first.blanks.iter().all(|&top| top >= window_bottom),
        "a blank in view: {:?}, the window ends at {window_bottom}",
        first.blanks
    );
    // And not far past it: less than two rows (a closed card and its
    // margins, 4.9375 rem) are drawn beyond what shows, the headings above
    // the rows counted.
    let first_blank = first.blanks.iter().copied().fold(f64::INFINITY, f64::min);
    assert!(
        first_blank < window_bottom + 2.0 * 4.9375 * 16.0,
        "the first blank starts at {first_blank}, the window ends at {window_bottom}"
    );
    // The rest is drawn once that frame is painted: one render, which Yew
    // splits over several tasks when it is long (a debug build on a busy
    // machine), so it is waited for, within bounds.
    let later = every_tie_drawn(&widget.shadow, 255).await;
    assert_eq!(
        later.ties.len(),
        255,
        "every tie, once the first frame showed"
    );
    assert!(later.blanks.is_empty());
    assert_eq!(later.height, first.height, "the tree kept its height");
    for (id, top) in &first.ties {
        let now = later
            .ties
            .iter()
            .find(|(other, _)| other == id)
            .map(|(_, top)| *top);
        assert_eq!(now, Some(*top), "{id} moved when the rest came");
    }
    widget.destroy();
}

#[wasm_bindgen_test]
async fn a_widget_whose_top_is_above_the_window_draws_the_rows_in_view_first() {
    let document = gloo::utils::document();
    let window = gloo::utils::window();
    let page = document.document_element().expect("a root element");
    let body = document.body().expect("a body");
    let competition = generate(256, 1).expect("a generated competition");
    let widget = mount_undrawn(Options {
        data: Some(competition),
        hash: Some(false),
        ..Options::default()
    });
    // Before its app starts, the page is scrolled 1,500 px past the
    // widget's top (room below it to scroll into; no scroll anchoring, which
    // would follow the room down as the widget grows above it).
    let room = document.create_element("div").expect("a div");
    room.set_attribute("style", "height: 40000px")
        .expect("a style");
    body.append_child(&room).expect("appended");
    page.set_attribute("style", "overflow-anchor: none")
        .expect("a style");
    let top = widget.host.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0);
    window.scroll_to_with_x_and_y(0.0, top + 1500.0);
    let first = FirstRender::watch(&widget.shadow);
    settle().await;
    let first = first.drawn();
    let window_bottom = window_bottom();
    let shown = first
        .ties
        .iter()
        .filter(|(_, top)| (0.0..window_bottom).contains(top))
        .count();
    let blanks = first.blanks.clone();
    window.scroll_to_with_x_and_y(0.0, 0.0);
    page.remove_attribute("style").expect("removed");
    room.remove();
    widget.destroy();
    assert!(shown > 0, "no tie in the window");
    assert!(!blanks.is_empty(), "nothing was left for later");
    assert!(
        blanks.iter().all(|&top| top >= window_bottom),
        "a blank in view: {blanks:?}, the window ends at {window_bottom}"
    );
}

#[wasm_bindgen_test]
async fn the_headings_above_the_rows_are_as_tall_as_the_rows_drawn_first_count_on() {
    // The shortest headings: a competition and rounds without names,
    // dates or stage (each line that could be empty, empty).
    let mut competition = generate(8, 1).expect("a generated competition");
    competition.competition.name = String::new();
    competition.competition.stage = None;
    competition.competition.dates = None;
    for round in &mut competition.rounds {
        round.name = String::new();
        round.dates = None;
    }
    let widget = mount(Options {
        data: Some(competition),
        hash: Some(false),
        ..Options::default()
    })
    .await;
    let top = |element: &web_sys::Element| element.get_bounding_client_rect().top();
    let forest = widget.all(".cb-forest");
    let above = forest.first().map(|forest| top(forest) - top(&widget.host));
    widget.destroy();
    let least = cup_bracket::mount::ABOVE_ROWS_REMS * 16.0;
    assert!(
        above.is_some_and(|above| above >= least),
        "the first row starts {above:?} px below the widget's top, less than {least}"
    );
}

#[wasm_bindgen_test]
async fn a_tie_open_from_the_start_or_a_small_bracket_draws_everything_at_once() {
    let (widget, first) = mount_watched(256, Some(100)).await;
    assert_eq!(first.ties.len(), 255);
    assert!(first.blanks.is_empty());
    widget.destroy();
    // Eight teams: all of it fits in the window.
    let (widget, first) = mount_watched(8, None).await;
    assert_eq!(first.ties.len(), 7);
    assert!(first.blanks.is_empty());
    widget.destroy();
}
