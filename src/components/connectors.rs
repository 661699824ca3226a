//! The lines from each tie to the tie its winner plays next.
//!
//! They are measured from the cards as laid out, after every change and resize,
//! so they stay right however tall open ties make their rows.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

use crate::view_model::Model;

/// The connectors' props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct ConnectorsProps {
    /// The decided competition.
    pub model: Model,
    /// Which ties are open: a change re-measures.
    pub open: Rc<Vec<bool>>,
    /// The highlighted team, whose lines are drawn lit.
    pub highlight: Option<Rc<str>>,
    /// The last round shown, whose winners feed the qualified column.
    pub last_round: Option<usize>,
    /// The grid the cards sit in.
    pub grid: NodeRef,
}

/// One line: its SVG path and whether it is on the highlighted path.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    path: String,
    lit: bool,
}

/// The lines and the size of the drawing.
#[derive(Clone, Debug, Default, PartialEq)]
struct Drawing {
    lines: Vec<Line>,
    width: i32,
    height: i32,
}

/// An SVG over the grid, behind the cards.
#[function_component]
pub fn Connectors(props: &ConnectorsProps) -> Html {
    let drawing = use_state(Drawing::default);
    let resized = use_state(|| 0_u32);
    // A resize (fonts, the window, a phone turned) re-measures.
    {
        let (grid, resized) = (props.grid.clone(), resized.setter());
        let observer = use_mut_ref(|| None::<(ResizeObserver, Closure<dyn FnMut()>)>);
        use_effect_with((), move |_| {
            let count = Rc::new(RefCell::new(0_u32));
            let callback = Closure::<dyn FnMut()>::new(move || {
                let next = *count.borrow() + 1;
                *count.borrow_mut() = next;
                resized.set(next);
            });
            if let (Some(element), Ok(watcher)) = (
                grid.cast::<Element>(),
                ResizeObserver::new(callback.as_ref().unchecked_ref()),
            ) {
                watcher.observe(&element);
                *observer.borrow_mut() = Some((watcher, callback));
            }
            move || {
                if let Some((watcher, _callback)) = observer.borrow_mut().take() {
                    watcher.disconnect();
                }
            }
        });
    }
    {
        let drawing = drawing.clone();
        let props = props.clone();
        use_effect_with(
            (
                props.open.clone(),
                props.highlight.clone(),
                props.last_round,
                *resized,
            ),
            move |_| {
                if let Some(grid) = props.grid.cast::<Element>() {
                    let next = measure(&props, &grid);
                    if *drawing != next {
                        drawing.set(next);
                    }
                }
            },
        );
    }
    html! {
        <svg class="cb-lines" aria-hidden="true" focusable="false"
             width={drawing.width.to_string()} height={drawing.height.to_string()}>
            { for drawing.lines.iter().filter(|line| !line.lit).map(|line| html! { <path d={line.path.clone()} /> }) }
            // Lit lines last, so they are drawn over the others.
            { for drawing.lines.iter().filter(|line| line.lit).map(|line| html! { <path class="cb-lit" d={line.path.clone()} /> }) }
        </svg>
    }
}

/// A card's box relative to the grid.
#[derive(Clone, Copy)]
struct Card {
    left: f64,
    right: f64,
    middle: f64,
}

fn measure(props: &ConnectorsProps, grid: &Element) -> Drawing {
    let origin = grid.get_bounding_client_rect();
    let mut cards: HashMap<String, Card> = HashMap::new();
    if let Ok(nodes) = grid.query_selector_all("[data-node]") {
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
            let rect = element.get_bounding_client_rect();
            cards.insert(
                key,
                Card {
                    left: rect.left() - origin.left(),
                    right: rect.right() - origin.left(),
                    middle: rect.top() - origin.top() + rect.height() / 2.0,
                },
            );
        }
    }
    let model = &props.model;
    let highlight = props.highlight.as_deref();
    let through = |flat: usize| highlight.is_some_and(|team| model.went_through(flat, team));
    let mut pairs: Vec<(usize, String)> = model
        .links
        .iter()
        .map(|(from, to)| (*from, format!("t{to}")))
        .collect();
    if let Some(last) = props.last_round {
        pairs.extend(
            model
                .ties_of_round(last)
                .map(|flat| (flat, format!("q{flat}"))),
        );
    }
    let lines = pairs
        .into_iter()
        .filter_map(|(from, to)| {
            let start = cards.get(&format!("t{from}"))?;
            let end = cards.get(&to)?;
            let bend = start.right + (end.left - start.right) / 2.0;
            let [x1, y1, x2, y2, x3] =
                [start.right, start.middle, bend, end.middle, end.left].map(pixel);
            Some(Line {
                path: format!("M{x1} {y1}H{x2}V{y2}H{x3}"),
                lit: through(from),
            })
        })
        .collect();
    Drawing {
        lines,
        width: pixel(origin.width()),
        height: pixel(origin.height()),
    }
}

/// The nearest whole pixel: whole numbers print without the float formatting
/// machinery, which would cost the bundle some 20 KB.
fn pixel(value: f64) -> i32 {
    (value + 0.5).floor() as i32
}
