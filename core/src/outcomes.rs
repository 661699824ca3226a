//! Every tie of a competition decided, in file order: what the command-line
//! tool prints a line of and what the widget draws. The sentences (the
//! summary and what each team needs) are in a language ([`outcomes_in`]);
//! ids, winners and `decided_by` never are.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::lang::Lang;
use crate::model::{Competition, TieKind};
use crate::needs::{needs, Need};
use crate::rules::{decide, DecidedBy, Outcome, Slot};
use crate::summary::{sentence, Names};

/// One tie's result; serializes to the spec's outcome line, keys in its order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TieResult {
    /// Index of the tie's round in `Competition::rounds`.
    #[serde(skip)]
    pub round: usize,
    /// Index of the tie in its round's `ties`.
    #[serde(skip)]
    pub index: usize,
    /// The tie's id.
    pub tie: String,
    /// Team id of who went through; `None` while undecided.
    pub winner: Option<String>,
    /// Team id of who went out; `None` while undecided and for a bye.
    pub loser: Option<String>,
    /// What settled the tie.
    pub decided_by: DecidedBy,
    /// Goals of `teams[0]` and `teams[1]`; `None` for a bye.
    pub aggregate: Option<[u32; 2]>,
    /// "IR Tanger won 3–1 on aggregate.", in the language asked for.
    pub summary: String,
    /// For a tie with exactly its last leg to play, what each team needs in
    /// it, in `teams` order; written as `{"team-id": "sentence", …}`, and
    /// left out otherwise.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "needs_by_team"
    )]
    pub needs: Option<[TeamNeed; 2]>,
    /// The full outcome (away goals, penalties, leader, …).
    #[serde(skip)]
    pub outcome: Outcome,
}

/// What one team needs in its tie's last leg.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamNeed {
    /// The team's id.
    pub team: String,
    /// The results that take it through.
    pub need: Need,
    /// [`Need::sentence_in`]: "Win by 2 goals or more, or win 1–0 and then
    /// the shoot-out.", in the language asked for.
    pub sentence: String,
}

/// `{"as-kaloum": "Anything but a defeat, …", "ir-tanger": "Win by 2 goals …"}`,
/// in `teams` order (the widget's `tie-toggle` detail writes them so too).
pub fn needs_by_team<S: Serializer>(
    needs: &Option<[TeamNeed; 2]>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let needs = needs.as_ref().map_or(&[][..], |needs| &needs[..]);
    let mut map = serializer.serialize_map(Some(needs.len()))?;
    for need in needs {
        map.serialize_entry(&need.team, &need.sentence)?;
    }
    map.end()
}

/// What each team of a tie needs, with their ids, in `lang`.
fn team_needs(
    tie: &crate::model::Tie,
    rules: &crate::model::Rules,
    lang: Lang,
) -> Option<[TeamNeed; 2]> {
    let [first, second] = tie.known_teams()?;
    let [first_need, second_need] = needs(tie, rules)?;
    let team_need = |team: &str, need: Need| TeamNeed {
        team: team.to_string(),
        sentence: need.sentence_in(lang),
        need,
    };
    Some([team_need(first, first_need), team_need(second, second_need)])
}

/// The team id in `slot` of a tie (for a bye, the bye's team is `First`).
fn team_id(kind: Option<TieKind<'_>>, slot: Slot) -> Option<String> {
    match (kind?, slot) {
        (TieKind::Bye(team), Slot::First) => Some(team.to_string()),
        (TieKind::Bye(_), Slot::Second) => None,
        (TieKind::Contest(teams), slot) => teams[slot.index()].clone(),
    }
}

/// Every tie's result, rounds in order, ties in order, its sentences in English.
pub fn outcomes(competition: &Competition) -> Vec<TieResult> {
    outcomes_in(competition, Lang::En)
}

/// [`outcomes`] with the summaries and needs in `lang`, team names from
/// the file's `names` in it; everything else is the same in every language.
pub fn outcomes_in(competition: &Competition, lang: Lang) -> Vec<TieResult> {
    // One table for the whole file, so a big generated file stays linear.
    let names = Names::new_in(competition, lang);
    let mut results = Vec::new();
    for (round_index, round) in competition.rounds.iter().enumerate() {
        for (index, tie) in round.ties.iter().enumerate() {
            let rules = competition.rules_for(round, tie);
            let outcome = decide(tie, &rules);
            let kind = tie.kind();
            results.push(TieResult {
                round: round_index,
                index,
                tie: tie.id.clone(),
                winner: outcome.winner.and_then(|slot| team_id(kind, slot)),
                loser: outcome.loser().and_then(|slot| team_id(kind, slot)),
                decided_by: outcome.decided_by,
                aggregate: outcome.aggregate,
                summary: sentence(tie, &outcome, &names),
                needs: team_needs(tie, &rules, lang),
                outcome,
            });
        }
    }
    results
}
