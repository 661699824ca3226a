//! Cells of the bracket's grid, each placed on the rows its tie spans.
//!
//! The rows are set through the CSSOM rather than a `style` attribute, so that
//! the widget runs under a `style-src 'self'` Content-Security-Policy, and
//! before the first paint (`before_paint`). A column places all its cells at
//! once: a component and a hook per cell cost more, at a thousand ties, than
//! the cells themselves.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::before_paint::use_before_first_paint;
use crate::layout::Placement;
use crate::view_model::Model;

/// A column's `<ol>`: its cells are placed on their ties' rows once drawn,
/// before the browser first paints them.
#[hook]
pub fn use_placed_cells(model: &Model, round: usize) -> NodeRef {
    let list = use_node_ref();
    {
        let (list, model) = (list.clone(), model.clone());
        use_before_first_paint(move || {
            if let Some(list) = list.cast::<web_sys::Element>() {
                let placements = model
                    .ties_of_round(round)
                    .filter_map(|flat| model.layout.placements.get(flat).copied());
                place_cells(&list, placements);
            }
        });
    }
    list
}

/// Puts the element children of `list` (its `<li>` cells, in order) on the
/// rows of `placements`, one for one.
fn place_cells(list: &web_sys::Element, placements: impl IntoIterator<Item = Placement>) {
    let mut cell = list.first_element_child();
    for placement in placements {
        let Some(element) = cell else { return };
        if let Some(element) = element.dyn_ref::<HtmlElement>() {
            let rows = format!("{} / span {}", placement.row + 1, placement.span);
            let _ = element.style().set_property("grid-row", &rows);
        }
        cell = element.next_element_sibling();
    }
}
