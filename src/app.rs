//! The root component: the state, the page's fragment and history, and the
//! `tie-toggle` events to the host.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::bracket::Bracket;
use crate::components::header::Header;
use crate::components::renders;
use crate::config::WidgetConfig;
use crate::context::BracketContext;
use crate::effects;
use crate::layout::Tree;
use crate::state::{Action, Shared, ViewState};
use crate::view_model::Model;

/// The root's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    /// The decided competition.
    pub model: Model,
    /// How the widget was mounted.
    pub config: Rc<WidgetConfig>,
}

/// The tree of the rounds the host asked for (all by default).
fn tree_of(model: &Model, config: &WidgetConfig) -> Tree {
    let rounds: Option<Vec<usize>> = config.rounds.as_ref().map(|ids| {
        let all = &model.competition.rounds;
        (0..all.len())
            .filter(|&index| ids.contains(&all[index].id))
            .collect()
    });
    Tree::new(&model.competition, rounds.as_deref())
}

/// The whole widget.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    renders::count("App");
    let (model, config) = (props.model.clone(), props.config.clone());
    let state = use_reducer(|| {
        let tree = Shared::new(tree_of(&model, &config));
        // The host's `open` is part of the first render, so that markup
        // rendered at build time shows it open too.
        let open: Vec<usize> = config
            .open
            .as_deref()
            .and_then(|id| model.tie_of_match(id))
            .into_iter()
            .collect();
        ViewState::new(model.clone(), tree, &open)
    });
    let root = use_node_ref();
    let cx = {
        let (dispatcher, tree) = (state.dispatcher(), state.tree.clone());
        let (model, prefix) = (model.clone(), config.id_prefix.clone());
        use_memo((), move |_| {
            let toggle = dispatcher.clone();
            BracketContext {
                model,
                tree,
                id_prefix: AttrValue::from(prefix),
                on_toggle: Callback::from(move |tie| toggle.dispatch(Action::Toggle(tie))),
                on_highlight: Callback::from(move |team| {
                    dispatcher.dispatch(Action::Highlight(team))
                }),
            }
        })
    };

    // Live: said on the element around the widget (not Yew's), for pages and
    // tests to tell a working widget from markup drawn at build time.
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            let host = root
                .cast::<web_sys::Element>()
                .and_then(|element| element.parent_element());
            if let Some(host) = host {
                let _ = host.set_attribute("data-live", "");
            }
        });
    }
    // The page's fragment at start-up.
    {
        let (model, config, dispatcher) = (model.clone(), config.clone(), state.dispatcher());
        use_effect_with((), move |_| {
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
    // The host hears of every tie opened or closed, whatever opened or closed
    // it: the host's `open` too, once drawn.
    {
        let (model, root) = (model.clone(), root.clone());
        let announced = use_mut_ref(|| Rc::<[bool]>::from(vec![false; model.ties.len()]));
        use_effect_with(state.open.clone(), move |open| {
            let before = std::mem::replace(&mut *announced.borrow_mut(), open.clone());
            crate::events::announce_toggles(&model, &root, &before, open);
        });
    }
    // After each change: history, scrolling.
    {
        let (model, config, root) = (model.clone(), config.clone(), root.clone());
        let open = state.open.clone();
        use_effect_with(state.last.clone(), move |change| {
            if let Some(change) = change {
                effects::after_change(&model, &config, &root, change, &open);
            }
        });
    }

    let on_leave = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Highlight(None)))
    };
    html! {
        <div class="cb-root" data-theme={config.theme.as_str()} ref={root} onmouseleave={on_leave}>
            <Header model={model.clone()} />
            <Bracket cx={Shared(cx)} roots={state.roots.clone()} open={state.open.clone()} />
        </div>
    }
}
