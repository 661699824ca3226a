//! The competition as the widget draws it: every tie decided once by the core
//! crate, each card's facts worked out, and indexed for fragments and
//! highlighted paths. Shared by every widget that draws the same competition.
//!
//! A card's facts are shared by pointer: a model built after another (a new
//! day, a what-if, the host's update) keeps the very facts of every tie that
//! did not change, so only the cards of the ties that did render again.

use std::rc::Rc;

use cup_bracket_core::ids::Ids;
use cup_bracket_core::model::{Competition, Lang, Match, Team, Tie, TieKind};
use cup_bracket_core::outcomes::{outcomes_in, TieResult};
use cup_bracket_core::rules::Slot;
use cup_bracket_core::summary::place_name_in;

use crate::scoreline::{accessible_name, lines, Line};
use crate::shared::Shared;

/// A place in a tie: the team, or what it will be ("Winner of X v Y").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The team's name, or the place's.
    pub name: String,
    /// FIFA trigram; empty while the team is not known.
    pub country: String,
}

/// One leg, as its match box shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegFacts {
    /// The match as the competition has it (a what-if's score included).
    pub leg: Match,
    /// Who hosts it.
    pub home: Place,
    /// Who visits.
    pub away: Place,
    /// Its result is a what-if, not the competition's.
    pub hypothetical: bool,
}

/// Everything a tie's card and its match boxes show (nothing, by default:
/// the card of a tie that is not there).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CardFacts {
    /// A bye: one team, no legs.
    pub bye: bool,
    /// The index of the tie's round.
    pub round: usize,
    /// One line for a bye, two for a contest.
    pub lines: Vec<Line>,
    /// The tie's accessible name.
    pub name: String,
    /// Team id of who went through, once decided.
    pub winner: Option<String>,
    /// Who went through, for the qualified column.
    pub winner_place: Option<Place>,
    /// With exactly its last leg to play: what each team needs in it, as
    /// (team, sentence).
    pub needs: Vec<(String, String)>,
    /// The legs.
    pub legs: Vec<LegFacts>,
    /// The tie differs from the competition's own because of a what-if.
    pub hypothetical: bool,
}

/// The decided competition; built once, shared by every component.
#[derive(Debug)]
pub struct BracketModel {
    /// The competition as read.
    pub competition: Rc<Competition>,
    /// The language it is shown in: names, sentences, the widget's words.
    pub lang: Lang,
    /// Every tie's result (its round, place, decision and summary), flat,
    /// rounds in order.
    pub ties: Vec<TieResult>,
    /// Every tie's card facts, flat.
    pub facts: Vec<Shared<CardFacts>>,
    /// Match ids, numbered (a table, not a `HashMap`: see `core::ids`)…
    match_ids: Ids<'static>,
    /// …and the flat index of each one's tie.
    match_to_tie: Vec<usize>,
    /// Team ids numbered, and each one's index in `competition.teams`.
    team_ids: Ids<'static>,
    team_index: Vec<usize>,
    /// Flat index of each round's first tie, and one past the last round's.
    round_starts: Vec<usize>,
    /// Flat indices of the ties each team (by its index) plays in, byes
    /// included: a highlight concerns these only.
    team_ties: Vec<Vec<usize>>,
}

/// A cheap, comparable handle on the model for props: equal when it is the
/// same model.
#[derive(Clone, Debug)]
pub struct Model(pub Rc<BracketModel>);

impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Model {
    type Target = BracketModel;
    fn deref(&self) -> &BracketModel {
        &self.0
    }
}

impl Model {
    /// Decides and indexes a (validated) competition, shown in `lang`.
    pub fn new(competition: Competition, lang: Lang) -> Self {
        Model(Rc::new(BracketModel::new(competition, lang)))
    }

    /// The model of `competition`, the competition as it would be without
    /// any what-if being `plain` (its ties that differ are hypothetical),
    /// keeping the facts of `before` that did not change.
    pub fn after(competition: Competition, plain: Option<&Competition>, before: &Model) -> Self {
        Model(Rc::new(BracketModel::build(
            competition,
            before.lang,
            plain,
            Some(before),
        )))
    }
}

/// Numbers `value` at its id's number; a repeated id (never in validated
/// data) keeps its last value, as a map's insert would.
fn set(values: &mut Vec<usize>, inserted: Result<usize, usize>, value: usize) {
    match inserted {
        Ok(_) => values.push(value),
        Err(number) => {
            if let Some(slot) = values.get_mut(number) {
                *slot = value;
            }
        }
    }
}

impl BracketModel {
    /// Decides and indexes a (validated) competition, shown in `lang`.
    pub fn new(competition: Competition, lang: Lang) -> Self {
        Self::build(competition, lang, None, None)
    }

    /// [`Model::after`]'s work.
    fn build(
        competition: Competition,
        lang: Lang,
        plain: Option<&Competition>,
        before: Option<&Model>,
    ) -> Self {
        let ties = outcomes_in(&competition, lang);
        let mut match_ids = Ids::new();
        let mut match_to_tie = Vec::new();
        let all_ties = competition.rounds.iter().flat_map(|round| &round.ties);
        for (flat, tie) in all_ties.enumerate() {
            for leg in &tie.legs {
                set(&mut match_to_tie, match_ids.insert_owned(&leg.id), flat);
            }
        }
        let mut team_ids = Ids::new();
        let mut team_index = Vec::with_capacity(competition.teams.len());
        for (index, team) in competition.teams.iter().enumerate() {
            set(&mut team_index, team_ids.insert_owned(&team.id), index);
        }
        let mut round_starts = Vec::with_capacity(competition.rounds.len() + 1);
        let mut team_ties = vec![Vec::new(); competition.teams.len()];
        let mut flat = 0;
        for round in &competition.rounds {
            round_starts.push(flat);
            for tie in &round.ties {
                let teams: [Option<&str>; 2] = match tie.kind() {
                    Some(TieKind::Bye(team)) => [Some(team), None],
                    Some(TieKind::Contest([first, second])) => {
                        [first.as_deref(), second.as_deref()]
                    }
                    None => [None, None],
                };
                for team in teams.into_iter().flatten() {
                    if let Some(&index) = team_ids.get(team).and_then(|n| team_index.get(n)) {
                        team_ties[index].push(flat);
                    }
                }
                flat += 1;
            }
        }
        round_starts.push(flat);
        let mut model = BracketModel {
            competition: Rc::new(competition),
            lang,
            ties,
            facts: Vec::new(),
            match_ids,
            match_to_tie,
            team_ids,
            team_index,
            round_starts,
            team_ties,
        };
        let plain_ties: Vec<&Tie> = plain
            .map(|plain| plain.rounds.iter().flat_map(|round| &round.ties).collect())
            .unwrap_or_default();
        model.facts = (0..model.ties.len())
            .map(|flat| {
                let facts = model.card_facts(flat, plain_ties.get(flat).copied());
                // The facts before, if they are the same: the card need not render.
                match before.and_then(|before| before.facts.get(flat)) {
                    Some(old) if **old == facts => old.clone(),
                    Some(_) | None => Shared::new(facts),
                }
            })
            .collect();
        model
    }

    /// The facts of the tie at `flat`; `plain` is the same tie without any
    /// what-if, when there are some.
    fn card_facts(&self, flat: usize, plain: Option<&Tie>) -> CardFacts {
        let (Some(tie), Some(result)) = (self.tie(flat), self.ties.get(flat)) else {
            return CardFacts::default();
        };
        let place = |index: usize| -> Place {
            let id = match tie.kind() {
                Some(TieKind::Bye(team)) => (index == 0).then_some(team),
                Some(TieKind::Contest(teams)) => teams.get(index).and_then(|id| id.as_deref()),
                None => None,
            };
            match id.and_then(|id| self.team(id)) {
                Some(team) => Place {
                    name: self.team_name(team),
                    country: team.country.clone(),
                },
                None => Place {
                    name: place_name_in(&self.competition, tie, index, self.lang),
                    country: String::new(),
                },
            }
        };
        let places = [place(0), place(1)];
        let place_of = |id: Option<&str>| -> Place {
            let teams = match tie.kind() {
                Some(TieKind::Contest(teams)) => Some(teams),
                Some(TieKind::Bye(_)) | None => None,
            };
            let index = teams.and_then(|teams| {
                teams
                    .iter()
                    .position(|team| team.is_some() && team.as_deref() == id)
            });
            match (index, id) {
                (Some(index), _) => places[index].clone(),
                (None, Some(id)) => Place {
                    name: self
                        .team(id)
                        .map_or_else(|| id.to_string(), |team| self.team_name(team)),
                    country: self
                        .team(id)
                        .map(|team| team.country.clone())
                        .unwrap_or_default(),
                },
                (None, None) => Place {
                    name: String::new(),
                    country: String::new(),
                },
            }
        };
        let legs = tie
            .legs
            .iter()
            .enumerate()
            .map(|(index, leg)| {
                // A leg with a team not known yet: the place it is hosted or visited by.
                let (home, away) = match (leg.home.as_deref(), leg.away.as_deref()) {
                    (Some(home), Some(away)) => (place_of(Some(home)), place_of(Some(away))),
                    _ => {
                        let host = index % 2;
                        (places[host].clone(), places[1 - host].clone())
                    }
                };
                LegFacts {
                    leg: leg.clone(),
                    home,
                    away,
                    hypothetical: plain
                        .and_then(|plain| plain.legs.get(index))
                        .is_some_and(|plain| plain != leg),
                }
            })
            .collect();
        let needs = result
            .needs
            .iter()
            .flatten()
            .map(|need| {
                let name = self
                    .team(&need.team)
                    .map_or_else(|| need.team.clone(), |team| self.team_name(team));
                (name, need.sentence.clone())
            })
            .collect();
        let winner_place = result.winner.as_deref().and_then(|id| {
            self.team(id).map(|team| Place {
                name: self.team_name(team),
                country: team.country.clone(),
            })
        });
        CardFacts {
            bye: matches!(tie.kind(), Some(TieKind::Bye(_))),
            round: result.round,
            lines: lines(self, flat),
            name: accessible_name(self, flat),
            winner: result.winner.clone(),
            winner_place,
            needs,
            legs,
            hypothetical: plain.is_some_and(|plain| plain != tie),
        }
    }

    /// The model's tie at a flat index.
    pub fn tie(&self, flat: usize) -> Option<&Tie> {
        let entry = self.ties.get(flat)?;
        self.competition
            .rounds
            .get(entry.round)?
            .ties
            .get(entry.index)
    }

    /// A team's name in the model's language.
    pub fn team_name(&self, team: &Team) -> String {
        team.name_in(self.lang).to_string()
    }

    /// The team with this id.
    pub fn team(&self, id: &str) -> Option<&Team> {
        self.competition.teams.get(self.team_number(id)?)
    }

    /// The index in `competition.teams` of the team with this id.
    pub fn team_number(&self, id: &str) -> Option<usize> {
        self.team_index.get(self.team_ids.get(id)?).copied()
    }

    /// The tie holding the match with this id ("IR Tanger v AS Kaloum").
    pub fn tie_of_match(&self, match_id: &str) -> Option<usize> {
        let number = self.match_ids.get(match_id)?;
        self.match_to_tie.get(number).copied()
    }

    /// Flat indices of the ties of a round, in order.
    pub fn ties_of_round(&self, round: usize) -> std::ops::Range<usize> {
        match (
            self.round_starts.get(round),
            self.round_starts.get(round + 1),
        ) {
            (Some(&start), Some(&end)) => start..end,
            _ => 0..0,
        }
    }

    /// Flat indices of the ties a team (by its index) plays in, in order.
    pub fn ties_of_team(&self, team: usize) -> &[usize] {
        self.team_ties.get(team).map_or(&[], Vec::as_slice)
    }

    /// The slot of a team (by its index) in a tie, if it plays in it (a
    /// bye's team is `First`).
    pub fn slot_of(&self, flat: usize, team: usize) -> Option<Slot> {
        let id = self.competition.teams.get(team)?.id.as_str();
        match self.tie(flat)?.kind()? {
            TieKind::Bye(bye) => (bye == id).then_some(Slot::First),
            TieKind::Contest(teams) => Slot::find(teams, id),
        }
    }

    /// The team id that went through a tie, if decided.
    pub fn winner(&self, flat: usize) -> Option<&str> {
        self.ties.get(flat)?.winner.as_deref()
    }

    /// The index of the team that went through a tie, if decided.
    pub fn winner_number(&self, flat: usize) -> Option<usize> {
        self.team_number(self.winner(flat)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_in_data_is_decided_and_indexed() {
        let model = BracketModel::new(
            crate::data::compiled_in().expect("the compiled-in data"),
            Lang::En,
        );
        let kaloum = model
            .tie_of_match("IR Tanger v AS Kaloum")
            .expect("the article's match is in the data");
        assert_eq!(model.tie_of_match("AS Kaloum v IR Tanger"), Some(kaloum));
        assert_eq!(model.winner(kaloum), Some("ir-tanger"));
        let as_kaloum = model.team_number("as-kaloum").expect("a team");
        assert_eq!(model.slot_of(kaloum, as_kaloum), Some(Slot::First));
        assert_eq!(model.winner_number(kaloum), model.team_number("ir-tanger"));
        assert_eq!(model.tie_of_match("Nobody v Nowhere"), None);
        assert_eq!(model.facts.len(), model.ties.len());
        let facts = &model.facts[kaloum];
        assert!(facts.name.ends_with("IR Tanger won 3–1 on aggregate."));
        assert_eq!(facts.legs.len(), 2);
        assert_eq!(
            (
                facts.legs[0].home.name.as_str(),
                facts.legs[0].away.name.as_str()
            ),
            ("AS Kaloum", "IR Tanger")
        );
        assert_eq!(
            facts.winner_place.as_ref().map(|place| place.name.as_str()),
            Some("IR Tanger")
        );
        assert!(facts.needs.is_empty() && !facts.hypothetical);
        // Rounds are ranges of flat indices, as a scan finds them.
        for round in 0..model.competition.rounds.len() {
            let scanned: Vec<usize> = (0..model.ties.len())
                .filter(|&flat| model.ties[flat].round == round)
                .collect();
            assert_eq!(model.ties_of_round(round).collect::<Vec<_>>(), scanned);
        }
        assert_eq!(model.ties_of_round(99).count(), 0);
        // A team's ties are those it plays in.
        let kabylie = model.team_number("js-kabylie").expect("a team");
        let scanned: Vec<usize> = (0..model.ties.len())
            .filter(|&flat| model.slot_of(flat, kabylie).is_some())
            .collect();
        assert_eq!(model.ties_of_team(kabylie), scanned.as_slice());
        assert!(scanned.len() >= 3);
        assert!(model.ties_of_team(9999).is_empty());
    }
}
