//! What the widget shows and what a person has done with it: the competition
//! (as the host gave it, on the day chosen, with the what-ifs tried), which
//! ties are open, which team's path is highlighted. A pure reducer; effects
//! (history, events to the host, scrolling) live in the root's hooks.
//!
//! Besides the flat flags, the state holds what each node of the bracket's
//! tree shows, as a tree of its own: a change rebuilds the nodes on the way
//! to what changed and shares every other subtree with the state before, so
//! the subtree components, whose props are compared by pointer, re-render
//! along that way only. A click on one of a thousand ties re-renders a dozen
//! components; a new result re-renders its tie and the ties it decides.

use std::rc::Rc;

use cup_bracket_core::as_of::{as_of_day, Day};
use cup_bracket_core::model::{Competition, Score};
use cup_bracket_core::rules::{DecidedBy, Slot};
use cup_bracket_core::what_if::{what_if, Hypothetical};
use yew::Reducible;

pub use crate::shared::Shared;

use crate::layout::{Card, Tree};
use crate::view_model::{CardFacts, Model};

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
    /// What its card shows of the state.
    pub card: CardView,
    /// What its card shows of the competition (a qualified card: its tie's).
    pub facts: Shared<CardFacts>,
    /// Its feeders' views, in order.
    pub feeders: Vec<Shared<NodeView>>,
}

/// The ties the host's updates decided, for the `tie-decided` events.
///
/// Updates may come faster than the widget renders (two in one task, say):
/// the ties of an update not yet announced are carried into the next, so
/// that each decided tie is announced once.
#[derive(Clone, Debug, Default)]
pub struct Decided {
    /// Ids of the ties undecided before the updates and decided after.
    pub ties: Rc<[Rc<str>]>,
    /// Counts updates, so that each one is announced.
    pub serial: u64,
    /// The last serial announced, written by the root's effect.
    pub announced: Rc<std::cell::Cell<u64>>,
}

impl PartialEq for Decided {
    fn eq(&self, other: &Self) -> bool {
        self.serial == other.serial && self.ties == other.ties
    }
}

/// The widget's state.
#[derive(Clone, Debug)]
pub struct ViewState {
    /// The competition as the host gave it (or compiled in).
    pub base: Rc<Competition>,
    /// The day the competition is shown as of; its whole record when `None`.
    pub as_of: Option<Day>,
    /// The hypothetical results tried, in order.
    pub what_ifs: Rc<[Hypothetical]>,
    /// The round indices shown; all when `None`.
    pub rounds: Option<Rc<[usize]>>,
    /// The decided competition as shown: on its day, with the what-ifs.
    pub model: Model,
    /// The bracket's tree.
    pub tree: Shared<Tree>,
    /// One flag per flat tie index.
    pub open: Rc<[bool]>,
    /// The team (by its id) whose path through the rounds is highlighted.
    pub highlight: Option<Rc<str>>,
    /// What each root of the tree shows.
    pub roots: Shared<[Shared<NodeView>]>,
    /// The last tie opened or closed, if any.
    pub last: Option<Change>,
    /// The ties the last update decided.
    pub decided: Decided,
}

impl PartialEq for ViewState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.base, &other.base)
            && self.as_of == other.as_of
            && self.what_ifs == other.what_ifs
            && self.model == other.model
            && self.open == other.open
            && self.highlight == other.highlight
            && self.last == other.last
            && self.decided == other.decided
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
    /// Highlight a team's path (by the team's id), or none.
    Highlight(Option<Rc<str>>),
    /// Show the competition as of a day, or its whole record.
    AsOf(Option<Day>),
    /// Try a score for a leg still to play (normal time, `[home, away]`),
    /// or take its what-if back.
    WhatIf {
        /// The leg's match id.
        leg: String,
        /// The score tried, or `None` to take it back.
        score: Option<Score>,
    },
    /// Take every what-if back.
    ClearWhatIfs,
    /// The host's new competition (already validated).
    Update(Rc<Competition>),
}

/// The competition as shown: on `day`, with the `what_ifs` that can still be
/// played (each in turn; one that cannot, say a leg since played, is
/// dropped). Also the competition without them, when there are some.
fn shown(
    base: &Competition,
    day: Option<Day>,
    what_ifs: &[Hypothetical],
) -> (Competition, Option<Competition>, Vec<Hypothetical>) {
    let plain = match day {
        Some(day) => as_of_day(base, day),
        None => base.clone(),
    };
    if what_ifs.is_empty() {
        return (plain, None, Vec::new());
    }
    let mut current = plain.clone();
    let mut kept = Vec::new();
    for tried in what_ifs {
        if let Ok(next) = what_if(&current, std::slice::from_ref(tried)) {
            current = next;
            kept.push(tried.clone());
        }
    }
    (current, Some(plain), kept)
}

impl ViewState {
    /// The state of a widget drawing `whole`, the competition as given and
    /// decided (as of `day`), the rounds `rounds` (all when `None`), with the
    /// ties in `open` open (the host's `open` option: part of the first
    /// render, so that a page rendered at build time shows it too). `whole`
    /// is `mount()`'s model, drawn as it is unless a day cuts it short.
    pub fn new(
        whole: Model,
        day: Option<Day>,
        rounds: Option<Rc<[usize]>>,
        open: impl Fn(&Model) -> Vec<usize>,
    ) -> Self {
        let base = whole.competition.clone();
        let model = match day {
            None => whole,
            Some(day) => Model::new(as_of_day(&base, day), whole.lang),
        };
        let tree = Shared::new(Tree::new(&model.competition, rounds.as_deref()));
        let mut flags = vec![false; model.ties.len()];
        for tie in open(&model) {
            if let Some(flag) = flags.get_mut(tie) {
                *flag = true;
            }
        }
        let mut state = ViewState {
            base,
            as_of: day,
            what_ifs: Rc::from(Vec::new()),
            rounds,
            model,
            tree,
            open: flags.into(),
            highlight: None,
            roots: Shared(Rc::from(Vec::new())),
            last: None,
            decided: Decided::default(),
        };
        state.roots = state.built();
        state
    }

    /// Whether a tie is open.
    pub fn is_open(&self, tie: usize) -> bool {
        self.open.get(tie).copied().unwrap_or(false)
    }

    /// The facts of a node's card: its tie's, a qualified card's tie's.
    fn facts_of(&self, node: usize) -> Shared<CardFacts> {
        let flat = match self.tree.nodes.get(node).map(|at| at.card) {
            Some(Card::Tie(flat) | Card::Qualified(flat)) => flat,
            None => 0,
        };
        match self.model.facts.get(flat) {
            Some(facts) => facts.clone(),
            None => Shared::new(CardFacts::default()),
        }
    }

    /// What node `node`'s card shows of the state.
    pub fn card_view(&self, node: usize) -> CardView {
        let Some(at) = self.tree.nodes.get(node) else {
            return CardView::default();
        };
        let model = &self.model;
        let team = self
            .highlight
            .as_deref()
            .and_then(|id| model.team_number(id));
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

    /// Every root's view, built afresh.
    fn built(&self) -> Shared<[Shared<NodeView>]> {
        let roots: Vec<Shared<NodeView>> = self
            .tree
            .roots
            .iter()
            .map(|&root| self.build(root))
            .collect();
        Shared(roots.into())
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
            facts: self.facts_of(node),
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
        let (card, facts) = if changed.get(from) == Some(&old.node) {
            (self.card_view(old.node), self.facts_of(old.node))
        } else {
            (old.card, old.facts.clone())
        };
        let feeders: Vec<Shared<NodeView>> = old
            .feeders
            .iter()
            .map(|feeder| self.rebuild(feeder, changed))
            .collect();
        let same = card == old.card
            && facts == old.facts
            && feeders.iter().zip(&old.feeders).all(|(a, b)| a == b);
        if same {
            return old.clone();
        }
        Shared::new(NodeView {
            node: old.node,
            card,
            facts,
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
        let mut add_tie = |tie: usize| {
            for node in [tree.node_of_tie.get(tie), tree.qualified_of_tie.get(tie)] {
                if let Some(&Some(node)) = node {
                    add(node);
                }
            }
        };
        for &tie in ties {
            add_tie(tie);
        }
        if before.highlight != self.highlight {
            for team in [&before.highlight, &self.highlight].into_iter().flatten() {
                for model in [&before.model, &self.model] {
                    if let Some(number) = model.team_number(team) {
                        for &tie in model.ties_of_team(number) {
                            add_tie(tie);
                        }
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

    /// This state showing `base` on `day` with `what_ifs`: the model built
    /// anew (keeping the facts of the ties that did not change), the open
    /// ties kept by id, and the views of the ties whose facts changed
    /// rebuilt, or all of them if the bracket's shape changed.
    fn with_competition(
        &self,
        base: Rc<Competition>,
        day: Option<Day>,
        what_ifs: &[Hypothetical],
    ) -> Self {
        let (competition, plain, kept) = shown(&base, day, what_ifs);
        let model = Model::after(competition, plain.as_ref(), &self.model);
        let tree = Tree::new(&model.competition, self.rounds.as_deref());
        let same_shape = tree == *self.tree;
        let open: Vec<bool> = if same_shape {
            self.open.to_vec()
        } else {
            // Open ties kept by their id, wherever they are now.
            let ids: Vec<&str> = (0..self.open.len())
                .filter(|&tie| self.is_open(tie))
                .filter_map(|tie| self.model.ties.get(tie).map(|result| result.tie.as_str()))
                .collect();
            model
                .ties
                .iter()
                .map(|result| ids.contains(&result.tie.as_str()))
                .collect()
        };
        let mut next = ViewState {
            base,
            as_of: day,
            what_ifs: kept.into(),
            model,
            tree: if same_shape {
                self.tree.clone()
            } else {
                Shared::new(tree)
            },
            open: open.into(),
            ..self.clone()
        };
        if !same_shape {
            next.roots = next.built();
            return next;
        }
        let changed: Vec<usize> = (0..next.model.facts.len())
            .filter(
                |&tie| match (self.model.facts.get(tie), next.model.facts.get(tie)) {
                    (Some(old), Some(new)) => old != new,
                    (None, Some(_)) | (Some(_), None) | (None, None) => true,
                },
            )
            .collect();
        next.with_views(self, &changed)
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
            Action::AsOf(day) if day == self.as_of => self,
            Action::AsOf(day) => {
                Rc::new(self.with_competition(self.base.clone(), day, &self.what_ifs))
            }
            Action::WhatIf { leg, score } => {
                let mut what_ifs: Vec<Hypothetical> = self
                    .what_ifs
                    .iter()
                    .filter(|tried| tried.leg != leg)
                    .cloned()
                    .collect();
                if let Some(score) = score {
                    what_ifs.push(Hypothetical {
                        input: format!("{leg}={}-{}", score[0], score[1]),
                        leg,
                        score,
                        extra_time_score: None,
                        penalties: None,
                    });
                }
                Rc::new(self.with_competition(self.base.clone(), self.as_of, &what_ifs))
            }
            Action::ClearWhatIfs if self.what_ifs.is_empty() => self,
            Action::ClearWhatIfs => {
                Rc::new(self.with_competition(self.base.clone(), self.as_of, &[]))
            }
            Action::Update(base) => {
                let mut next = self.with_competition(base, self.as_of, &self.what_ifs);
                let was_undecided = |model: &Model, tie: &str| {
                    model
                        .ties
                        .iter()
                        .find(|result| result.tie == tie)
                        .is_none_or(|result| result.decided_by == DecidedBy::Undecided)
                };
                let previous = &self.decided;
                let unannounced = previous.serial > previous.announced.get();
                let carried = previous.ties.iter().filter(|_| unannounced).cloned();
                let decided: Vec<Rc<str>> = carried
                    .chain(
                        next.model
                            .ties
                            .iter()
                            .filter(|result| {
                                result.decided_by != DecidedBy::Undecided
                                    && was_undecided(&self.model, &result.tie)
                            })
                            .map(|result| Rc::from(result.tie.as_str())),
                    )
                    .collect();
                next.decided = Decided {
                    ties: decided.into(),
                    serial: previous.serial + 1,
                    announced: previous.announced.clone(),
                };
                Rc::new(next)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::compiled_in;
    use cup_bracket_core::model::Lang;

    fn state_as_of(day: Option<&str>) -> ViewState {
        let day = day.map(|day| Day::parse(day).expect("a day"));
        ViewState::new(
            Model::new(compiled_in().expect("the compiled-in data"), Lang::En),
            day,
            None,
            |_| Vec::new(),
        )
    }

    fn state() -> ViewState {
        state_as_of(None)
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
        let unchanged = start
            .roots
            .iter()
            .zip(opened.roots.iter())
            .filter(|(a, b)| a == b)
            .count();
        assert_eq!(unchanged, 15, "fifteen of the sixteen paths are shared");
        assert!(views(&opened)[node].as_ref().expect("a view").card.open);
    }

    #[test]
    fn a_highlight_lights_the_teams_path_and_renews_nothing_else() {
        let start = state();
        let lit = reduce(&start, Action::Highlight(Some("ir-tanger".into())));
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
        let tanger = lit.model.team_number("ir-tanger").expect("a team");
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
        let same = again
            .clone()
            .reduce(Action::Highlight(Some("ir-tanger".into())));
        assert!(Rc::ptr_eq(&again, &same));
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
    }

    #[test]
    fn a_day_shows_the_competition_as_it_stood_and_renews_the_ties_it_changes() {
        let all = state();
        let day = reduce(&all, Action::AsOf(Day::parse("2017-03-12").ok()));
        let kaloum = tie(&day, "IR Tanger v AS Kaloum");
        assert_eq!(day.model.ties[kaloum].decided_by, DecidedBy::Undecided);
        let horoya = tie(&day, "Horoya v IR Tanger");
        assert_eq!(
            day.model.facts[horoya].lines[1].name,
            "Winner of AS Kaloum v IR Tanger"
        );
        // The preliminary round was over by then: its cards are the very same.
        let preliminary = all.model.ties_of_round(0);
        assert!(preliminary
            .clone()
            .all(|flat| all.model.facts[flat] == day.model.facts[flat]));
        let renewed = renewed(&all, &day);
        assert!(renewed
            .iter()
            .all(|&node| !matches!(all.tree.nodes[node].card, Card::Tie(flat) if preliminary.contains(&flat))));
        // Back to the whole record.
        let back = reduce(&day, Action::AsOf(None));
        assert_eq!(back.model.ties, all.model.ties);
    }

    #[test]
    fn a_what_if_carries_through_the_rounds_and_clears() {
        let day = state_as_of(Some("2017-03-12"));
        // IR Tanger lose the second leg 1–2: 2–2 on aggregate, AS Kaloum
        // through on away goals, and into the play-off round against Horoya.
        let tried = reduce(
            &day,
            Action::WhatIf {
                leg: "IR Tanger v AS Kaloum".into(),
                score: Some([1, 2]),
            },
        );
        let kaloum = tie(&tried, "IR Tanger v AS Kaloum");
        assert_eq!(
            tried.model.ties[kaloum].winner.as_deref(),
            Some("as-kaloum")
        );
        let horoya = tie(&tried, "Horoya v IR Tanger");
        let facts = &tried.model.facts[horoya];
        assert_eq!(facts.lines[1].name, "AS Kaloum");
        assert!(facts.hypothetical && tried.model.facts[kaloum].hypothetical);
        assert!(tried.model.facts[kaloum].legs[1].hypothetical);
        assert!(!tried.model.facts[kaloum].legs[0].hypothetical);
        // Another score for the same leg replaces it; clearing takes all back.
        let other = reduce(
            &tried,
            Action::WhatIf {
                leg: "IR Tanger v AS Kaloum".into(),
                score: Some([3, 0]),
            },
        );
        assert_eq!(other.what_ifs.len(), 1);
        assert_eq!(
            other.model.ties[kaloum].winner.as_deref(),
            Some("ir-tanger")
        );
        let cleared = reduce(&other, Action::ClearWhatIfs);
        assert!(cleared.what_ifs.is_empty());
        assert_eq!(cleared.model.ties, day.model.ties);
        assert!(!cleared.model.facts[horoya].hypothetical);
        // A leg already played takes no what-if.
        let played = reduce(
            &state(),
            Action::WhatIf {
                leg: "IR Tanger v AS Kaloum".into(),
                score: Some([0, 5]),
            },
        );
        assert!(played.what_ifs.is_empty());
    }

    #[test]
    fn an_update_keeps_open_ties_and_announces_the_ties_it_decides() {
        let day = state_as_of(Some("2017-03-12"));
        let kaloum = tie(&day, "IR Tanger v AS Kaloum");
        let opened = reduce(&day, Action::Toggle(kaloum));
        // The host's data: the second leg played (the real result).
        let whole = Rc::new(compiled_in().expect("the compiled-in data"));
        let mut after_leg =
            cup_bracket_core::as_of::as_of_day(&whole, Day::parse("2017-03-18").expect("a day"));
        after_leg.competition.name = "Updated".into();
        let updated = reduce(
            &ViewState {
                as_of: None,
                ..opened.clone()
            },
            Action::Update(Rc::new(after_leg)),
        );
        assert!(updated.is_open(kaloum));
        assert_eq!(
            updated.model.ties[kaloum].winner.as_deref(),
            Some("ir-tanger")
        );
        let kaloum_id = updated.model.ties[kaloum].tie.as_str();
        assert!(updated.decided.ties.iter().any(|tie| &**tie == kaloum_id));
        assert_eq!(updated.decided.serial, 1);
        // The ties it did not change keep their very facts.
        let mut preliminary = updated.model.ties_of_round(0);
        assert!(preliminary.all(|flat| opened.model.facts[flat] == updated.model.facts[flat]));
    }
}
