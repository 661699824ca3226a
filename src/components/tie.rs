//! A tie: its card is a disclosure button; the region it controls holds one
//! match box per leg.

use cup_bracket_core::model::TieKind;
use yew::prelude::*;

use crate::components::match_box::MatchBox;
use crate::components::renders;
use cup_bracket_core::html::escape;

use crate::components::team::team_line;
use crate::scoreline::{accessible_name, lines};
use crate::state::{Action, StoreHandle, ViewState};
use crate::view_model::Model;

/// A tie's props: none of them change. Whether the tie is open and whether
/// the highlighted team plays in it come from the store, which re-renders
/// this card alone when either changes.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct TieProps {
    /// The decided competition.
    pub model: Model,
    /// Flat tie index.
    pub flat: usize,
    /// The state, and who to tell of its changes.
    pub store: StoreHandle,
    /// Prefix of this widget's element ids.
    pub id_prefix: AttrValue,
    /// Where actions go.
    pub dispatcher: UseReducerDispatcher<ViewState>,
}

/// A tie or a bye in its grid cell (placed on its rows by its round).
#[function_component]
pub fn TieCard(props: &TieProps) -> Html {
    renders::count("TieCard");
    let update = use_force_update();
    let state = props.store.current();
    {
        // Told of the changes that touch this tie; a change published before
        // this subscription (the host's `open` at start-up) re-renders it now.
        let (store, version) = (props.store.clone(), props.store.version());
        use_effect_with(props.flat, move |&flat| {
            let stale = store.version() != version;
            let on_change = update.clone();
            store.subscribe_tie(flat, Callback::from(move |()| on_change.force_update()));
            if stale {
                update.force_update();
            }
            move || store.unsubscribe_tie(flat)
        });
    }
    let model = &props.model;
    let flat = props.flat;
    let Some(tie) = model.tie(flat) else {
        return html! { <li class="cb-cell" /> };
    };
    let open = state.is_open(flat);
    let lit = model.lit_in(flat, state.highlight.as_ref());
    let lit_team = lit.as_deref();
    let bye = matches!(tie.kind(), Some(TieKind::Bye(_)));
    // The card's content as one piece of escaped HTML (see `team`).
    let mut content = String::with_capacity(1200);
    if !bye {
        // Named by this sentence, not an aria-label: the name then holds no
        // more than the button says (WCAG 2.5.3, label in name).
        content.push_str("<span class=\"cb-visually-hidden cb-tie-name\">");
        content.push_str(&escape(&accessible_name(model, flat)));
        content.push_str("</span>");
    }
    for line in lines(model, flat) {
        let lit = lit_team == Some(line.id.as_str());
        team_line(&mut content, &line, lit);
    }
    let content = Html::from_html_unchecked(AttrValue::from(content));
    let on_path = lit_team.is_some_and(|team| model.went_through(flat, team));
    let node = format!("t{flat}");
    if bye {
        return html! {
            <li class="cb-cell">
                <div class={if on_path { "cb-card cb-bye cb-on-path" } else { "cb-card cb-bye" }} data-node={node}
                     role="group" aria-label={accessible_name(model, flat)}>
                    { content }
                </div>
            </li>
        };
    }
    let button_id = format!("{}-tie-{flat}", props.id_prefix);
    let region_id = format!("{}-boxes-{flat}", props.id_prefix);
    let on_click = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Toggle(flat)))
    };
    let on_focus = {
        let (dispatcher, model) = (props.dispatcher.clone(), model.clone());
        Callback::from(move |_: FocusEvent| {
            let winner = model.winner(flat).map(std::rc::Rc::<str>::from);
            dispatcher.dispatch(Action::Highlight(winner))
        })
    };
    let class = match (open, on_path) {
        (false, false) => "cb-card cb-tie",
        (true, false) => "cb-card cb-tie cb-open",
        (false, true) => "cb-card cb-tie cb-on-path",
        (true, true) => "cb-card cb-tie cb-open cb-on-path",
    };
    html! {
        <li class="cb-cell">
            <button type="button" {class} id={button_id.clone()} data-node={node}
                    aria-expanded={if open { "true" } else { "false" }} aria-controls={region_id.clone()}
                    onclick={on_click} onfocus={on_focus}>
                { content }
            </button>
            <div class="cb-boxes" id={region_id} role="region" aria-labelledby={button_id} hidden={!open}>
                if open {
                    { for (0..tie.legs.len()).map(|leg| html! {
                        <MatchBox key={leg} model={model.clone()} {flat} {leg} />
                    }) }
                }
            </div>
        </li>
    }
}
