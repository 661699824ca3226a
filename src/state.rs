//! What a person has done with the widget: which ties are open, which team's
//! path is highlighted. A pure reducer; effects (history, events to the host,
//! scrolling) live in the components' hooks.
//!
//! The root holds the state; a [`Store`] hands each new state to the few
//! components it concerns (the ties whose flag or highlight changed, the
//! lines, the qualified column), so a click re-renders one tie, not the bracket.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::{Callback, Reducible};

/// Who asked for a change: effects differ (a person's click pushes history,
/// a history step must not).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A click or key press on the tie.
    Person,
    /// The page's fragment or a history step.
    History,
    /// The host's `open` option at start-up.
    Host,
}

/// The last tie opened or closed, for the effects that follow a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Flat tie index.
    pub tie: usize,
    /// Whether it is now open.
    pub open: bool,
    /// Who asked.
    pub source: Source,
    /// A match to scroll into view afterwards.
    pub scroll_to: Option<String>,
    /// Counts changes, so that two equal changes in a row are still two.
    pub serial: u64,
}

/// The widget's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// One flag per flat tie index.
    pub open: Rc<Vec<bool>>,
    /// The team whose path through the rounds is highlighted.
    pub highlight: Option<Rc<str>>,
    /// The last change, if any.
    pub last: Option<Change>,
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// A person clicked a tie: open it if closed, close it if open.
    Toggle(usize),
    /// Open a tie (a fragment, history or the host's `open`) and scroll to a match.
    Reveal {
        /// Flat tie index.
        tie: usize,
        /// The match named; a fragment's is scrolled into view.
        match_id: String,
        /// Who asked.
        source: Source,
    },
    /// A history step: exactly these ties open, and a match to scroll to.
    Restore {
        /// Flat indices of the ties to leave open.
        open: Vec<usize>,
        /// The fragment's tie and match, to announce and scroll to.
        landed: Option<(usize, String)>,
    },
    /// Highlight a team's path, or none.
    Highlight(Option<Rc<str>>),
}

impl ViewState {
    /// A state with `ties` ties, all closed.
    pub fn new(ties: usize) -> Self {
        ViewState {
            open: Rc::new(vec![false; ties]),
            highlight: None,
            last: None,
        }
    }

    /// Whether a tie is open.
    pub fn is_open(&self, tie: usize) -> bool {
        self.open.get(tie).copied().unwrap_or(false)
    }

    fn with_open(&self, tie: usize, open: bool, source: Source, scroll_to: Option<String>) -> Self {
        let mut flags = (*self.open).clone();
        if let Some(flag) = flags.get_mut(tie) {
            *flag = open;
        }
        let serial = self.last.as_ref().map_or(0, |last| last.serial + 1);
        ViewState {
            open: Rc::new(flags),
            highlight: self.highlight.clone(),
            last: Some(Change {
                tie,
                open,
                source,
                scroll_to,
                serial,
            }),
        }
    }
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Toggle(tie) if tie < self.open.len() => {
                Rc::new(self.with_open(tie, !self.is_open(tie), Source::Person, None))
            }
            Action::Toggle(_) => self,
            Action::Reveal {
                tie,
                match_id,
                source,
            } if tie < self.open.len() => {
                // A link to a match scrolls to it; the host's `open` must not
                // scroll the host's page.
                let scroll_to = match source {
                    Source::History => Some(match_id),
                    Source::Host | Source::Person => None,
                };
                Rc::new(self.with_open(tie, true, source, scroll_to))
            }
            Action::Reveal { .. } => self,
            Action::Restore { open, landed } => {
                let mut flags = vec![false; self.open.len()];
                for tie in open {
                    if let Some(flag) = flags.get_mut(tie) {
                        *flag = true;
                    }
                }
                let serial = self.last.as_ref().map_or(0, |last| last.serial + 1);
                Rc::new(ViewState {
                    open: Rc::new(flags),
                    highlight: self.highlight.clone(),
                    last: landed.map(|(tie, match_id)| Change {
                        tie,
                        open: true,
                        source: Source::History,
                        scroll_to: Some(match_id),
                        serial,
                    }),
                })
            }
            Action::Highlight(team) if team == self.highlight => self,
            Action::Highlight(team) => Rc::new(ViewState {
                open: self.open.clone(),
                highlight: team,
                last: self.last.clone(),
            }),
        }
    }
}

/// The ties a change of state concerns: those opened or closed, and those
/// where the old or the new highlighted team plays (`ties_of_team`).
pub fn touched(
    old: &ViewState,
    new: &ViewState,
    ties_of_team: &dyn Fn(&str) -> Vec<usize>,
) -> Vec<usize> {
    // A flag per tie rather than a sort and a dedup: in order, once each, and
    // no sort's code in the bundle.
    let mut flags: Vec<bool> = if Rc::ptr_eq(&old.open, &new.open) {
        Vec::new()
    } else {
        let longest = old.open.len().max(new.open.len());
        (0..longest)
            .map(|tie| old.is_open(tie) != new.is_open(tie))
            .collect()
    };
    if old.highlight != new.highlight {
        for team in [&old.highlight, &new.highlight].into_iter().flatten() {
            for tie in ties_of_team(team) {
                if tie >= flags.len() {
                    flags.resize(tie + 1, false);
                }
                if let Some(flag) = flags.get_mut(tie) {
                    *flag = true;
                }
            }
        }
    }
    flags
        .iter()
        .enumerate()
        .filter_map(|(tie, &flag)| flag.then_some(tie))
        .collect()
}

/// What a watcher of the whole state hears: the state before and after.
pub type Published = (Rc<ViewState>, Rc<ViewState>);

/// The state as last rendered by the root, and who to tell when it changes:
/// each tie's card by its flat index, and a few watchers of the whole state.
pub struct Store {
    state: RefCell<Rc<ViewState>>,
    /// Counts publications, so that a card can tell it rendered a stale state.
    version: Cell<u64>,
    ties: RefCell<Vec<Option<Callback<()>>>>,
    watchers: RefCell<Vec<(u64, Callback<Published>)>>,
    next_watcher: Cell<u64>,
}

impl Store {
    /// A store holding `state`, with no one listening yet.
    pub fn new(state: Rc<ViewState>) -> Self {
        let ties = state.open.len();
        Store {
            state: RefCell::new(state),
            version: Cell::new(0),
            ties: RefCell::new(vec![None; ties]),
            watchers: RefCell::new(Vec::new()),
            next_watcher: Cell::new(0),
        }
    }

    /// The state last published.
    pub fn current(&self) -> Rc<ViewState> {
        self.state.borrow().clone()
    }

    /// How many times a state was published.
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// Calls `callback` whenever tie `tie` is touched; replaces any earlier one.
    pub fn subscribe_tie(&self, tie: usize, callback: Callback<()>) {
        let mut ties = self.ties.borrow_mut();
        if tie >= ties.len() {
            ties.resize(tie + 1, None);
        }
        ties[tie] = Some(callback);
    }

    /// Stops telling tie `tie`.
    pub fn unsubscribe_tie(&self, tie: usize) {
        if let Some(slot) = self.ties.borrow_mut().get_mut(tie) {
            *slot = None;
        }
    }

    /// Calls `callback` with the old and new state on every change; returns
    /// the id to unsubscribe with.
    pub fn watch(&self, callback: Callback<Published>) -> u64 {
        let id = self.next_watcher.get();
        self.next_watcher.set(id + 1);
        self.watchers.borrow_mut().push((id, callback));
        id
    }

    /// Stops the watcher `id`.
    pub fn unwatch(&self, id: u64) {
        self.watchers
            .borrow_mut()
            .retain(|(watcher, _)| *watcher != id);
    }

    /// Makes `state` current and tells the ties in `touched` and every
    /// watcher; a state already current changes nothing.
    pub fn publish(&self, state: Rc<ViewState>, touched: &[usize]) {
        let old = self.current();
        if Rc::ptr_eq(&old, &state) {
            return;
        }
        *self.state.borrow_mut() = state.clone();
        self.version.set(self.version.get() + 1);
        // Callbacks are taken out first: one may subscribe or unsubscribe.
        let ties: Vec<Callback<()>> = {
            let subscribed = self.ties.borrow();
            touched
                .iter()
                .filter_map(|&tie| subscribed.get(tie).cloned().flatten())
                .collect()
        };
        let watchers: Vec<Callback<Published>> = self
            .watchers
            .borrow()
            .iter()
            .map(|(_, callback)| callback.clone())
            .collect();
        for callback in ties {
            callback.emit(());
        }
        for callback in watchers {
            callback.emit((old.clone(), state.clone()));
        }
    }
}

/// A handle on the widget's store for props: equal when it is the same store.
#[derive(Clone)]
pub struct StoreHandle(pub Rc<Store>);

impl PartialEq for StoreHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for StoreHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreHandle")
            .field("version", &self.0.version())
            .finish_non_exhaustive()
    }
}

impl std::ops::Deref for StoreHandle {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: ViewState, action: Action) -> ViewState {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn toggling_opens_then_closes_and_records_who_asked() {
        let state = reduce(ViewState::new(3), Action::Toggle(1));
        assert!(state.is_open(1) && !state.is_open(0));
        let change = state.last.clone().expect("a change");
        assert_eq!(
            (change.tie, change.open, change.source),
            (1, true, Source::Person)
        );
        let state = reduce(state, Action::Toggle(1));
        assert!(!state.is_open(1));
        assert_eq!(state.last.map(|change| change.serial), Some(1));
    }

    #[test]
    fn several_ties_stay_open_and_out_of_range_is_ignored() {
        let state = reduce(ViewState::new(3), Action::Toggle(0));
        let state = reduce(state, Action::Toggle(2));
        assert_eq!(*state.open, vec![true, false, true]);
        let same = reduce(state.clone(), Action::Toggle(7));
        assert_eq!(same, state);
    }

    #[test]
    fn reveal_opens_without_closing_and_restore_sets_exactly() {
        let reveal = |tie| Action::Reveal {
            tie,
            match_id: "IR Tanger v AS Kaloum".into(),
            source: Source::History,
        };
        let state = reduce(reduce(ViewState::new(2), reveal(1)), reveal(1));
        assert!(state.is_open(1));
        assert_eq!(
            state
                .last
                .as_ref()
                .and_then(|change| change.scroll_to.as_deref()),
            Some("IR Tanger v AS Kaloum")
        );
        let state = reduce(
            state,
            Action::Restore {
                open: vec![],
                landed: None,
            },
        );
        assert_eq!(*state.open, vec![false, false]);
        let state = reduce(
            state,
            Action::Restore {
                open: vec![0, 9],
                landed: None,
            },
        );
        assert_eq!(*state.open, vec![true, false]);
    }

    #[test]
    fn the_hosts_open_opens_without_scrolling() {
        let state = reduce(
            ViewState::new(2),
            Action::Reveal {
                tie: 0,
                match_id: "IR Tanger v AS Kaloum".into(),
                source: Source::Host,
            },
        );
        assert!(state.is_open(0));
        assert_eq!(state.last.and_then(|change| change.scroll_to), None);
    }

    #[test]
    fn highlight_changes_only_the_highlight() {
        let state = reduce(ViewState::new(2), Action::Toggle(0));
        let lit = reduce(state.clone(), Action::Highlight(Some("ir-tanger".into())));
        assert_eq!(lit.highlight.as_deref(), Some("ir-tanger"));
        assert_eq!(lit.open, state.open);
    }

    fn teams(team: &str) -> Vec<usize> {
        match team {
            "a" => vec![0, 2],
            "b" => vec![1, 2],
            _ => Vec::new(),
        }
    }

    #[test]
    fn a_toggle_touches_its_tie_only() {
        let old = ViewState::new(4);
        let new = reduce(old.clone(), Action::Toggle(2));
        assert_eq!(touched(&old, &new, &teams), vec![2]);
        let restored = reduce(
            new.clone(),
            Action::Restore {
                open: vec![0, 3],
                landed: None,
            },
        );
        assert_eq!(touched(&new, &restored, &teams), vec![0, 2, 3]);
    }

    #[test]
    fn a_highlight_touches_the_ties_of_the_old_and_new_team() {
        let old = ViewState::new(4);
        let lit = reduce(old.clone(), Action::Highlight(Some("a".into())));
        assert_eq!(touched(&old, &lit, &teams), vec![0, 2]);
        let other = reduce(lit.clone(), Action::Highlight(Some("b".into())));
        assert_eq!(touched(&lit, &other, &teams), vec![0, 1, 2]);
        assert_eq!(touched(&other, &other, &teams), Vec::<usize>::new());
    }

    #[test]
    fn the_store_tells_touched_ties_and_every_watcher_once_per_change() {
        let heard = Rc::new(RefCell::new(Vec::new()));
        let state = Rc::new(ViewState::new(3));
        let store = Store::new(state.clone());
        for tie in 0..3 {
            let heard = heard.clone();
            store.subscribe_tie(tie, Callback::from(move |()| heard.borrow_mut().push(tie)));
        }
        let watched = Rc::new(Cell::new(0));
        let id = {
            let watched = watched.clone();
            store.watch(Callback::from(move |(old, new): Published| {
                assert!(!Rc::ptr_eq(&old, &new));
                watched.set(watched.get() + 1);
            }))
        };
        let next = state.clone().reduce(Action::Toggle(1));
        store.publish(next.clone(), &touched(&state, &next, &teams));
        store.publish(next.clone(), &[0, 1, 2]);
        assert_eq!(*heard.borrow(), vec![1]);
        assert_eq!((watched.get(), store.version()), (1, 1));
        assert!(store.current().is_open(1));
        store.unsubscribe_tie(1);
        store.unwatch(id);
        store.publish(next.reduce(Action::Toggle(1)), &[1]);
        assert_eq!((heard.borrow().len(), watched.get()), (1, 1));
    }
}
