//! The root component: the state, the page's fragment and history, and the
//! `tie-toggle` events to the host.

use std::fmt::Write;
use std::rc::Rc;

use cup_bracket_core::html::escape;
use yew::prelude::*;

use crate::components::bracket::Bracket;
use crate::components::renders;
use crate::effects;
use crate::options::Theme;
use crate::scoreline::entered_badge;
use crate::state::{touched, Action, Source, Store, StoreHandle, ViewState};
use crate::view_model::Model;

/// How one widget was mounted.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetConfig {
    /// Prefix of every element id in this widget ("cb1").
    pub id_prefix: String,
    /// Whether this widget reads and writes the page's fragment.
    pub hash: bool,
    /// A match whose tie starts open.
    pub open: Option<String>,
    /// The round ids to show; all when `None`.
    pub rounds: Option<Vec<String>>,
    /// The colour scheme.
    pub theme: Theme,
}

/// The root's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    /// The decided competition.
    pub model: Model,
    /// How the widget was mounted.
    pub config: Rc<WidgetConfig>,
}

/// The whole widget.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    renders::count("App");
    let model = props.model.clone();
    let config = props.config.clone();
    let state = use_reducer({
        let ties = model.ties.len();
        move || ViewState::new(ties)
    });
    let root = use_node_ref();
    // The bracket's props never change: each new state goes through the store
    // to the ties it touches, so a click re-renders one tie, not every round.
    let store = {
        let initial = Rc::new((*state).clone());
        let store = use_memo((), move |_| Store::new(initial));
        StoreHandle(store)
    };
    {
        let current = store.current();
        if *current != *state {
            let next = Rc::new((*state).clone());
            let ties = touched(&current, &next, &|team| model.ties_of_team(team).to_vec());
            store.publish(next, &ties);
        }
    }

    // Start-up: the host's `open`, then the page's fragment.
    {
        let (model, config, dispatcher) = (model.clone(), config.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            if let Some(match_id) = &config.open {
                effects::reveal(&model, match_id, Source::Host, &dispatcher);
            }
            if config.hash {
                effects::reveal_fragment(&model, &dispatcher);
            }
        });
    }
    // Back and Forward: follow the fragment while this widget owns it.
    {
        let (model, config, dispatcher) = (model.clone(), config.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            let listener = config
                .hash
                .then(|| effects::listen_to_history(model, dispatcher));
            move || drop(listener)
        });
    }
    // The host hears of every tie opened or closed, whatever opened or closed it.
    {
        let (model, root) = (model.clone(), root.clone());
        let announced = use_mut_ref(|| state.open.clone());
        use_effect_with(state.open.clone(), move |open| {
            let before = announced.replace(open.clone());
            effects::announce_toggles(&model, &root, &before, open);
        });
    }
    // After each change: history, scrolling.
    {
        let (model, config, root) = (model.clone(), config.clone(), root.clone());
        let change = state.last.clone();
        let open = state.open.clone();
        use_effect_with(change, move |change| {
            if let Some(change) = change {
                effects::after_change(&model, &config, &root, change, &open);
            }
        });
    }

    let theme = config.theme.as_str();
    let on_leave = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Highlight(None)))
    };
    // The same text at every render, so yew leaves it alone after the first.
    let header = Html::from_html_unchecked(AttrValue::from(header(&model)));
    html! {
        <div class="cb-root" data-theme={theme} ref={root} onmouseleave={on_leave}>
            { header }
            <Bracket
                model={model.clone()}
                config={config.clone()}
                store={store}
                dispatcher={state.dispatcher()}
            />
        </div>
    }
}

/// The header: title, stage and dates, and the key; escaped HTML in one
/// piece, as the cards' content is (`components::team`).
fn header(model: &Model) -> String {
    let competition = &model.competition.competition;
    let subtitle = [competition.stage.as_deref(), competition.dates.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let mut html = String::with_capacity(600);
    let _ = write!(
        html,
        "<header class=\"cb-header\"><div><h1 class=\"cb-title\">{}</h1>",
        escape(&competition.name)
    );
    if !subtitle.is_empty() {
        let _ = write!(html, "<p class=\"cb-subtitle\">{}</p>", escape(&subtitle));
    }
    html.push_str(
        "</div><ul class=\"cb-legend\" aria-label=\"Key\">\
         <li><b>2 1 3</b>1st leg, 2nd leg, aggregate</li>\
         <li><b>a</b>away goals</li>\
         <li><b>(5)</b>penalty shoot-out</li>\
         <li><b>w/o</b>walkover</li>",
    );
    for entered in entered_kinds(model) {
        let _ = write!(
            html,
            "<li><b>{}</b>from the {}</li>",
            escape(&entered_badge(&entered)),
            escape(&entered)
        );
    }
    html.push_str("</ul></header>");
    html
}

/// Where teams entered the bracket from, each once, in order of appearance:
/// the key explains each badge.
fn entered_kinds(model: &Model) -> Vec<String> {
    let mut kinds: Vec<String> = Vec::new();
    let all = model
        .competition
        .rounds
        .iter()
        .flat_map(|round| &round.ties);
    for entered in all.flat_map(|tie| tie.entered.iter().flatten().flatten()) {
        if !kinds.contains(entered) {
            kinds.push(entered.clone());
        }
    }
    kinds
}
