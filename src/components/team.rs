//! One team's line in a tie: country badge, name, each leg's goals, the
//! aggregate and how the tie was won.
//!
//! Plain markup drawn by the tie's card rather than a component of its own:
//! the card re-renders as a whole anyway, and a component per line would
//! double the components of a big bracket.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::country_badge::badge;
use crate::scoreline::Line;
use crate::state::{Action, ViewState};

/// A team's line; `lit` when this team's path is highlighted. Hovering it
/// highlights the team's path.
pub fn team_line(line: Line, lit: bool, dispatcher: &UseReducerDispatcher<ViewState>) -> Html {
    let id: Rc<str> = Rc::from(line.id);
    let on_enter = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::Highlight(Some(id.clone())))
        })
    };
    let class = classes!(
        "cb-team",
        line.through.then_some("cb-through"),
        lit.then_some("cb-lit")
    );
    let name = AttrValue::from(line.name);
    html! {
        // The tie's name says all this in words; the grid of numbers is for the eye.
        <span {class} onmouseenter={on_enter} aria-hidden="true">
            { badge(&AttrValue::from(line.country)) }
            <span class="cb-name">
                <span class="cb-name-text" title={name.clone()}>{ name }</span>
                if let Some(entered) = line.entered {
                    <span class="cb-entered" title={entered}>{ "CL" }</span>
                }
            </span>
            { for line.legs.into_iter().map(|goals| html! { <span class="cb-goals">{ goals }</span> }) }
            <span class="cb-aggregate">{ line.aggregate }</span>
            <span class="cb-mark">{ line.mark }</span>
        </span>
    }
}
