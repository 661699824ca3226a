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
//! paths of open ties are measured, in one layout per level.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
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

/// Aligns the paths of the open ties in `frame` after each change of `open`,
/// and again when an open tie's boxes change size.
#[hook]
pub fn use_open_paths_aligned(frame: NodeRef, tree: Shared<Tree>, open: Rc<[bool]>) {
    use_effect_with(open, move |open| {
        let levels = open_paths(&tree, open);
        let frame = frame.cast::<Element>();
        let align: Rc<dyn Fn()> = {
            let (frame, levels) = (frame.clone(), levels.clone());
            Rc::new(move || {
                if let Some(frame) = &frame {
                    align(frame, &levels);
                }
            })
        };
        align();
        // The boxes' text can reflow (a font arriving, a zoom): measured again.
        let observer = frame.as_ref().and_then(|frame| {
            let again = align.clone();
            let closure = Closure::<dyn FnMut()>::new(move || again());
            let observer = ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
            if let Ok(regions) = frame.query_selector_all(".cb-boxes:not([hidden])") {
                for index in 0..regions.length() {
                    if let Some(region) = regions.item(index).and_then(|n| n.dyn_into().ok()) {
                        observer.observe(&region);
                    }
                }
            }
            Some((observer, closure))
        });
        move || {
            if let Some((observer, _closure)) = observer {
                observer.disconnect();
            }
        }
    });
}

/// Measures and moves the cards of `levels` (node indices, deepest first).
fn align(frame: &Element, levels: &[Vec<usize>]) {
    // Every earlier shift and lift off first: a path that closed must not
    // keep them, and those that stay are measured afresh.
    if let Ok(moved) = frame.query_selector_all(".cb-node[style]") {
        for index in 0..moved.length() {
            if let Some(node) = moved
                .item(index)
                .and_then(|n| n.dyn_into::<HtmlElement>().ok())
            {
                let _ = node.remove_attribute("style");
            }
        }
    }
    for level in levels {
        let nodes: Vec<HtmlElement> = level
            .iter()
            .filter_map(|node| {
                frame
                    .query_selector(&format!(".cb-node[data-node=\"{node}\"]"))
                    .ok()
                    .flatten()
                    .and_then(|element| element.dyn_into().ok())
            })
            .collect();
        // All of a level is read before any of it is written: one layout.
        let moves: Vec<(f64, f64)> = nodes.iter().map(measure).collect();
        for (node, (shift, lift)) in nodes.iter().zip(moves) {
            let style = node.style();
            // Whole pixels: printing a float would bring the float
            // formatting machinery into the bundle.
            let (shift, lift) = (shift.round() as i32, lift.round() as i32);
            if shift != 0 {
                let _ = style.set_property("--cb-shift", &format!("{shift}px"));
            }
            if lift > 0 {
                let _ = style.set_property("--cb-lift", &format!("{lift}px"));
            }
        }
    }
}

/// A node's shift (its feeders already in place) and, when it is open and
/// has feeders, how far its boxes are to be lifted.
fn measure(node: &HtmlElement) -> (f64, f64) {
    let middle = |element: &Element| {
        let rect = element.get_bounding_client_rect();
        rect.top() + rect.height() / 2.0
    };
    let child = |selector: &str| node.query_selector(selector).ok().flatten();
    let Some(card) = child(":scope > .cb-card") else {
        return (0.0, 0.0);
    };
    let cards = node
        .query_selector_all(":scope > .cb-feeders > .cb-node > .cb-card")
        .ok();
    let count = cards.as_ref().map_or(0, |cards| cards.length());
    let feeder = |index: u32| {
        cards
            .as_ref()
            .and_then(|cards| cards.item(index))
            .and_then(|card| card.dyn_into::<Element>().ok())
    };
    let (Some(first), Some(last)) = (feeder(0), feeder(count.saturating_sub(1))) else {
        return (0.0, 0.0);
    };
    let moved = shift(middle(&card), middle(&first), middle(&last));
    let lift = child(":scope > .cb-boxes:not([hidden])").map_or(0.0, |boxes| {
        let card_bottom = card.get_bounding_client_rect().bottom() + moved;
        boxes.get_bounding_client_rect().top() - card_bottom
    });
    (moved, lift.max(0.0))
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
}
