//! Keeping the ties that lead to an open tie level with the middle of their
//! feeders.
//!
//! With every tie closed, each subtree is as tall above its card as below,
//! and the stylesheet alone puts a card at the middle of its feeders. An open
//! tie's match boxes hang below its card, so its subtree is no longer
//! symmetric, and the cards it leads to would sit too low, off their lines.
//! After each change of the open ties (and whenever an open tie's boxes
//! change size), this hook measures the cards on those paths, deepest first,
//! and moves each by the difference (`--cb-shift`, which moves its card and
//! its stretch of line, and nothing else); an open tie with feeders has its
//! boxes lifted to just under its card (`--cb-lift`). Only the nodes on the
//! paths of open ties are measured, all in one layout (and one more after a
//! level whose lift changed: a lift changes the layout around it).

use std::cell::Cell;
use std::rc::Rc;

use js_sys::Reflect;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, ResizeObserver};
use yew::prelude::*;

use crate::layout::{Card, Tree};
use crate::state::Shared;

/// The nodes on the way to an open tie, the open ones included, deepest
/// first (each level after the levels it rests on).
pub fn open_paths(tree: &Tree, open: &[bool]) -> Vec<Vec<usize>> {
    let mut on_path = vec![false; tree.nodes.len()];
    for (index, node) in tree.nodes.iter().enumerate() {
        if matches!(node.card, Card::Tie(flat) if open.get(flat).copied().unwrap_or(false)) {
            let mut at = Some(index);
            while let Some(current) = at {
                if on_path[current] {
                    break;
                }
                on_path[current] = true;
                at = tree.nodes[current].parent;
            }
        }
    }
    let depth = |mut node: usize| {
        let mut depth = 0;
        while let Some(parent) = tree.nodes[node].parent {
            depth += 1;
            node = parent;
        }
        depth
    };
    let mut levels: Vec<Vec<usize>> = Vec::new();
    for node in (0..tree.nodes.len()).filter(|&node| on_path[node]) {
        let level = depth(node);
        if levels.len() <= level {
            levels.resize(level + 1, Vec::new());
        }
        levels[level].push(node);
    }
    levels.reverse();
    levels.retain(|level| !level.is_empty());
    levels
}

/// How far a card must move for its middle to be halfway between the middles
/// of its first and last feeders' cards (all in the same units).
pub fn shift(own_middle: f64, first_middle: f64, last_middle: f64) -> f64 {
    (first_middle + last_middle) / 2.0 - own_middle
}

/// Aligns the paths of the open ties in `frame` after each change of `open`
/// (and once every tie is drawn), and again when an open tie's boxes change
/// size (a font arriving, a zoom, the reader's kick-off time written in).
/// The observer's first report, for boxes just drawn, comes after the
/// browser laid them out and before it paints them.
#[hook]
pub fn use_open_paths_aligned(
    frame: NodeRef,
    tree: Shared<Tree>,
    open: Rc<[bool]>,
    all_drawn: bool,
) {
    // The nodes moved last time, to put back first.
    let moved = use_mut_ref(Vec::<Moved>::new);
    let levels = use_memo((open.clone(), tree), |(open, tree)| open_paths(tree, open));
    // The paths as last rendered: every call aligns those, whether it comes
    // from this render or from an observer set up by an earlier one (Yew
    // may run the effect that replaces it after a paint).
    let rendered = use_mut_ref(|| levels.clone());
    *rendered.borrow_mut() = levels.clone();
    // The elements of the nodes on the paths, as the last alignment found
    // them: the observer below takes the open boxes from them.
    let path_nodes = use_mut_ref(Vec::<(usize, HtmlElement)>::new);
    let align_now: Rc<dyn Fn()> = {
        let (frame, path_nodes) = (frame.clone(), path_nodes.clone());
        Rc::new(move || {
            if let Some(frame) = frame.cast::<Element>() {
                register_properties_once();
                let levels = rendered.borrow().clone();
                *path_nodes.borrow_mut() = align(&frame, &levels, &mut moved.borrow_mut());
            }
        })
    };
    // Once, before the next frame is painted, after each change of the open
    // ties (even one that leaves the paths as they were: a tie opened on the
    // path of another has new boxes) and once every tie is drawn (the cards
    // on the paths are real then). Not from an effect alone: Yew yields to the
    // browser during a long render and may then run the effects after a
    // paint, which showed a tie just opened with its boxes off its card for
    // a frame or two. An animation frame's callback runs before the browser
    // lays that frame out and paints it; it is asked for while rendering,
    // the only work sure to come before the yield.
    let next_frame = use_mut_ref(|| None);
    {
        let align_now = align_now.clone();
        use_memo((open.clone(), all_drawn), move |_| {
            *next_frame.borrow_mut() = before_next_paint(align_now);
        });
    }
    // Whenever an open tie's boxes change size, measured again (which moves
    // nothing when nothing moved, and costs no layout of its own).
    use_effect_with((open, all_drawn), move |_| {
        // Aligned here too when the effect comes first, as it does after a
        // click (a short render): in the click's own task, before the
        // browser's hover hit test lays out and pre-paints the page, which
        // aligning in the frame after would make it do twice (35 ms at
        // 4,096 teams). The frame's alignment then finds all in place.
        align_now();
        let observer = (!levels.is_empty() && frame.get().is_some())
            .then(|| {
                let closure = Closure::<dyn FnMut()>::new(move || align_now());
                let observer = ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
                // The open ties' boxes, on the paths just aligned: a search
                // of the whole bracket for them would cost milliseconds.
                for (_, node) in path_nodes.borrow().iter() {
                    if let Some(boxes) = child(node, "cb-boxes") {
                        observer.observe(&boxes);
                    }
                }
                Some((observer, closure))
            })
            .flatten();
        move || {
            if let Some((observer, _closure)) = observer {
                observer.disconnect();
            }
        }
    });
}

/// Calls `then` in the next animation frame, in a browser; natively (the
/// pages rendered at build time) there are none.
#[cfg(target_arch = "wasm32")]
fn before_next_paint(then: Rc<dyn Fn()>) -> Option<gloo::render::AnimationFrame> {
    Some(gloo::render::request_animation_frame(move |_| then()))
}

/// Natively there is no frame to paint.
#[cfg(not(target_arch = "wasm32"))]
fn before_next_paint(_then: Rc<dyn Fn()>) -> Option<()> {
    None
}

/// Registers `--cb-shift` and `--cb-lift` as lengths that are not inherited,
/// once a page (`CSS.registerProperty`: a shadow root's `@property` rule is
/// ignored): moving a card then restyles the node and the few parts that take
/// them (`inherit` in `bracket.css`), not every tie that fed it. Where the
/// browser cannot, they stay inherited: the same layout, restyled more widely.
fn register_properties_once() {
    thread_local! { static DONE: Cell<bool> = const { Cell::new(false) }; }
    if DONE.with(|done| done.replace(true)) {
        return;
    }
    let css = Reflect::get(&js_sys::global(), &"CSS".into()).ok();
    let register = css
        .as_ref()
        .and_then(|css| Reflect::get(css, &"registerProperty".into()).ok())
        .and_then(|register| register.dyn_into::<js_sys::Function>().ok());
    let (Some(css), Some(register)) = (css, register) else {
        return;
    };
    for name in ["--cb-shift", "--cb-lift"] {
        let definition = js_sys::Object::new();
        for (key, value) in [
            ("name", JsValue::from_str(name)),
            ("syntax", "<length>".into()),
            ("inherits", false.into()),
            ("initialValue", "0px".into()),
        ] {
            let _ = Reflect::set(&definition, &key.into(), &value);
        }
        // Throws where the page has them already (another copy of the
        // bundle registered them): they are as wanted then.
        let _ = register.call1(&css, &definition);
    }
}

/// Measures and moves the cards of `levels` (node indices, deepest first).
/// A card's shift is a relative offset (`top`), which moves that card and
/// lays nothing else out anew: so every level is measured in one layout,
/// read before anything is written, and a level's cards are placed from the
/// measures with their feeders' new shifts added. Only a lift (a margin)
/// changes the layout; the levels after one are measured again. Only what
/// changed is written, and a measure that finds everything in place costs
/// no layout at all. `moved` holds the nodes moved, and where to. Returns
/// the elements of the nodes on the paths.
fn align(
    frame: &Element,
    levels: &[Vec<usize>],
    moved: &mut Vec<Moved>,
) -> Vec<(usize, HtmlElement)> {
    // Nodes no longer on a path go back in place first.
    moved.retain(|moved| {
        let stays = levels.iter().any(|level| level.contains(&moved.index));
        if !stays {
            put_back(&moved.node);
        }
        stays
    });
    let elements = node_elements(frame, levels);
    let element = |index: usize| {
        let (_, node) = elements.iter().find(|(found, _)| *found == index)?;
        Some(node.clone())
    };
    // The measures of the levels left, as the layout stood when they were
    // read, and how far each card has moved since (by node index).
    let mut measures: Vec<(usize, Option<Measure>)> = Vec::new();
    let mut moved_since: Vec<(usize, i32)> = Vec::new();
    let mut laid_out_anew = true;
    for (depth, level) in levels.iter().enumerate() {
        if laid_out_anew {
            measures = levels[depth..]
                .iter()
                .flatten()
                .map(|&index| (index, element(index).and_then(|node| measure(&node))))
                .collect();
            moved_since.clear();
            laid_out_anew = false;
        }
        for &index in level {
            let Some(node) = element(index) else { continue };
            // Where the node stands now (a node drawn anew stands unmoved).
            let was = moved
                .iter()
                .find(|moved| moved.index == index && moved.node == node)
                .map_or_else(Placement::default, |moved| moved.placement);
            let measure = measures
                .iter()
                .find(|(measured, _)| *measured == index)
                .and_then(|(_, measure)| measure.as_ref());
            let wanted = measure.map_or_else(Placement::default, |measure| {
                place(measure, was, |feeder| {
                    moved_since
                        .iter()
                        .find(|(node, _)| *node == feeder)
                        .map_or(0, |(_, by)| *by)
                })
            });
            if wanted == was {
                continue;
            }
            moved_since.push((index, wanted.shift - was.shift));
            laid_out_anew |= wanted.lift != was.lift;
            moved.retain(|moved| moved.index != index);
            if wanted == Placement::default() {
                put_back(&node);
                continue;
            }
            let style = node.style();
            for (name, old, new) in [
                ("--cb-shift", was.shift, wanted.shift),
                ("--cb-lift", was.lift, wanted.lift),
            ] {
                if new == old {
                    continue;
                }
                // Whole pixels: printing a float would bring the float
                // formatting machinery into the bundle.
                let _ = style.set_property(name, &format!("{new}px"));
            }
            moved.push(Moved {
                index,
                node,
                placement: wanted,
            });
        }
    }
    elements
}

/// The elements of the nodes in `levels`. Each path is found from its
/// deepest node up, through the node elements around it: one search of the
/// tree a path, not one a node (a search goes through every element before
/// the node, 64,000 of them at 4,096 teams).
fn node_elements(frame: &Element, levels: &[Vec<usize>]) -> Vec<(usize, HtmlElement)> {
    let mut found: Vec<(usize, HtmlElement)> = Vec::new();
    for &index in levels.iter().flatten() {
        if found.iter().any(|(known, _)| *known == index) {
            continue;
        }
        let mut at = frame
            .query_selector(&format!(".cb-node[data-node=\"{index}\"]"))
            .ok()
            .flatten();
        while let Some(element) = at {
            if &element == frame {
                break;
            }
            // Only node elements have `data-node`.
            let node = element
                .get_attribute("data-node")
                .and_then(|n| n.parse().ok());
            if let Some(node) = node {
                if found.iter().any(|(known, _)| *known == node) {
                    break;
                }
                if let Ok(element) = element.clone().dyn_into::<HtmlElement>() {
                    found.push((node, element));
                }
            }
            at = element.parent_element();
        }
    }
    found
}

/// Takes a node's shift and lift off, with its `style` attribute. Read
/// first: Chromium writes a style set from script into the attribute only
/// when it is next read, and an attribute removed before that comes back
/// empty (`style=""`).
fn put_back(node: &HtmlElement) {
    let _ = node.get_attribute("style");
    let _ = node.remove_attribute("style");
}

/// A node that `align` moved.
struct Moved {
    /// Its index in the tree.
    index: usize,
    /// Its element.
    node: HtmlElement,
    /// Where its card and boxes are.
    placement: Placement,
}

/// Where a node's card is moved to and how far its boxes are lifted, in
/// whole pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Placement {
    shift: i32,
    lift: i32,
}

/// Where a node's card and its first and last feeders' cards stand, and
/// its open boxes, in the page, as laid out (shifts and lifts included).
#[derive(Clone, Copy, Debug)]
struct Measure {
    /// The middle and the bottom of the node's card.
    middle: f64,
    bottom: f64,
    /// The first and last feeders' nodes and their cards' middles.
    first: (usize, f64),
    last: (usize, f64),
    /// The top of its match boxes, when it is open.
    boxes_top: Option<f64>,
}

/// A node's [`Measure`]; none for a node without a card or without feeders
/// drawn (a blank feeder, not drawn yet, has no card): it stays in place.
fn measure(node: &HtmlElement) -> Option<Measure> {
    let card = child(node, "cb-card")?;
    let feeders: Vec<(usize, Element)> = child(node, "cb-feeders")
        .map(|feeders| {
            children(&feeders).filter_map(|feeder| {
                let index = feeder.get_attribute("data-node")?.parse().ok()?;
                Some((index, child(&feeder, "cb-card")?))
            })
        })
        .into_iter()
        .flatten()
        .collect();
    let middle = |element: &Element| {
        let rect = element.get_bounding_client_rect();
        rect.top() + rect.height() / 2.0
    };
    let (first, last) = (feeders.first()?, feeders.last()?);
    let rect = card.get_bounding_client_rect();
    let open_boxes = child(node, "cb-boxes").filter(|boxes| !boxes.has_attribute("hidden"));
    Some(Measure {
        middle: rect.top() + rect.height() / 2.0,
        bottom: rect.bottom(),
        first: (first.0, middle(&first.1)),
        last: (last.0, middle(&last.1)),
        boxes_top: open_boxes.map(|boxes| boxes.get_bounding_client_rect().top()),
    })
}

/// Where a node's card belongs (its feeders in place: each moved by
/// `moved_since(node)` after `measure` was taken), and, when it is open and
/// has feeders, how far its boxes are to be lifted, from where it `was`
/// moved to when measured.
fn place(measure: &Measure, was: Placement, moved_since: impl Fn(usize) -> i32) -> Placement {
    let feeder = |(node, middle): (usize, f64)| middle + f64::from(moved_since(node));
    let own_middle = measure.middle - f64::from(was.shift);
    let moved = shift(own_middle, feeder(measure.first), feeder(measure.last)).round();
    let lift = measure.boxes_top.map_or(0.0, |top| {
        let card_bottom = measure.bottom - f64::from(was.shift) + moved;
        top + f64::from(was.lift) - card_bottom
    });
    Placement {
        shift: moved as i32,
        lift: lift.max(0.0).round() as i32,
    }
}

/// The child elements of `parent`. Walked, not searched with a `:scope >`
/// selector: a search goes through the whole subtree, which near the root
/// is the whole bracket.
fn children(parent: &Element) -> impl Iterator<Item = Element> {
    let children = parent.children();
    (0..children.length()).filter_map(move |index| children.item(index))
}

/// The first child element of `parent` with the class `class`.
fn child(parent: &Element, class: &str) -> Option<Element> {
    children(parent).find(|element| element.class_list().contains(class))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::compiled_in;
    use crate::view_model::Model;
    use cup_bracket_core::model::Lang;

    #[test]
    fn the_paths_of_open_ties_come_deepest_first() {
        let model = Model::new(compiled_in().expect("the compiled-in data"), Lang::En);
        let tree = Tree::new(&model.competition, None);
        let mut open = vec![false; model.ties.len()];
        assert!(open_paths(&tree, &open).is_empty());
        let niamey = model
            .tie_of_match("AS Douanes Niamey v IR Tanger")
            .expect("in the data");
        open[niamey] = true;
        let levels = open_paths(&tree, &open);
        let node = tree.node_of_tie[niamey].expect("shown");
        // The preliminary tie, its first-round tie, play-off tie and qualified team.
        assert_eq!(levels.len(), 4);
        assert_eq!(levels[0], [node]);
        let parents: Vec<usize> = levels[..3]
            .iter()
            .map(|level| tree.nodes[level[0]].parent.expect("fed on"))
            .collect();
        assert_eq!(parents, [levels[1][0], levels[2][0], levels[3][0]]);
        assert_eq!(shift(100.0, 50.0, 150.0), 0.0);
        assert_eq!(shift(140.0, 50.0, 150.0), -40.0);
    }

    #[test]
    fn a_card_is_placed_from_its_feeders_as_moved_in_the_same_pass() {
        let at = |shift, lift| Placement { shift, lift };
        // Feeders' cards at 100 and 300, its own at 260 (pushed down by
        // boxes opened under it): up by 60.
        let measure = Measure {
            middle: 260.0,
            bottom: 290.0,
            first: (3, 100.0),
            last: (4, 300.0),
            boxes_top: None,
        };
        assert_eq!(place(&measure, at(0, 0), |_| 0), at(-60, 0));
        // The last feeder moved up by 40 after the measure, in this pass:
        // its middle is at 260 now, without a new layout to read it from.
        let last_moved = |node| if node == 4 { -40 } else { 0 };
        assert_eq!(place(&measure, at(0, 0), last_moved), at(-80, 0));
        // Measured where an earlier pass put it: in place, nothing to write.
        let placed = Measure {
            middle: 200.0,
            bottom: 230.0,
            ..measure
        };
        assert_eq!(place(&placed, at(-60, 0), |_| 0), at(-60, 0));
        // Open, its boxes laid out 120 px below where its card goes: lifted
        // by 120 to just under it; and as measured once lifted, in place.
        let open = Measure {
            boxes_top: Some(350.0),
            ..measure
        };
        assert_eq!(place(&open, at(0, 0), |_| 0), at(-60, 120));
        let lifted = Measure {
            boxes_top: Some(230.0),
            ..placed
        };
        assert_eq!(place(&lifted, at(-60, 120), |_| 0), at(-60, 120));
    }
}
