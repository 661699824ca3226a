//! What a person has done with the widget: which ties are open, which team's
//! path is highlighted. A pure reducer; effects (history, events to the host,
//! scrolling) live in the root's hooks.
//!
//! Besides the flat flags, the state holds what each node of the bracket's
//! tree shows, as a tree of its own: a change rebuilds the nodes on the way
//! to what changed and shares every other subtree with the state before, so
//! the subtree components, whose props are compared by pointer, re-render
//! along that way only. A click on one of a thousand ties re-renders a dozen
//! components.

use std::rc::Rc;

use cup_bracket_core::rules::Slot;
use yew::Reducible;

use crate::layout::{Card, Tree};
use crate::view_model::Model;

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

/// What one card shows of the state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CardView {
    /// The tie's match boxes are shown.
    pub open: bool,
    /// The highlighted team's line in this card, if it plays here.
    pub lit: Option<Slot>,
    /// The highlighted team went through: the line out of the card is lit.
    pub out_lit: bool,
    /// The highlighted team came from a feeder shown: the line in is lit.
    pub in_lit: bool,
}

/// What a node of the tree shows, and its feeders'.
#[derive(Debug, PartialEq)]
pub struct NodeView {
    /// The node's index in the tree.
    pub node: usize,
    /// What its card shows.
    pub card: CardView,
    /// Its feeders' views, in order.
    pub feeders: Vec<Shared<NodeView>>,
}

/// An `Rc` for props: equal when it is the same allocation, so that a
/// component re-renders only when handed a new one.
#[derive(Debug)]
pub struct Shared<T: ?Sized>(pub Rc<T>);

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

/// The widget's state.
#[derive(Clone, Debug)]
pub struct ViewState {
    /// The decided competition.
    pub model: Model,
    /// The bracket's tree.
    pub tree: Shared<Tree>,
    /// One flag per flat tie index.
    pub open: Rc<[bool]>,
    /// The team (by its index) whose path through the rounds is highlighted.
    pub highlight: Option<usize>,
    /// What each root of the tree shows.
    pub roots: Shared<[Shared<NodeView>]>,
    /// The last change, if any.
    pub last: Option<Change>,
}

impl PartialEq for ViewState {
    fn eq(&self, other: &Self) -> bool {
        self.model == other.model
            && self.tree == other.tree
            && self.open == other.open
            && self.highlight == other.highlight
            && self.last == other.last
    }
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// A person clicked a tie: open it if closed, close it if open.
    Toggle(usize),
    /// Open a tie (a fragment or history) and scroll to a match.
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
    /// Highlight a team's path (by the team's index), or none.
    Highlight(Option<usize>),
}

impl ViewState {
    /// The state of a widget drawing `tree`, with the ties in `open` open
    /// (the host's `open` option: part of the first render, so that a page
    /// rendered at build time shows it too).
    pub fn new(model: Model, tree: Shared<Tree>, open: &[usize]) -> Self {
        let mut flags = vec![false; model.ties.len()];
        for &tie in open {
            if let Some(flag) = flags.get_mut(tie) {
                *flag = true;
            }
        }
        let mut state = ViewState {
            model,
            tree,
            open: flags.into(),
            highlight: None,
            roots: Shared(Rc::from(Vec::new())),
            last: None,
        };
        let roots: Vec<Shared<NodeView>> = state
            .tree
            .roots
            .iter()
            .map(|&root| state.build(root))
            .collect();
        state.roots = Shared(roots.into());
        state
    }

    /// Whether a tie is open.
    pub fn is_open(&self, tie: usize) -> bool {
        self.open.get(tie).copied().unwrap_or(false)
    }

    /// What node `node`'s card shows.
    pub fn card_view(&self, node: usize) -> CardView {
        let Some(at) = self.tree.nodes.get(node) else {
            return CardView::default();
        };
        let model = &self.model;
        let team = self.highlight;
        let won = |flat: usize| team.is_some() && model.winner_number(flat) == team;
        match at.card {
            Card::Tie(flat) => {
                let lit = team.and_then(|team| model.slot_of(flat, team));
                let came_in = at.feeders.iter().any(|&feeder| {
                    matches!(self.tree.nodes.get(feeder), Some(f) if matches!(f.card, Card::Tie(from) if won(from)))
                });
                CardView {
                    open: self.is_open(flat),
                    lit,
                    out_lit: won(flat),
                    in_lit: lit.is_some() && came_in,
                }
            }
            Card::Qualified(flat) => CardView {
                open: false,
                lit: won(flat).then_some(Slot::First),
                out_lit: false,
                in_lit: won(flat),
            },
        }
    }

    /// The view of `node` and its subtree, built afresh.
    fn build(&self, node: usize) -> Shared<NodeView> {
        let feeders = self
            .tree
            .nodes
            .get(node)
            .map(|at| at.feeders.iter().map(|&f| self.build(f)).collect())
            .unwrap_or_default();
        Shared::new(NodeView {
            node,
            card: self.card_view(node),
            feeders,
        })
    }

    /// The view of `old`'s subtree in this state: nodes outside `changed`
    /// (sorted node indices) keep their view, and a subtree none of whose
    /// nodes changed is shared whole.
    fn rebuild(&self, old: &Shared<NodeView>, changed: &[usize]) -> Shared<NodeView> {
        let end = self.tree.nodes.get(old.node).map_or(old.node, |at| at.end);
        let from = changed.partition_point(|&node| node < old.node);
        let inside = changed.get(from).is_some_and(|&node| node < end);
        if !inside {
            return old.clone();
        }
        let card = if changed.get(from) == Some(&old.node) {
            self.card_view(old.node)
        } else {
            old.card
        };
        let feeders: Vec<Shared<NodeView>> = old
            .feeders
            .iter()
            .map(|feeder| self.rebuild(feeder, changed))
            .collect();
        let same = card == old.card && feeders.iter().zip(&old.feeders).all(|(a, b)| a == b);
        if same {
            return old.clone();
        }
        Shared::new(NodeView {
            node: old.node,
            card,
            feeders,
        })
    }

    /// This state with the nodes of `ties` (flat indices) and of the
    /// highlighted teams' ties shown anew.
    fn with_views(mut self, before: &ViewState, ties: &[usize]) -> Self {
        let tree = &self.tree;
        // Kept sorted as it is built (a handful of nodes): no sort's code
        // in the bundle.
        let mut changed: Vec<usize> = Vec::new();
        let mut add = |node: usize| {
            let at = changed.partition_point(|&other| other < node);
            if changed.get(at) != Some(&node) {
                changed.insert(at, node);
            }
        };
        for &tie in ties {
            if let Some(node) = tree.node_of_tie.get(tie).copied().flatten() {
                add(node);
            }
        }
        if before.highlight != self.highlight {
            for team in [before.highlight, self.highlight].into_iter().flatten() {
                for &tie in self.model.ties_of_team(team) {
                    let nodes = [tree.node_of_tie.get(tie), tree.qualified_of_tie.get(tie)];
                    for &node in nodes.into_iter().flatten().flatten() {
                        add(node);
                    }
                }
            }
        }
        let roots: Vec<Shared<NodeView>> = self
            .roots
            .iter()
            .map(|root| self.rebuild(root, &changed))
            .collect();
        self.roots = Shared(roots.into());
        self
    }

    fn with_open(&self, tie: usize, open: bool, source: Source, scroll_to: Option<String>) -> Self {
        let mut flags = self.open.to_vec();
        if let Some(flag) = flags.get_mut(tie) {
            *flag = open;
        }
        let serial = self.last.as_ref().map_or(0, |last| last.serial + 1);
        let next = ViewState {
            open: flags.into(),
            last: Some(Change {
                tie,
                open,
                source,
                scroll_to,
                serial,
            }),
            ..self.clone()
        };
        next.with_views(self, &[tie])
    }
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let ties = self.open.len();
        match action {
            Action::Toggle(tie) if tie < ties => {
                Rc::new(self.with_open(tie, !self.is_open(tie), Source::Person, None))
            }
            Action::Reveal {
                tie,
                match_id,
                source,
            } if tie < ties => {
                // A link to a match scrolls to it; the host's `open` must not
                // scroll the host's page.
                let scroll_to = match source {
                    Source::History => Some(match_id),
                    Source::Host | Source::Person => None,
                };
                Rc::new(self.with_open(tie, true, source, scroll_to))
            }
            Action::Toggle(_) | Action::Reveal { .. } => self,
            Action::Restore { open, landed } => {
                let mut flags = vec![false; ties];
                for tie in open {
                    if let Some(flag) = flags.get_mut(tie) {
                        *flag = true;
                    }
                }
                let flipped: Vec<usize> = (0..ties)
                    .filter(|&tie| flags[tie] != self.is_open(tie))
                    .collect();
                let serial = self.last.as_ref().map_or(0, |last| last.serial + 1);
                let next = ViewState {
                    open: flags.into(),
                    last: landed.map(|(tie, match_id)| Change {
                        tie,
                        open: true,
                        source: Source::History,
                        scroll_to: Some(match_id),
                        serial,
                    }),
                    ..(*self).clone()
                };
                Rc::new(next.with_views(&self, &flipped))
            }
            Action::Highlight(team) if team == self.highlight => self,
            Action::Highlight(team) => {
                let next = ViewState {
                    highlight: team,
                    ..(*self).clone()
                };
                Rc::new(next.with_views(&self, &[]))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::compiled_in;

    fn state() -> ViewState {
        let model = Model::new(compiled_in().expect("the compiled-in data"));
        let tree = Shared::new(Tree::new(&model.competition, None));
        ViewState::new(model, tree, &[])
    }

    fn reduce(state: &ViewState, action: Action) -> ViewState {
        (*Rc::new(state.clone()).reduce(action)).clone()
    }

    fn tie(state: &ViewState, match_id: &str) -> usize {
        state.model.tie_of_match(match_id).expect("in the data")
    }

    /// The node views of a state, by node index.
    fn views(state: &ViewState) -> Vec<Option<Shared<NodeView>>> {
        fn walk(view: &Shared<NodeView>, out: &mut Vec<Option<Shared<NodeView>>>) {
            out[view.node] = Some(view.clone());
            for feeder in &view.feeders {
                walk(feeder, out);
            }
        }
        let mut out = vec![None; state.tree.nodes.len()];
        for root in state.roots.iter() {
            walk(root, &mut out);
        }
        out
    }

    /// Node indices whose view is a new allocation in `after`.
    fn renewed(before: &ViewState, after: &ViewState) -> Vec<usize> {
        views(before)
            .iter()
            .zip(views(after))
            .enumerate()
            .filter(|(_, (a, b))| a.as_ref() != b.as_ref())
            .map(|(node, _)| node)
            .collect()
    }

    /// A node and its ancestors, root last.
    fn path_up(state: &ViewState, mut node: usize) -> Vec<usize> {
        let mut path = vec![node];
        while let Some(parent) = state.tree.nodes[node].parent {
            path.push(parent);
            node = parent;
        }
        path.sort_unstable();
        path
    }

    #[test]
    fn toggling_opens_then_closes_and_records_who_asked() {
        let start = state();
        let kaloum = tie(&start, "IR Tanger v AS Kaloum");
        let opened = reduce(&start, Action::Toggle(kaloum));
        assert!(opened.is_open(kaloum) && !opened.is_open(0));
        let change = opened.last.clone().expect("a change");
        assert_eq!(
            (change.tie, change.open, change.source),
            (kaloum, true, Source::Person)
        );
        let closed = reduce(&opened, Action::Toggle(kaloum));
        assert!(!closed.is_open(kaloum));
        assert_eq!(closed.last.as_ref().map(|change| change.serial), Some(1));
        let same = reduce(&closed, Action::Toggle(9999));
        assert_eq!(same, closed);
    }

    #[test]
    fn a_toggle_renews_the_views_on_the_way_to_its_tie_only() {
        let start = state();
        let kaloum = tie(&start, "IR Tanger v AS Kaloum");
        let opened = reduce(&start, Action::Toggle(kaloum));
        let node = start.tree.node_of_tie[kaloum].expect("shown");
        assert_eq!(renewed(&start, &opened), path_up(&start, node));
        let root_views = |state: &ViewState| state.roots.iter().cloned().collect::<Vec<_>>();
        let unchanged = root_views(&start)
            .iter()
            .zip(root_views(&opened))
            .filter(|(a, b)| *a == b)
            .count();
        assert_eq!(unchanged, 15, "fifteen of the sixteen paths are shared");
        let views = views(&opened);
        assert!(views[node].as_ref().expect("a view").card.open);
    }

    #[test]
    fn a_highlight_lights_the_teams_path_and_renews_nothing_else() {
        let start = state();
        let tanger = start.model.team_number("ir-tanger").expect("a team");
        let lit = reduce(&start, Action::Highlight(Some(tanger)));
        let views = views(&lit);
        let card = |match_id: &str| {
            let node = lit.tree.node_of_tie[tie(&lit, match_id)].expect("shown");
            views[node].as_ref().expect("a view").card
        };
        // Through the preliminary and first rounds, out in the play-off round.
        let niamey = card("AS Douanes Niamey v IR Tanger");
        assert_eq!(
            (niamey.lit, niamey.out_lit, niamey.in_lit),
            (Some(Slot::Second), true, false)
        );
        let first = card("AS Kaloum v IR Tanger");
        assert_eq!(
            (first.lit, first.out_lit, first.in_lit),
            (Some(Slot::Second), true, true)
        );
        let play_off = card("Horoya v IR Tanger");
        assert_eq!(
            (play_off.lit, play_off.out_lit, play_off.in_lit),
            (Some(Slot::Second), false, true)
        );
        let mut expected: Vec<usize> = lit
            .model
            .ties_of_team(tanger)
            .iter()
            .flat_map(|&tie| path_up(&lit, lit.tree.node_of_tie[tie].expect("shown")))
            .collect();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(renewed(&start, &lit), expected);
        // The same highlight again changes nothing at all.
        let again = Rc::new(lit.clone());
        let same = again.clone().reduce(Action::Highlight(Some(tanger)));
        assert!(Rc::ptr_eq(&again, &same));
        // The qualified card lights for a team that went through.
        let horoya = lit.model.team_number("horoya").expect("a team");
        let lit = reduce(&lit, Action::Highlight(Some(horoya)));
        let flat = tie(&lit, "Horoya v IR Tanger");
        let qualified = lit.tree.qualified_of_tie[flat].expect("shown");
        let views = super::tests::views(&lit);
        let view = views[qualified].as_ref().expect("a view").card;
        assert!(view.in_lit && view.lit.is_some());
    }

    #[test]
    fn reveal_opens_without_closing_and_restore_sets_exactly() {
        let start = state();
        let kaloum = tie(&start, "IR Tanger v AS Kaloum");
        let reveal = Action::Reveal {
            tie: kaloum,
            match_id: "IR Tanger v AS Kaloum".into(),
            source: Source::History,
        };
        let state = reduce(&reduce(&start, reveal.clone()), reveal);
        assert!(state.is_open(kaloum));
        assert_eq!(
            state
                .last
                .as_ref()
                .and_then(|change| change.scroll_to.as_deref()),
            Some("IR Tanger v AS Kaloum")
        );
        let restored = reduce(
            &state,
            Action::Restore {
                open: vec![0, 9999],
                landed: None,
            },
        );
        assert!(restored.is_open(0) && !restored.is_open(kaloum));
        let open: Vec<bool> = views(&restored)
            .iter()
            .flatten()
            .filter_map(|view| match restored.tree.nodes[view.node].card {
                Card::Tie(flat) => Some(view.card.open == restored.is_open(flat)),
                Card::Qualified(_) => None,
            })
            .collect();
        assert!(
            open.iter().all(|agrees| *agrees),
            "the views follow the flags"
        );
    }

    #[test]
    fn the_hosts_open_opens_without_scrolling_and_may_start_open() {
        let start = state();
        let kaloum = tie(&start, "IR Tanger v AS Kaloum");
        let state = reduce(
            &start,
            Action::Reveal {
                tie: kaloum,
                match_id: "IR Tanger v AS Kaloum".into(),
                source: Source::Host,
            },
        );
        assert!(state.is_open(kaloum));
        assert_eq!(state.last.and_then(|change| change.scroll_to), None);
        let model = start.model.clone();
        let opened = ViewState::new(model, start.tree.clone(), &[kaloum]);
        let node = opened.tree.node_of_tie[kaloum].expect("shown");
        assert!(views(&opened)[node].as_ref().expect("a view").card.open);
    }
}
