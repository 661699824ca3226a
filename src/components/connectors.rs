//! The lines from each tie to the tie its winner plays next.
//!
//! They are measured as laid out (a closed card from its cell and its
//! column's list, whose contents may be skipped out of view; an open card
//! itself), so they stay right however tall open ties make their rows.
//! Measuring happens in a `ResizeObserver` callback, which the browser runs
//! after its own layout and before painting: no layout is forced, and the
//! lines are right in the frame that shows a change. The grid's resizes (fonts, the window, a phone turned) call it; a
//! change of the open ties observes the grid anew, which calls it once more.
//! The paths are written straight to the SVG, each only when it changed: a
//! click moves some lines, and a thousand-tie bracket has a thousand.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

use crate::components::before_paint::use_before_first_paint;
use crate::components::renders;
use crate::state::{Published, StoreHandle};
use crate::view_model::Model;

const SVG: &str = "http://www.w3.org/2000/svg";

/// The connectors' props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct ConnectorsProps {
    /// The decided competition.
    pub model: Model,
    /// The state: open ties move lines, the highlighted team lights some.
    pub store: StoreHandle,
    /// The competition's last round when it is shown: its winners feed the
    /// qualified column.
    pub last_round: Option<usize>,
    /// The grid the cards sit in.
    pub grid: NodeRef,
}

/// An SVG over the grid, behind the cards.
#[function_component]
pub fn Connectors(props: &ConnectorsProps) -> Html {
    renders::count("Connectors");
    let svg = use_node_ref();
    {
        // Drawn before the first paint, so the lines come with the cards.
        let (props, svg) = (props.clone(), svg.clone());
        use_before_first_paint(move || start(&props, &svg));
    }
    html! {
        <svg class="cb-lines" aria-hidden="true" focusable="false" width="0" height="0" ref={svg} />
    }
}

/// What keeps the lines up to date; dropping it stops that.
struct Live {
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    store: StoreHandle,
    watcher: u64,
}

impl Drop for Live {
    fn drop(&mut self) {
        self.observer.disconnect();
        self.store.unwatch(self.watcher);
    }
}

fn start(props: &ConnectorsProps, svg: &NodeRef) -> Option<Live> {
    let grid = props.grid.cast::<Element>()?;
    let svg = svg.cast::<Element>()?;
    let drawing = Rc::new(RefCell::new(Drawing {
        model: props.model.clone(),
        last_round: props.last_round,
        grid: grid.clone(),
        svg,
        lines: None,
        size: (0, 0),
        highlight: props.store.current().highlight.clone(),
        store: props.store.clone(),
    }));
    let on_resize = {
        let drawing = drawing.clone();
        Closure::<dyn FnMut()>::new(move || drawing.borrow_mut().measure())
    };
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&grid);
    let watcher = {
        let (observer, grid) = (observer.clone(), grid);
        props
            .store
            .watch(Callback::from(move |(old, new): Published| {
                if old.open != new.open {
                    // Observed anew, the grid is reported once more after the
                    // next layout, moved or not: then the lines are measured.
                    observer.unobserve(&grid);
                    observer.observe(&grid);
                }
                if old.highlight != new.highlight {
                    drawing.borrow_mut().light(new.highlight.clone());
                }
            }))
    };
    Some(Live {
        observer,
        _on_resize: on_resize,
        store: props.store.clone(),
        watcher,
    })
}

/// Where a line ends: a tie's card, or a qualified team's.
#[derive(Clone, Copy)]
enum End {
    Tie(usize),
    Qualified(usize),
}

/// One line: its ends, its path element and what it last drew.
struct Line {
    from: usize,
    to: End,
    path: Element,
    points: [i32; 5],
    lit: bool,
}

/// A card's box relative to the grid.
#[derive(Clone, Copy)]
struct Card {
    left: f64,
    right: f64,
    middle: f64,
}

/// Card elements by flat tie index: the ties', then the qualified column's.
type Cards = (Vec<Option<Element>>, Vec<Option<Element>>);

/// The lines drawn so far and what they are drawn from.
struct Drawing {
    model: Model,
    last_round: Option<usize>,
    grid: Element,
    svg: Element,
    /// Made at the first measurement, once the cards are in: the cards (by
    /// flat tie index, and the qualified column's), which stay the same
    /// elements while the widget lives, and the lines between them.
    lines: Option<(Cards, Vec<Line>)>,
    size: (i32, i32),
    highlight: Option<Rc<str>>,
    /// The state: open ties' cards are measured, not their cells.
    store: StoreHandle,
}

impl Drawing {
    /// The cards by flat tie index, and the qualified column's.
    fn cards(&self) -> Cards {
        let ties = self.model.ties.len();
        let (mut cards, mut qualified) = (vec![None; ties], vec![None; ties]);
        if let Ok(nodes) = self.grid.query_selector_all("[data-node]") {
            for index in 0..nodes.length() {
                let Some(element) = nodes
                    .item(index)
                    .and_then(|node| node.dyn_into::<Element>().ok())
                else {
                    continue;
                };
                let Some(key) = element.get_attribute("data-node") else {
                    continue;
                };
                let (list, number) = match key.split_at_checked(1) {
                    Some(("t", number)) => (&mut cards, number),
                    Some(("q", number)) => (&mut qualified, number),
                    _ => continue,
                };
                if let Some(slot) = number.parse().ok().and_then(|n: usize| list.get_mut(n)) {
                    *slot = Some(element);
                }
            }
        }
        (cards, qualified)
    }

    /// The lines between cards that are drawn, each with a new path element
    /// (not yet in the drawing).
    fn make_lines(&self, cards: &[Option<Element>], qualified: &[Option<Element>]) -> Vec<Line> {
        let model = &self.model;
        let to_qualified = self
            .last_round
            .map(|last| model.ties_of_round(last))
            .unwrap_or(0..0)
            .map(|flat| (flat, End::Qualified(flat)));
        let pairs = model
            .links
            .iter()
            .map(|&(from, to)| (from, End::Tie(to)))
            .chain(to_qualified);
        let document = gloo::utils::document();
        pairs
            .filter(|&(from, to)| {
                let end = match to {
                    End::Tie(flat) => cards.get(flat),
                    End::Qualified(flat) => qualified.get(flat),
                };
                matches!(cards.get(from), Some(Some(_))) && matches!(end, Some(Some(_)))
            })
            .filter_map(|(from, to)| {
                let path = document.create_element_ns(Some(SVG), "path").ok()?;
                Some(Line {
                    from,
                    to,
                    path,
                    points: [i32::MIN; 5],
                    lit: false,
                })
            })
            .collect()
    }

    /// Measures the cards and redraws the lines that moved: every card is
    /// measured before anything is written, so that the browser lays out once.
    fn measure(&mut self) {
        let fresh = self.lines.is_none();
        if fresh {
            let (cards, qualified) = self.cards();
            let lines = self.make_lines(&cards, &qualified);
            self.lines = Some(((cards, qualified), lines));
        }
        let Some(((cards, qualified), lines)) = self.lines.as_mut() else {
            return;
        };
        let origin = self.grid.get_bounding_client_rect();
        let (top, left) = (origin.top(), origin.left());
        // A closed card sits in the middle of its cell, as wide as its
        // column's list, so the cell and the list are measured: off-screen
        // cells skip laying out their content (`content-visibility: auto` in
        // bracket.css), and measuring the card would lay it out. An open
        // tie's card sits above its match boxes: measured itself.
        let card = |element: &Option<Element>, open: bool| {
            let element = element.as_ref()?;
            let cell = element.parent_element().filter(|_| !open);
            let list = cell.as_ref().and_then(|cell| cell.parent_element());
            let (vertical, horizontal) = match (cell, list) {
                (Some(cell), Some(list)) => (
                    cell.get_bounding_client_rect(),
                    list.get_bounding_client_rect(),
                ),
                _ => {
                    let rect = element.get_bounding_client_rect();
                    (rect.clone(), rect)
                }
            };
            Some(Card {
                left: horizontal.left() - left,
                right: horizontal.right() - left,
                middle: vertical.top() - top + vertical.height() / 2.0,
            })
        };
        let open = self.store.current().open.clone();
        // Each card measured once, though it ends up to three lines.
        let mut boxes: Vec<Option<Card>> = vec![None; cards.len()];
        let mut tie_card = |flat: usize| {
            let slot = boxes.get_mut(flat)?;
            if slot.is_none() {
                let is_open = open.get(flat).copied().unwrap_or(false);
                *slot = card(cards.get(flat)?, is_open);
            }
            *slot
        };
        let points: Vec<Option<[i32; 5]>> = lines
            .iter()
            .map(|line| {
                let end = match line.to {
                    End::Tie(flat) => tie_card(flat),
                    End::Qualified(flat) => qualified.get(flat).and_then(|end| card(end, false)),
                }?;
                let start = tie_card(line.from)?;
                let bend = start.right + (end.left - start.right) / 2.0;
                Some([start.right, start.middle, bend, end.middle, end.left].map(pixel))
            })
            .collect();
        for (line, points) in lines.iter_mut().zip(points) {
            let Some(points) = points else { continue };
            if points != line.points {
                line.points = points;
                let [x1, y1, x2, y2, x3] = points;
                let _ = line
                    .path
                    .set_attribute("d", &format!("M{x1} {y1}H{x2}V{y2}H{x3}"));
            }
        }
        if fresh {
            // The paths join the drawing once they have their shape.
            for line in lines.iter() {
                let _ = self.svg.append_child(&line.path);
            }
            self.light(self.highlight.clone());
        }
        let size = (pixel(origin.width()), pixel(origin.height()));
        if size != self.size {
            self.size = size;
            let _ = self.svg.set_attribute("width", &size.0.to_string());
            let _ = self.svg.set_attribute("height", &size.1.to_string());
        }
    }

    /// Lights the lines the highlighted team went along, drawn last so that
    /// they lie over the others.
    fn light(&mut self, highlight: Option<Rc<str>>) {
        self.highlight = highlight;
        let (model, team) = (&self.model, self.highlight.as_deref());
        let Some((_, lines)) = self.lines.as_mut() else {
            return;
        };
        for line in lines.iter_mut() {
            let lit = team.is_some_and(|team| model.went_through(line.from, team));
            if lit == line.lit {
                continue;
            }
            line.lit = lit;
            if lit {
                let _ = line.path.set_attribute("class", "cb-lit");
                let _ = self.svg.append_child(&line.path);
            } else {
                let _ = line.path.remove_attribute("class");
            }
        }
    }
}

/// The nearest whole pixel: whole numbers print without the float formatting
/// machinery, which would cost the bundle some 20 KB.
fn pixel(value: f64) -> i32 {
    (value + 0.5).floor() as i32
}
