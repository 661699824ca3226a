//! The root component: the state, the page's fragment and history, the
//! host's updates, and the events to the host.

use std::rc::Rc;

use cup_bracket_core::as_of::{leg_day, Day};
use cup_bracket_core::model::Competition;
use yew::prelude::*;

use crate::components::bracket::Bracket;
use crate::components::header::Header;
use crate::components::renders;
use crate::components::toolbar::Toolbar;
use crate::config::WidgetConfig;
use crate::context::{BracketContext, Head};
use crate::effects;
use crate::i18n::text;
use crate::state::{Action, Shared, ViewState};
use crate::updates::Updates;
use crate::view_model::Model;

/// The root's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    /// The competition as given, decided.
    pub model: Model,
    /// How the widget was mounted.
    pub config: Rc<WidgetConfig>,
    /// Where the host's updates arrive.
    pub updates: Updates,
}

/// The round indices of the ids the host asked for (all when `None`).
fn rounds_of(competition: &Competition, ids: Option<&[String]>) -> Option<Rc<[usize]>> {
    let ids = ids?;
    let all = &competition.rounds;
    Some(
        (0..all.len())
            .filter(|&index| ids.contains(&all[index].id))
            .collect(),
    )
}

/// The competition's match days, in order, each once: the replay's steps.
fn match_days(competition: &Competition) -> Rc<[Day]> {
    // Kept sorted as it is built: no sort's code in the bundle.
    let mut days: Vec<Day> = Vec::new();
    let legs = competition
        .rounds
        .iter()
        .flat_map(|round| &round.ties)
        .flat_map(|tie| &tie.legs);
    for day in legs.filter_map(leg_day) {
        let at = days.partition_point(|&other| other < day);
        if days.get(at) != Some(&day) {
            days.insert(at, day);
        }
    }
    days.into()
}

/// The widget's shared part for the tree drawn.
fn context_of(
    state: &ViewState,
    config: &WidgetConfig,
    dispatcher: UseReducerDispatcher<ViewState>,
) -> BracketContext {
    let competition = &state.model.competition;
    let heads = state
        .tree
        .rounds
        .iter()
        .filter_map(|&index| {
            let round = competition.rounds.get(index)?;
            Some(Head {
                round: index,
                name: round.name_in(config.lang).to_string(),
                dates: round.dates_in(config.lang).map(str::to_string),
            })
        })
        .collect();
    let (toggle, what_if) = (dispatcher.clone(), dispatcher.clone());
    BracketContext {
        tree: state.tree.clone(),
        heads,
        next_stage: competition
            .competition
            .next_stage_in(config.lang)
            .unwrap_or(text(config.lang).through)
            .to_string(),
        id_prefix: AttrValue::from(config.id_prefix.clone()),
        lang: config.lang,
        rows_in_view: config.rows_in_view,
        on_toggle: Callback::from(move |tie| toggle.dispatch(Action::Toggle(tie))),
        on_highlight: Callback::from(move |team| dispatcher.dispatch(Action::Highlight(team))),
        on_what_if: Callback::from(move |(leg, score)| {
            what_if.dispatch(Action::WhatIf { leg, score })
        }),
    }
}

/// The whole widget.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    renders::count("App");
    let config = props.config.clone();
    let state = use_reducer(|| {
        let model = props.model.clone();
        let rounds = rounds_of(&model.competition, config.rounds.as_deref());
        // The host's `open` is part of the first render, so that markup
        // rendered at build time shows it open too.
        let open = config.open.clone();
        ViewState::new(model, config.as_of, rounds, move |model| {
            open.as_deref()
                .and_then(|id| model.tie_of_match(id))
                .into_iter()
                .collect()
        })
    });
    let root = use_node_ref();
    // The shared part changes only with the bracket's shape.
    let cx = {
        let (dispatcher, config) = (state.dispatcher(), config.clone());
        let snapshot = (*state).clone();
        use_memo(state.tree.clone(), move |_| {
            context_of(&snapshot, &config, dispatcher)
        })
    };
    let days = {
        let base = state.base.clone();
        use_memo(Shared(base.clone()), move |_| match_days(&base))
    };

    // Live: said on the element around the widget (not Yew's), for pages and
    // tests to tell a working widget from markup drawn at build time; and
    // the host's updates arrive.
    {
        let (root, updates, dispatcher) = (root.clone(), props.updates.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            let host = root
                .cast::<web_sys::Element>()
                .and_then(|element| element.parent_element());
            if let Some(host) = host {
                let _ = host.set_attribute("data-live", "");
            }
            updates.listen(Callback::from(move |competition| {
                dispatcher.dispatch(Action::Update(competition))
            }));
        });
    }
    // The page's fragment at start-up.
    {
        let (model, config, dispatcher) = (state.model.clone(), config.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            if config.hash {
                effects::reveal_fragment(&model, config.replay, &dispatcher);
            }
        });
    }
    // Back and Forward: follow the fragment while this widget owns it.
    {
        let (model, config, dispatcher) = (state.model.clone(), config.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            let listener = config
                .hash
                .then(|| effects::listen_to_history(model, config.replay, dispatcher));
            move || drop(listener)
        });
    }
    // The host hears of every tie opened or closed, whatever opened or closed
    // it: the host's `open` too, once drawn.
    {
        let (model, root) = (state.model.clone(), root.clone());
        let announced = use_mut_ref(|| Rc::<[bool]>::from(vec![false; model.ties.len()]));
        use_effect_with(state.open.clone(), move |open| {
            let before = std::mem::replace(&mut *announced.borrow_mut(), open.clone());
            crate::events::announce_toggles(&model, &root, &before, open);
        });
    }
    // …and of every tie the host's update decided.
    {
        let (model, root) = (state.model.clone(), root.clone());
        use_effect_with(state.decided.clone(), move |decided| {
            if decided.serial > decided.announced.get() {
                decided.announced.set(decided.serial);
                crate::events::announce_decided(&model, &root, &decided.ties);
            }
        });
    }
    // After each change: history, scrolling.
    {
        let (model, config, root) = (state.model.clone(), config.clone(), root.clone());
        let open = state.open.clone();
        let day = state.as_of;
        use_effect_with(state.last.clone(), move |change| {
            if let Some(change) = change {
                effects::after_change(&model, &config, &root, change, &open, day);
            }
        });
    }
    // A day picked on the replay control: in the fragment, for a link to keep it.
    {
        let (config, open, model) = (config.clone(), state.open.clone(), state.model.clone());
        let last = state.last.clone();
        let focused = last
            .as_ref()
            .filter(|change| change.open)
            .map(|change| change.tie);
        use_effect_with(state.as_of, move |&day| {
            if config.hash && config.replay {
                effects::write_day(&model, &open, focused, day);
            }
        });
    }

    let on_leave = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Highlight(None)))
    };
    let on_as_of = {
        let dispatcher = state.dispatcher();
        Callback::from(move |day| dispatcher.dispatch(Action::AsOf(day)))
    };
    let on_clear = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::ClearWhatIfs))
    };
    let days = if config.replay {
        (*days).clone()
    } else {
        Rc::from(Vec::new())
    };
    html! {
        <div class="cb-root" data-theme={config.theme.as_str()} lang={config.lang.code()}
             dir={if config.lang.is_rtl() { "rtl" } else { "ltr" }} ref={root} onmouseleave={on_leave}>
            <p class="cb-static-note" hidden=true>{ text(config.lang).static_note }</p>
            <Header competition={Shared(state.base.clone())} lang={config.lang} />
            <Toolbar id_prefix={AttrValue::from(config.id_prefix.clone())} {days} lang={config.lang}
                     as_of={state.as_of} what_ifs={state.what_ifs.len()} {on_as_of} {on_clear} />
            <Bracket cx={Shared(cx)} roots={state.roots.clone()} open={state.open.clone()} />
        </div>
    }
}
