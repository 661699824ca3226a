//! Cells of the bracket's grid, each placed on the rows its tie spans.
//!
//! The rows are set through the CSSOM rather than a `style` attribute, so that
//! the widget runs under a `style-src 'self'` Content-Security-Policy. A column
//! places all its cells in one effect: a component and a hook per cell cost
//! more, at a thousand ties, than the cells themselves.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::layout::Placement;

/// Puts the element children of `list` (its `<li>` cells, in order) on the
/// rows of `placements`, one for one.
pub fn place_cells(list: &web_sys::Element, placements: impl IntoIterator<Item = Placement>) {
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

/// The element a cell's node is, for code that measures cells.
pub fn as_element(node: &web_sys::Node) -> Option<web_sys::Element> {
    node.clone().dyn_into().ok()
}
