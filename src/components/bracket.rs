//! The bracket: a heading per column, then the tree of ties, in a frame that
//! scrolls sideways on its own. Hovering a team's line highlights its path.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::after_paint::AfterPaint;
use crate::align::use_open_paths_aligned;
use crate::components::heads::Heads;
use crate::components::renders;
use crate::components::subtree::Subtree;
use crate::context::BracketContext;
use crate::state::{NodeView, Shared};

/// The bracket's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct BracketProps {
    /// The widget's shared, unchanging part.
    pub cx: Shared<BracketContext>,
    /// What each root of the tree shows.
    pub roots: Shared<[Shared<NodeView>]>,
    /// Which ties are open, by flat index: their paths are aligned anew.
    pub open: Rc<[bool]>,
}

/// The whole bracket.
#[function_component]
pub fn Bracket(props: &BracketProps) -> Html {
    renders::count("Bracket");
    let cx = &props.cx;
    let frame = use_node_ref();
    // The ties in view first, the others once those are painted: a reader
    // sees the bracket sooner, and every tie is there a frame later (for
    // find-in-page, screen readers, the keyboard).
    let first_rows = cx.rows_in_view.filter(|&rows| rows < cx.tree.rows);
    let all_drawn = use_state(|| first_rows.is_none());
    {
        let all_drawn = all_drawn.clone();
        use_effect_with((), move |_| {
            let rest = (!*all_drawn).then(|| AfterPaint::new(move || all_drawn.set(true)));
            move || drop(rest)
        });
    }
    let drawn_rows = if *all_drawn { None } else { first_rows };
    use_open_paths_aligned(
        frame.clone(),
        cx.tree.clone(),
        props.open.clone(),
        *all_drawn,
    );
    // One listener for every team line: `mouseover` bubbles from the line
    // (or anything in it) to here, and the line says whose it is.
    let on_over = {
        let cx = cx.clone();
        Callback::from(move |event: MouseEvent| {
            let team = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .and_then(|element| element.closest("[data-team]").ok().flatten())
                .and_then(|line| line.get_attribute("data-team"));
            if let Some(team) = team {
                cx.on_highlight.emit(Some(Rc::from(team)));
            }
        })
    };
    html! {
        <div class="cb-frame" ref={frame} onmouseover={on_over}>
            <Heads cx={cx.clone()} />
            <div class="cb-forest">
                { for props.roots.iter().map(|root| html! {
                    <Subtree key={root.node} view={root.clone()} cx={cx.clone()} {drawn_rows} />
                }) }
            </div>
        </div>
    }
}
