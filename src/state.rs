//! What a person has done with the widget: which ties are open, which team's
//! path is highlighted. A pure reducer; effects (history, events to the host,
//! scrolling) live in the components' hooks.

use std::rc::Rc;

use yew::Reducible;

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
}
