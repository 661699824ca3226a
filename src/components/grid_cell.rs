//! A cell of the bracket's grid, placed on the rows its tie spans.
//!
//! The rows are set through the CSSOM rather than a `style` attribute, so that
//! the widget runs under a `style-src 'self'` Content-Security-Policy.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::layout::Placement;

/// The cell's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct GridCellProps {
    /// Where the cell sits.
    pub placement: Placement,
    /// Extra classes.
    #[prop_or_default]
    pub class: Classes,
    /// The cell's content.
    pub children: Html,
}

/// An `<li>` spanning its tie's rows.
#[function_component]
pub fn GridCell(props: &GridCellProps) -> Html {
    let cell = use_node_ref();
    {
        let cell = cell.clone();
        use_effect_with(props.placement, move |placement| {
            if let Some(element) = cell.cast::<HtmlElement>() {
                let rows = format!("{} / span {}", placement.row + 1, placement.span);
                let _ = element.style().set_property("grid-row", &rows);
            }
        });
    }
    html! {
        <li class={classes!("cb-cell", props.class.clone())} ref={cell}>{ props.children.clone() }</li>
    }
}

/// The element a cell's node is, for code that measures cells.
pub fn as_element(node: &web_sys::Node) -> Option<web_sys::Element> {
    node.clone().dyn_into().ok()
}
