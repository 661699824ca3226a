//! What a tie's card says, worked out from the model and the core crate's
//! outcome: each team's goals per leg, the aggregate, the mark beside it, and
//! the sentence a screen reader reads for the tie.

use cup_bracket_core::model::{Lang, Match, MatchStatus, TieKind};
use cup_bracket_core::rules::{DecidedBy, Slot};
use cup_bracket_core::summary::place_name_in;

use crate::countries::country_name;
use crate::i18n::{score, text};
use crate::view_model::BracketModel;

/// One team's line of a tie card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Team id.
    pub id: String,
    /// Name as shown.
    pub name: String,
    /// FIFA trigram.
    pub country: String,
    /// Goals in each leg: a number, "–" for a cancelled leg, "" for one to play.
    pub legs: Vec<String>,
    /// The aggregate, or "" when nothing counts yet.
    pub aggregate: String,
    /// "a", "(5)", "w/o", "aet", "Bye" or "" (in the model's language).
    pub mark: String,
    /// Where the team entered the bracket from, when it did so here.
    pub entered: Option<String>,
    /// Whether the team went through.
    pub through: bool,
}

/// Goals of `team` in a leg, as shown.
fn goals_in(leg: &Match, team: &str) -> String {
    match leg.status {
        MatchStatus::Played | MatchStatus::Awarded => {
            { leg_goals(leg, usize::from(leg.away.as_deref() == Some(team))) }
                .map_or_else(String::new, |goals| goals.to_string())
        }
        MatchStatus::Cancelled => "–".to_string(),
        MatchStatus::Scheduled => String::new(),
    }
}

/// One side's goals in a leg that counts (`side` 0 for the host), extra time
/// included; `None` for a leg not played or without a score.
pub fn leg_goals(leg: &Match, side: usize) -> Option<u8> {
    if !leg.status.counts() {
        return None;
    }
    leg.extra_time_score
        .or(leg.score)
        .and_then(|score| score.get(side).copied())
}

/// "Match", "First leg" or "Second leg" in `lang`: leg `index` of a tie of `legs`.
pub fn leg_label(lang: Lang, legs: usize, index: usize) -> &'static str {
    let text = text(lang);
    match (legs, index) {
        (0 | 1, _) => text.leg_only,
        (_, 0) => text.leg_first,
        _ => text.leg_second,
    }
}

/// A short badge for where a team entered from: the initials of its
/// capitalised words, "CL" for "Champions League first round". Letters past
/// ASCII count as capitals: telling their case would bring Unicode's case
/// tables into the bundle (2 KB) for one badge.
pub fn entered_badge(entered: &str) -> String {
    let initials: String = entered
        .split(' ')
        .filter_map(|word| {
            word.chars()
                .find(|letter| letter.is_ascii_alphanumeric() || !letter.is_ascii())
        })
        .filter(|first| first.is_ascii_uppercase() || !first.is_ascii())
        .take(3)
        .collect();
    if initials.is_empty() {
        "In".to_string()
    } else {
        initials
    }
}

/// The lines of a tie's card: one for a bye, two for a contest.
pub fn lines(model: &BracketModel, flat: usize) -> Vec<Line> {
    let (Some(tie), Some(entry)) = (model.tie(flat), model.ties.get(flat)) else {
        return Vec::new();
    };
    let outcome = &entry.outcome;
    let words = text(model.lang);
    // A place not known yet has no id ("") and is named "Winner of X v Y".
    let line = |slot: Slot, id: Option<&str>| {
        let team = id.and_then(|id| model.team(id));
        let (id, unknown) = match id {
            Some(id) => (id, None),
            None => (
                "",
                Some(place_name_in(
                    &model.competition,
                    tie,
                    slot.index(),
                    model.lang,
                )),
            ),
        };
        let through = outcome.winner == Some(slot);
        // An awarded tie has no aggregate worth showing: "w/o" says it all.
        let aggregate = match (outcome.aggregate, outcome.decided_by) {
            (_, DecidedBy::Walkover) | (None, _) => String::new(),
            (Some(_), _) if outcome.counted_legs == 0 => String::new(),
            (Some(aggregate), _) => slot.of(aggregate).to_string(),
        };
        let mark = match outcome.decided_by {
            DecidedBy::AwayGoals if through => words.mark_away.to_string(),
            DecidedBy::ExtraTime if through => words.mark_extra_time.to_string(),
            DecidedBy::Walkover if through => words.mark_walkover.to_string(),
            DecidedBy::Penalties => outcome
                .penalties
                .map_or_else(String::new, |kicks| format!("({})", slot.of(kicks))),
            DecidedBy::Bye => words.mark_bye.to_string(),
            DecidedBy::AwayGoals
            | DecidedBy::ExtraTime
            | DecidedBy::Walkover
            | DecidedBy::Aggregate
            | DecidedBy::Undecided => String::new(),
        };
        Line {
            id: id.to_string(),
            name: team.map_or_else(
                || unknown.clone().unwrap_or_else(|| id.to_string()),
                |team| model.team_name(team),
            ),
            country: team.map(|team| team.country.clone()).unwrap_or_default(),
            legs: tie.legs.iter().map(|leg| goals_in(leg, id)).collect(),
            aggregate,
            mark,
            entered: tie
                .entered
                .as_ref()
                .and_then(|entered| entered.get(slot.index()).cloned().flatten()),
            through,
        }
    };
    match tie.kind() {
        Some(TieKind::Bye(team)) => vec![line(Slot::First, Some(team))],
        Some(TieKind::Contest(teams)) => vec![
            line(Slot::First, teams[0].as_deref()),
            line(Slot::Second, teams[1].as_deref()),
        ],
        None => Vec::new(),
    }
}

/// "AS Kaloum (Guinea) v IR Tanger (Morocco). First leg 1–0. Second leg 0–3.
/// IR Tanger won 3–1 on aggregate." — the tie button's accessible name.
pub fn accessible_name(model: &BracketModel, flat: usize) -> String {
    let (Some(tie), Some(entry)) = (model.tie(flat), model.ties.get(flat)) else {
        return String::new();
    };
    let (lang, words) = (model.lang, text(model.lang));
    let team = |id: &str| {
        model.team(id).map_or_else(
            || id.to_string(),
            |team| {
                let name = model.team_name(team);
                match country_name(&team.country, lang) {
                    Some(country) => format!("{name} ({country})"),
                    None => format!("{name} ({})", team.country),
                }
            },
        )
    };
    let mut name = match tie.kind() {
        Some(TieKind::Contest(teams)) => {
            let place = |index: usize| match &teams[index] {
                Some(id) => team(id),
                None => place_name_in(&model.competition, tie, index, lang),
            };
            format!("{}{}{}.", place(0), words.versus, place(1))
        }
        Some(TieKind::Bye(id)) => format!("{}.", team(id)),
        None => String::new(),
    };
    for (index, leg) in tie.legs.iter().enumerate() {
        let which = leg_label(lang, tie.legs.len(), index);
        let after_extra_time = if leg.extra_time_score.is_some() {
            words.after_extra_time
        } else {
            ""
        };
        let result = match (leg.status, leg_goals(leg, 0), leg_goals(leg, 1)) {
            (MatchStatus::Played | MatchStatus::Awarded, Some(home), Some(away)) => {
                format!("{}{after_extra_time}", score(lang, home, away))
            }
            (MatchStatus::Cancelled, _, _) => words.leg_cancelled.to_string(),
            (MatchStatus::Played | MatchStatus::Awarded | MatchStatus::Scheduled, _, _) => {
                words.leg_to_play.to_string()
            }
        };
        name.push_str(&format!(" {which} {result}."));
    }
    format!("{name} {}", entry.summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::compiled_in;

    fn tie_of(model: &BracketModel, match_id: &str) -> usize {
        model
            .tie_of_match(match_id)
            .expect("the match is in the data")
    }

    #[test]
    fn legs_badges_and_single_matches_are_named() {
        assert_eq!(leg_label(Lang::En, 1, 0), "Match");
        assert_eq!(leg_label(Lang::En, 2, 0), "First leg");
        assert_eq!(leg_label(Lang::En, 2, 1), "Second leg");
        assert_eq!(entered_badge("Champions League first round"), "CL");
        assert_eq!(entered_badge("Europa League"), "EL");
        assert_eq!(entered_badge("the holders"), "In");
        assert_eq!(entered_badge("Ligue des Champions (Élite)"), "LCÉ");
    }

    #[test]
    fn kaloum_v_tanger_reads_as_the_article_prints_it() {
        let model = BracketModel::new(compiled_in().expect("the compiled-in data"), Lang::En);
        let flat = tie_of(&model, "IR Tanger v AS Kaloum");
        let lines = lines(&model, flat);
        assert_eq!(lines.len(), 2);
        assert_eq!(
            (lines[0].name.as_str(), lines[0].legs.clone()),
            ("AS Kaloum", vec!["1".to_string(), "0".to_string()])
        );
        assert_eq!(
            (lines[1].name.as_str(), lines[1].aggregate.as_str()),
            ("IR Tanger", "3")
        );
        assert!(lines[1].through && !lines[0].through);
        let name = accessible_name(&model, flat);
        assert!(
            name.starts_with("AS Kaloum (Guinea) v IR Tanger (Morocco)."),
            "{name}"
        );
        assert!(name.ends_with("IR Tanger won 3–1 on aggregate."), "{name}");
    }
}
