//! Every rejection of `competition-format.md`, each naming its place.
//!
//! One pass collects every problem, so a file is fixed in one go. The checks
//! on extra time, penalties and `from` ask the rules module, so the validator
//! and the bracket can never disagree on who won a tie.

use crate::ids::Ids;
use crate::model::{
    Competition, Match, MatchStatus, Names, Rules, Score, Tie, TieKind, FORMAT_VERSION,
};
use crate::rules::{decide, DecidedBy, Slot};
use crate::summary::EN_DASH;

/// One thing wrong with a file: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The place, as a path into the file: `rounds[1].ties[3].legs[0].score`.
    pub place: String,
    /// What is wrong there.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// Whether `id` is a lowercase slug: ASCII letters and digits in words joined by single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit())
        })
}

/// `place` and then `tail`: a field's place (without format!'s code at
/// each of the many places the validator names).
fn at(place: &str, tail: &str) -> String {
    let mut out = String::with_capacity(place.len() + tail.len());
    out.push_str(place);
    out.push_str(tail);
    out
}

/// `place`, `field` and `[index]`: an element's place.
fn item(place: &str, field: &str, index: usize) -> String {
    let mut out = at(place, field);
    out.push('[');
    out.push_str(&index.to_string());
    out.push(']');
    out
}

fn score_text(score: Score) -> String {
    format!("{}{EN_DASH}{}", score[0], score[1])
}

/// What the first pass learns about a tie, for the `from` links of later ones.
struct Earlier<'a> {
    /// Position in file order (rounds in order, ties in order).
    order: usize,
    /// The team id that went through, when the tie is decided.
    winner: Option<&'a str>,
}

struct Validator<'a> {
    competition: &'a Competition,
    problems: Vec<Problem>,
    /// Team ids; a team's number is its index in `teams`, duplicates aside.
    teams: Ids<'a>,
    /// Where each team id was first seen: `teams[i]`.
    team_at: Vec<usize>,
    /// Tie ids, numbered as `earlier`.
    ties: Ids<'a>,
    earlier: Vec<Earlier<'a>>,
    /// Match ids, numbered as `match_at`, each first place.
    matches: Ids<'a>,
    match_at: Vec<String>,
}

impl<'a> Validator<'a> {
    fn report(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            place: place.into(),
            message: message.into(),
        });
    }

    fn known_team(&mut self, place: String, id: &str) -> bool {
        let known = self.teams.get(id).is_some();
        if !known {
            self.report(place, format!("unknown team \"{id}\""));
        }
        known
    }

    /// A text's translations (`names`, `stage_names` …) at `place`: none
    /// empty, and none of a text the file does not have (`english`).
    fn translations(&mut self, place: String, english: Option<&str>, names: Option<&Names>) {
        let Some(names) = names else { return };
        if english.is_none() {
            let field = place.rsplit('.').next().unwrap_or_default();
            let translated = field.strip_suffix("_names").unwrap_or(field);
            self.report(
                place.clone(),
                format!("translations of `{translated}`, which is not given"),
            );
        }
        for (lang, text) in names.given() {
            if text.trim().is_empty() {
                self.report(
                    at(&at(&place, "."), lang.code()),
                    "an empty translation: leave it out and the English text is shown",
                );
            }
        }
    }

    fn legs_count(&mut self, place: String, legs: Option<u8>) {
        if let Some(legs) = legs {
            if !(1..=2).contains(&legs) {
                self.report(place, format!("legs must be 1 or 2, not {legs}"));
            }
        }
    }

    fn top(&mut self) {
        let competition = self.competition;
        if competition.format != FORMAT_VERSION {
            self.report(
                "format",
                format!(
                    "unknown format {}; this reader knows format {FORMAT_VERSION}",
                    competition.format
                ),
            );
        }
        self.legs_count("rules.legs".into(), Some(competition.rules.legs));
        let info = &competition.competition;
        for (field, english, names) in [
            ("names", Some(info.name.as_str()), &info.names),
            ("stage_names", info.stage.as_deref(), &info.stage_names),
            ("dates_names", info.dates.as_deref(), &info.dates_names),
            (
                "next_stage_names",
                info.next_stage.as_deref(),
                &info.next_stage_names,
            ),
        ] {
            self.translations(at("competition.", field), english, names.as_ref());
        }
        for (index, team) in competition.teams.iter().enumerate() {
            self.translations(
                at(&item("", "teams", index), ".names"),
                Some(&team.name),
                team.names.as_ref(),
            );
            let place = at(&item("", "teams", index), ".id");
            if !is_slug(&team.id) {
                self.report(
                    place.clone(),
                    format!(
                        "\"{}\" is not a lowercase slug (a-z, 0-9, words joined by single hyphens)",
                        team.id
                    ),
                );
            }
            match self.teams.insert(&team.id) {
                Err(number) => {
                    let first = self.team_at.get(number).copied().unwrap_or_default();
                    let message = format!(
                        "duplicate team id \"{}\" (first at teams[{first}])",
                        team.id
                    );
                    self.report(place, message);
                }
                Ok(_) => self.team_at.push(index),
            }
        }
        let mut rounds = Ids::new();
        let mut round_at = Vec::new();
        for (index, round) in competition.rounds.iter().enumerate() {
            match rounds.insert(&round.id) {
                Err(number) => {
                    let first: usize = round_at.get(number).copied().unwrap_or_default();
                    let message = format!(
                        "duplicate round id \"{}\" (first at rounds[{first}])",
                        round.id
                    );
                    self.report(at(&item("", "rounds", index), ".id"), message);
                }
                Ok(_) => round_at.push(index),
            }
            let legs = round.rules.as_ref().and_then(|rules| rules.legs);
            self.legs_count(at(&item("", "rounds", index), ".rules.legs"), legs);
            self.translations(
                at(&item("", "rounds", index), ".names"),
                Some(&round.name),
                round.names.as_ref(),
            );
            self.translations(
                at(&item("", "rounds", index), ".dates_names"),
                round.dates.as_deref(),
                round.dates_names.as_ref(),
            );
        }
    }

    /// Tie ids and winners, so that `from` can be checked against any tie.
    fn index_ties(&mut self) {
        let competition = self.competition;
        let mut order = 0;
        for (round_index, round) in competition.rounds.iter().enumerate() {
            for (tie_index, tie) in round.ties.iter().enumerate() {
                let place = at(
                    &item(&item("", "rounds", round_index), ".ties", tie_index),
                    ".id",
                );
                if self.ties.insert(&tie.id).is_err() {
                    self.report(place, format!("duplicate tie id \"{}\"", tie.id));
                } else {
                    let outcome = decide(tie, &competition.rules_for(round, tie));
                    let winner = match (tie.kind(), outcome.winner) {
                        (Some(TieKind::Bye(team)), Some(_)) => Some(team),
                        (Some(TieKind::Contest(teams)), Some(slot)) => {
                            teams[slot.index()].as_deref()
                        }
                        (Some(TieKind::Bye(_) | TieKind::Contest(_)) | None, None)
                        | (None, Some(_)) => None,
                    };
                    self.earlier.push(Earlier { order, winner });
                }
                order += 1;
            }
        }
    }

    fn rounds(&mut self) {
        let competition = self.competition;
        let mut order = 0;
        for (round_index, round) in competition.rounds.iter().enumerate() {
            for (tie_index, tie) in round.ties.iter().enumerate() {
                let place = item(&item("", "rounds", round_index), ".ties", tie_index);
                let rules = competition.rules_for(round, tie);
                self.tie(&place, tie, &rules, order);
                order += 1;
            }
        }
    }

    fn tie(&mut self, place: &str, tie: &'a Tie, rules: &Rules, order: usize) {
        self.legs_count(
            at(place, ".rules.legs"),
            tie.rules.as_ref().and_then(|rules| rules.legs),
        );
        for (index, leg) in tie.legs.iter().enumerate() {
            let leg_place = at(&item(place, ".legs", index), ".id");
            match self.matches.insert(&leg.id) {
                Err(number) => {
                    let first = self.match_at.get(number).map_or("", String::as_str);
                    let message = format!("duplicate match id \"{}\" (first at {first})", leg.id);
                    self.report(leg_place, message);
                }
                Ok(_) => self.match_at.push(leg_place),
            }
        }
        match tie.kind() {
            Some(TieKind::Bye(team)) => self.bye(place, tie, team, order),
            Some(TieKind::Contest(teams)) => self.contest(place, tie, teams, rules, order),
            None if tie.bye.is_some() => self.report(
                place,
                "a tie has either \"teams\" or \"bye\", not both".to_string(),
            ),
            None => self.report(
                place,
                "a tie needs \"teams\" (two team ids) or \"bye\" (one)".to_string(),
            ),
        }
    }

    fn bye(&mut self, place: &str, tie: &Tie, team: &str, order: usize) {
        self.known_team(at(place, ".bye"), team);
        if !tie.legs.is_empty() {
            self.report(at(place, ".legs"), "a bye has no legs");
        }
        if tie.walkover.is_some() {
            self.report(at(place, ".walkover"), "a bye has no walkover");
        }
        if let Some([first, second]) = &tie.from {
            if let Some(source) = first {
                self.from(place, 0, source, Some(team), order);
            }
            if second.is_some() {
                self.report(
                    at(place, ".from[1]"),
                    "a bye has one team, so from[1] must be null",
                );
            }
        }
    }

    /// The `from[index]` link of the tie at `tie`: `team` is the place it
    /// feeds, `None` while not known.
    fn from(&mut self, tie: &str, index: usize, source: &str, team: Option<&str>, order: usize) {
        let place = item(tie, ".from", index);
        let earlier = self
            .ties
            .get(source)
            .and_then(|number| self.earlier.get(number));
        match (earlier, team) {
            (None, _) => self.report(place, format!("unknown tie \"{source}\"")),
            (Some(earlier), _) if earlier.order >= order => {
                self.report(place, format!("\"{source}\" is not an earlier tie"));
            }
            (
                Some(Earlier {
                    winner: Some(winner),
                    ..
                }),
                Some(team),
            ) if *winner != team => {
                let message = format!("the winner of \"{source}\" is \"{winner}\", not \"{team}\"");
                self.report(place, message);
            }
            (
                Some(Earlier {
                    winner: Some(winner),
                    ..
                }),
                None,
            ) => {
                // Reported at the place (`teams[i]`), not at `from[i]`.
                let message = format!(
                    "null, but \"{source}\" is decided: its winner \"{winner}\" plays here"
                );
                self.report(item(tie, ".teams", index), message);
            }
            (Some(_), _) => {}
        }
    }

    fn contest(
        &mut self,
        place: &str,
        tie: &Tie,
        teams: &[Option<String>; 2],
        rules: &Rules,
        order: usize,
    ) {
        let mut known = [false; 2];
        for (index, team) in teams.iter().enumerate() {
            let team_place = item(place, ".teams", index);
            match team {
                Some(team) => known[index] = self.known_team(team_place, team),
                None => {
                    let source = tie.from.as_ref().and_then(|from| from[index].as_ref());
                    if source.is_none() {
                        let message = format!(
                            "null, but from[{index}] names no tie: a team not known yet is the winner of an earlier tie"
                        );
                        self.report(team_place, message);
                    }
                }
            }
        }
        if let [Some(first), Some(second)] = teams {
            if first == second {
                self.report(
                    at(place, ".teams"),
                    format!("a team cannot play itself: \"{first}\" twice"),
                );
            }
        }
        let allowed = usize::from(rules.legs.clamp(1, 2));
        if tie.legs.is_empty() && tie.walkover.is_none() {
            self.report(
                at(place, ".legs"),
                "a tie has one or two legs (or a walkover)",
            );
        } else if tie.legs.len() > allowed {
            let message = format!(
                "{} legs, but this tie's rules allow {allowed}",
                tie.legs.len()
            );
            self.report(at(place, ".legs"), message);
        }
        let unknown = teams.iter().position(Option::is_none);
        for (index, leg) in tie.legs.iter().enumerate() {
            let leg_place = item(place, ".legs", index);
            self.leg(&leg_place, tie, teams, index, leg, rules);
            if let (Some(unknown), false) = (unknown, leg.status == MatchStatus::Scheduled) {
                let message = format!(
                    "teams[{unknown}] is null, so every leg is still to play (\"scheduled\")"
                );
                self.report(at(&leg_place, ".status"), message);
            }
        }
        self.tie_breaks(place, tie, rules);
        if let Some(walkover) = &tie.walkover {
            if Slot::find(teams, &walkover.winner).is_none() {
                let message = format!("\"{}\" is not one of this tie's teams", walkover.winner);
                self.report(at(place, ".walkover.winner"), message);
            }
        }
        if let Some(from) = &tie.from {
            for (index, source) in from.iter().enumerate() {
                let (Some(source), Some(team)) = (source, teams.get(index)) else {
                    continue;
                };
                match team {
                    Some(team) if known.get(index) == Some(&true) => {
                        self.from(place, index, source, Some(team), order);
                    }
                    Some(_) => {}
                    None => self.from(place, index, source, None, order),
                }
            }
        }
    }

    /// A leg's `home` or `away`: the team of `teams[slot]`, or `null` exactly
    /// where that place is.
    fn side(
        &mut self,
        place: String,
        team: Option<&str>,
        teams: &[Option<String>; 2],
        slot: usize,
    ) -> bool {
        let expected = teams.get(slot).and_then(Option::as_deref);
        let team = match (team, expected) {
            (None, None) => return false,
            (None, Some(expected)) => {
                let message = format!("null, but teams[{slot}] is known: \"{expected}\"");
                self.report(place, message);
                return false;
            }
            (Some(team), None) => {
                let message = format!(
                    "\"{team}\", but teams[{slot}] is null: a team not known yet is null here too"
                );
                self.report(place, message);
                return false;
            }
            (Some(team), Some(_)) => team,
        };
        if !self.known_team(place.clone(), team) {
            return false;
        }
        let ours = Slot::find(teams, team).is_some();
        if !ours {
            let name = |slot: usize| teams[slot].as_deref().unwrap_or("null");
            let message = format!(
                "\"{team}\" is not one of this tie's teams (\"{}\", \"{}\")",
                name(0),
                name(1)
            );
            self.report(place, message);
        }
        ours
    }

    fn leg(
        &mut self,
        place: &str,
        tie: &Tie,
        teams: &[Option<String>; 2],
        index: usize,
        leg: &Match,
        rules: &Rules,
    ) {
        // The places the host and the visitor stand for: teams[0] hosts the
        // first leg, teams[1] the second. A known team is checked as before
        // (a second leg's host against the first's); a null is checked
        // against its place.
        let (home_slot, away_slot) = if index % 2 == 0 { (0, 1) } else { (1, 0) };
        let home_slot = match (&leg.home, &teams[home_slot]) {
            (Some(home), Some(_)) => Slot::find(teams, home).map_or(home_slot, Slot::index),
            (Some(_) | None, _) => home_slot,
        };
        let away_slot = match (&leg.away, &teams[away_slot]) {
            (Some(away), Some(_)) => Slot::find(teams, away).map_or(away_slot, Slot::index),
            (Some(_) | None, _) => away_slot,
        };
        let home_ok = self.side(at(place, ".home"), leg.home.as_deref(), teams, home_slot);
        let away_ok = self.side(at(place, ".away"), leg.away.as_deref(), teams, away_slot);
        if home_ok && away_ok && leg.home == leg.away {
            self.report(at(place, ".away"), "a team cannot play itself");
        }
        if let (0, true, Some(first)) = (index, home_ok, &teams[0]) {
            if leg.home.as_ref() != Some(first) {
                let message = format!("the first leg's host must be teams[0], \"{first}\"");
                self.report(at(place, ".home"), message);
            }
        }
        if index == 1 {
            if let Some((Some(first), Some(home))) =
                tie.legs.first().map(|first| (&first.home, &leg.home))
            {
                if first == home {
                    let message = format!(
                        "the second leg's host is the first leg's host \"{home}\"; the visitor hosts it"
                    );
                    self.report(at(place, ".home"), message);
                }
            }
        }
        let deciding = usize::from(rules.legs.clamp(1, 2)) - 1;
        let status = match leg.status {
            MatchStatus::Played => "a played",
            MatchStatus::Awarded => "an awarded",
            MatchStatus::Cancelled => "a cancelled",
            MatchStatus::Scheduled => "a scheduled",
        };
        if leg.status.counts() {
            if leg.score.is_none() {
                self.report(at(place, ".score"), format!("{status} match needs a score"));
            }
        } else {
            for (field, present) in [
                ("score", leg.score.is_some()),
                ("extra_time_score", leg.extra_time_score.is_some()),
                ("penalties", leg.penalties.is_some()),
            ] {
                if present {
                    self.report(
                        at(place, &at(".", field)),
                        format!("{status} match has no {}", field.replace('_', " ")),
                    );
                }
            }
        }
        if let Some(extra) = leg.extra_time_score {
            let field = at(place, ".extra_time_score");
            if let Some(score) = leg.score {
                if extra[0] < score[0] || extra[1] < score[1] {
                    let message = format!(
                        "{} after extra time is below the normal-time score {}",
                        score_text(extra),
                        score_text(score)
                    );
                    self.report(field.clone(), message);
                }
            }
            if index != deciding {
                self.report(field.clone(), "extra time only follows the deciding leg");
            }
            if !rules.extra_time {
                self.report(field, "this tie's rules have no extra time");
            }
        }
        if let Some(report) = &leg.report {
            if !crate::links::is_web_url(report) {
                let message = format!(
                    "\"{}\" is not an http: or https: URL; only those are drawn as links",
                    report.chars().take(80).collect::<String>()
                );
                self.report(at(place, ".report"), message);
            }
        }
        if let Some(kicks) = leg.penalties {
            let field = at(place, ".penalties");
            if index != deciding {
                self.report(field.clone(), "a shoot-out only follows the deciding leg");
            }
            if kicks[0] == kicks[1] {
                let message = format!("a shoot-out cannot end level ({})", score_text(kicks));
                self.report(field.clone(), message);
            }
            if !rules.penalties {
                self.report(field, "this tie's rules have no penalty shoot-out");
            }
        }
    }

    /// Extra time and penalties only where the steps before them left the tie level.
    fn tie_breaks(&mut self, place: &str, tie: &Tie, rules: &Rules) {
        if tie.walkover.is_some() {
            return;
        }
        let deciding = usize::from(rules.legs.clamp(1, 2)) - 1;
        let Some(leg) = tie.legs.get(deciding) else {
            return;
        };
        let leg_place = item(place, ".legs", deciding);
        if leg.extra_time_score.is_some() && rules.extra_time {
            let before = decide(
                tie,
                &Rules {
                    extra_time: false,
                    penalties: false,
                    ..*rules
                },
            );
            if let Some(why) = settled_before(before.decided_by, before.aggregate) {
                self.report(
                    at(&leg_place, ".extra_time_score"),
                    format!("extra time on a tie already decided after 90 minutes ({why})"),
                );
            }
        }
        if leg.penalties.is_some() && rules.penalties {
            let before = decide(
                tie,
                &Rules {
                    penalties: false,
                    ..*rules
                },
            );
            if let Some(why) = settled_before(before.decided_by, before.aggregate) {
                self.report(
                    at(&leg_place, ".penalties"),
                    format!("penalties on a tie already decided ({why})"),
                );
            } else if rules.extra_time
                && leg.extra_time_score.is_none()
                && before.decided_by == DecidedBy::Undecided
                && leg.status.counts()
            {
                self.report(
                    at(&leg_place, ".extra_time_score"),
                    "this tie's rules play extra time before penalties; extra_time_score is missing",
                );
            }
        }
    }
}

/// Why a tie was already settled, in words; `None` when it was not.
fn settled_before(by: DecidedBy, aggregate: Option<[u32; 2]>) -> Option<String> {
    let [first, second] = aggregate.unwrap_or_default();
    match by {
        DecidedBy::Aggregate => Some(format!("{first}{EN_DASH}{second} on aggregate")),
        DecidedBy::AwayGoals => Some(format!(
            "{first}{EN_DASH}{second} on aggregate, settled on away goals"
        )),
        DecidedBy::ExtraTime => Some(format!(
            "{first}{EN_DASH}{second} on aggregate after extra time"
        )),
        DecidedBy::Penalties | DecidedBy::Walkover | DecidedBy::Bye | DecidedBy::Undecided => None,
    }
}

/// Every problem of a competition, in file order; empty when it is valid.
pub fn validate(competition: &Competition) -> Vec<Problem> {
    let mut validator = Validator {
        competition,
        problems: Vec::new(),
        teams: Ids::new(),
        team_at: Vec::new(),
        ties: Ids::new(),
        earlier: Vec::new(),
        matches: Ids::new(),
        match_at: Vec::new(),
    };
    validator.top();
    validator.index_ties();
    validator.rounds();
    validator.problems
}
