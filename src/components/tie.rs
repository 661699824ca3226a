//! A tie: its card is a disclosure button; the region it controls holds one
//! match box per leg.

use std::rc::Rc;

use cup_bracket_core::model::TieKind;
use yew::prelude::*;

use crate::components::grid_cell::GridCell;
use crate::components::match_box::MatchBox;
use crate::components::team::TeamLine;
use crate::scoreline::{accessible_name, lines};
use crate::state::{Action, ViewState};
use crate::view_model::Model;

/// A tie's props; `open` and `lit` change alone, so only that tie re-renders.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct TieProps {
    /// The decided competition.
    pub model: Model,
    /// Flat tie index.
    pub flat: usize,
    /// Whether its match boxes show.
    pub open: bool,
    /// The highlighted team, when it plays in this tie.
    pub lit: Option<Rc<str>>,
    /// Prefix of this widget's element ids.
    pub id_prefix: AttrValue,
    /// Where actions go.
    pub dispatcher: UseReducerDispatcher<ViewState>,
}

/// A tie or a bye in its grid cell.
#[function_component]
pub fn TieCard(props: &TieProps) -> Html {
    let model = &props.model;
    let flat = props.flat;
    let Some(tie) = model.tie(flat) else {
        return Html::default();
    };
    let Some(placement) = model.layout.placements.get(flat).copied() else {
        return Html::default();
    };
    let lit_team = props.lit.as_deref();
    let team_lines = lines(model, flat).into_iter().map(|line| {
        html! {
            <TeamLine
                id={Rc::<str>::from(line.id.as_str())}
                name={line.name.clone()}
                country={line.country.clone()}
                legs={line.legs.iter().map(|goals| AttrValue::from(goals.clone())).collect::<Vec<_>>()}
                aggregate={line.aggregate.clone()}
                mark={line.mark.clone()}
                entered={line.entered.clone().map(AttrValue::from)}
                through={line.through}
                lit={lit_team == Some(line.id.as_str())}
                dispatcher={props.dispatcher.clone()}
            />
        }
    });
    let on_path = lit_team.is_some_and(|team| model.went_through(flat, team));
    let node = format!("t{flat}");
    if let Some(TieKind::Bye(_)) = tie.kind() {
        return html! {
            <GridCell {placement}>
                <div class={classes!("cb-card", "cb-bye", on_path.then_some("cb-on-path"))} data-node={node}
                     role="group" aria-label={accessible_name(model, flat)}>
                    { for team_lines }
                </div>
            </GridCell>
        };
    }
    let button_id = format!("{}-tie-{flat}", props.id_prefix);
    let region_id = format!("{}-boxes-{flat}", props.id_prefix);
    let on_click = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Toggle(flat)))
    };
    let on_focus = {
        let (dispatcher, winner) = (
            props.dispatcher.clone(),
            model.winner(flat).map(Rc::<str>::from),
        );
        Callback::from(move |_: FocusEvent| dispatcher.dispatch(Action::Highlight(winner.clone())))
    };
    let class = classes!(
        "cb-card",
        "cb-tie",
        props.open.then_some("cb-open"),
        on_path.then_some("cb-on-path")
    );
    html! {
        <GridCell {placement}>
            <button type="button" {class} id={button_id.clone()} data-node={node}
                    aria-expanded={props.open.to_string()} aria-controls={region_id.clone()}
                    onclick={on_click} onfocus={on_focus}>
                // Named by this sentence, not an aria-label: the name then
                // holds no more than the button says (WCAG 2.5.3, label in name).
                <span class="cb-visually-hidden cb-tie-name">{ accessible_name(model, flat) }</span>
                { for team_lines }
            </button>
            <div class="cb-boxes" id={region_id} role="region" aria-labelledby={button_id} hidden={!props.open}>
                if props.open {
                    { for (0..tie.legs.len()).map(|leg| html! {
                        <MatchBox key={leg} model={model.clone()} {flat} {leg} />
                    }) }
                }
            </div>
        </GridCell>
    }
}
