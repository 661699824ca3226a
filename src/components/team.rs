//! One team's line in a tie: country badge, name, each leg's goals, the
//! aggregate and how the tie was won.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::country_badge::CountryBadge;
use crate::state::{Action, ViewState};

/// A team line's props: everything already worked out by the tie.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct TeamLineProps {
    /// Team id, for highlighting.
    pub id: Rc<str>,
    /// Name as shown.
    pub name: AttrValue,
    /// FIFA trigram.
    pub country: AttrValue,
    /// Goals in each leg, as shown ("–" for a leg never played).
    pub legs: Vec<AttrValue>,
    /// The aggregate, as shown.
    pub aggregate: AttrValue,
    /// "a", "(5)", "w/o", "aet" or "" beside the aggregate.
    pub mark: AttrValue,
    /// Where a team entering here came from ("Champions League first round").
    pub entered: Option<AttrValue>,
    /// Whether this team went through.
    pub through: bool,
    /// Whether this team's path is highlighted.
    pub lit: bool,
    /// To highlight the path on hover.
    pub dispatcher: UseReducerDispatcher<ViewState>,
}

/// A team's line.
#[function_component]
pub fn TeamLine(props: &TeamLineProps) -> Html {
    let on_enter = {
        let (dispatcher, id) = (props.dispatcher.clone(), props.id.clone());
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::Highlight(Some(id.clone())))
        })
    };
    let class = classes!(
        "cb-team",
        props.through.then_some("cb-through"),
        props.lit.then_some("cb-lit")
    );
    html! {
        // The tie's name says all this in words; the grid of numbers is for the eye.
        <span {class} onmouseenter={on_enter} aria-hidden="true">
            <CountryBadge code={props.country.clone()} />
            <span class="cb-name">
                <span class="cb-name-text" title={props.name.clone()}>{ &props.name }</span>
                if let Some(entered) = &props.entered {
                    <span class="cb-entered" title={entered.clone()}>{ "CL" }</span>
                }
            </span>
            { for props.legs.iter().map(|goals| html! { <span class="cb-goals">{ goals }</span> }) }
            <span class="cb-aggregate">{ &props.aggregate }</span>
            <span class="cb-mark">{ &props.mark }</span>
        </span>
    }
}
