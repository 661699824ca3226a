//! The one-sentence summary of an outcome, in the article's style:
//! "IR Tanger won 3–1 on aggregate."
//!
//! The sentences the article itself writes after a tie are matched exactly;
//! the rest (single matches, ties still to play) follow the same pattern.

use crate::ids::Ids;
use crate::model::{Competition, Tie, TieKind};
use crate::rules::{DecidedBy, Outcome, Slot};

/// The dash between two numbers of a score, as the article writes it.
pub const EN_DASH: char = '–';

/// A competition's team names and ties, looked up by id: built once, so
/// that naming every tie of a big file stays linear.
pub struct Names<'a> {
    competition: &'a Competition,
    /// Team ids, numbered as `team_names`.
    teams: Ids<'a>,
    team_names: Vec<&'a str>,
    /// Tie ids, numbered as `tie_at`: (round, index in the round).
    ties: Ids<'a>,
    tie_at: Vec<(usize, usize)>,
}

impl<'a> Names<'a> {
    /// The tables of `competition` (the last team of an id names it, were
    /// ids repeated; the first tie of an id is the one `from` names).
    pub fn new(competition: &'a Competition) -> Self {
        let mut teams = Ids::new();
        let mut team_names: Vec<&str> = Vec::with_capacity(competition.teams.len());
        for team in &competition.teams {
            match teams.insert(&team.id) {
                Ok(_) => team_names.push(&team.name),
                Err(number) => {
                    if let Some(name) = team_names.get_mut(number) {
                        *name = &team.name;
                    }
                }
            }
        }
        let mut ties = Ids::new();
        let mut tie_at = Vec::new();
        for (round_index, round) in competition.rounds.iter().enumerate() {
            for (index, tie) in round.ties.iter().enumerate() {
                if ties.insert(&tie.id).is_ok() {
                    tie_at.push((round_index, index));
                }
            }
        }
        Names {
            competition,
            teams,
            team_names,
            ties,
            tie_at,
        }
    }

    /// The name of the team with this id, or the id itself when no team has it.
    pub fn team(&self, id: &'a str) -> &'a str {
        self.teams
            .get(id)
            .and_then(|number| self.team_names.get(number))
            .map_or(id, |name| *name)
    }

    /// The tie with this id, and its round.
    fn tie(&self, id: &str) -> Option<(&'a crate::model::Round, &'a Tie)> {
        let (round, index) = *self.tie_at.get(self.ties.get(id)?)?;
        let round = self.competition.rounds.get(round)?;
        Some((round, round.ties.get(index)?))
    }

    /// What `teams[index]` of `tie` is called on its card: the team's name,
    /// or, while it is not known, "Winner of AS Kaloum v IR Tanger".
    pub fn place(&self, tie: &'a Tie, index: usize) -> String {
        let team = match tie.kind() {
            Some(TieKind::Contest(teams)) => teams.get(index).and_then(Option::as_deref),
            Some(TieKind::Bye(team)) => (index == 0).then_some(team),
            None => None,
        };
        match team {
            Some(team) => self.team(team).to_string(),
            None => format!("Winner of {}", self.feeder(tie, index)),
        }
    }

    /// The tie whose winner fills `teams[index]`, in words: "AS Kaloum v IR
    /// Tanger" when both its teams are known, else "Round of 16 tie 3" (its
    /// round and place in it), so that names do not nest.
    fn feeder(&self, tie: &Tie, index: usize) -> String {
        let source = tie
            .from
            .as_ref()
            .and_then(|from| from.get(index))
            .and_then(Option::as_deref);
        let Some((round, feeder)) = source.and_then(|id| self.tie(id)) else {
            return "an earlier tie".to_string();
        };
        match feeder.kind() {
            Some(TieKind::Contest([Some(first), Some(second)])) => {
                format!("{} v {}", self.team(first), self.team(second))
            }
            Some(TieKind::Bye(team)) => self.team(team).to_string(),
            Some(TieKind::Contest(_)) | None => {
                let number = round
                    .ties
                    .iter()
                    .position(|other| std::ptr::eq(other, feeder))
                    .map_or(0, |position| position + 1);
                format!("{} tie {number}", round.name)
            }
        }
    }
}

/// What `teams[index]` of `tie` is called: the team's name, or "Winner of
/// AS Kaloum v IR Tanger" while it is not known (see [`Names::place`]; this
/// one builds the tables for one call, [`Names`] keeps them for many).
pub fn place_name(competition: &Competition, tie: &Tie, index: usize) -> String {
    Names::new(competition).place(tie, index)
}

/// "IR Tanger won 3–1 on aggregate.", "1–1 on aggregate. Vipers won on away goals.", …
pub fn summary(competition: &Competition, tie: &Tie, outcome: &Outcome) -> String {
    sentence(tie, outcome, &Names::new(competition))
}

/// What a tie with a team not known yet says: "TP Mazembe will play the
/// winner of Étoile du Congo v JS Kabylie.", "The winners of Round of 16 tie
/// 1 and Round of 16 tie 2 will meet."
fn to_be_played<'a>(tie: &'a Tie, teams: &'a [Option<String>; 2], names: &Names<'a>) -> String {
    match teams {
        [Some(known), None] | [None, Some(known)] => {
            let unknown = usize::from(teams[0].is_some());
            format!(
                "{} will play the winner of {}.",
                names.team(known),
                names.feeder(tie, unknown)
            )
        }
        [None, None] => format!(
            "The winners of {} and {} will meet.",
            names.feeder(tie, 0),
            names.feeder(tie, 1)
        ),
        [Some(first), Some(second)] => {
            format!("{} v {}.", names.team(first), names.team(second))
        }
    }
}

/// [`summary`] with the names looked up in `names` (built once for a big file).
pub fn sentence<'a>(tie: &'a Tie, outcome: &Outcome, names: &Names<'a>) -> String {
    let name = |id: &'a str| names.team(id).to_string();
    let teams = match tie.kind() {
        Some(TieKind::Bye(team)) => return format!("{} received a bye.", name(team)),
        Some(TieKind::Contest(teams)) => teams,
        None => return "Not a tie: it needs either two teams or a bye.".to_string(),
    };
    if teams.iter().any(Option::is_none) {
        return to_be_played(tie, teams, names);
    }
    let team_name = |slot: Slot| name(teams[slot.index()].as_deref().unwrap_or_default());
    let aggregate = outcome.aggregate.unwrap_or_default();
    let two_legs = outcome.legs >= 2;
    let on_aggregate = if two_legs { " on aggregate" } else { "" };
    let Some(winner) = outcome.winner else {
        return undecided(tie, outcome, &name);
    };
    let won = |goals: [u32; 2]| {
        let (for_, against) = (winner.of(goals), winner.other().of(goals));
        format!("{for_}{EN_DASH}{against}")
    };
    let level = || {
        let goals = aggregate[0];
        if two_legs {
            format!("{goals}{EN_DASH}{goals} on aggregate.")
        } else if outcome.extra_time {
            format!("{goals}{EN_DASH}{goals} after extra time.")
        } else {
            format!("{goals}{EN_DASH}{goals} after 90 minutes.")
        }
    };
    let who = team_name(winner);
    match outcome.decided_by {
        DecidedBy::Aggregate => format!("{who} won {}{on_aggregate}.", won(aggregate)),
        DecidedBy::ExtraTime => {
            format!(
                "{who} won {}{on_aggregate} after extra time.",
                won(aggregate)
            )
        }
        DecidedBy::AwayGoals => format!("{} {who} won on away goals.", level()),
        DecidedBy::Penalties => {
            let kicks = outcome.penalties.unwrap_or_default().map(u32::from);
            format!("{} {who} won {} on penalties.", level(), won(kicks))
        }
        DecidedBy::Walkover => format!("{who} won on walkover."),
        DecidedBy::Bye => format!("{who} received a bye."),
        DecidedBy::Undecided => undecided(tie, outcome, &name),
    }
}

/// A tie with no winner: what has been played, and what is missing.
fn undecided<'a>(tie: &'a Tie, outcome: &Outcome, name: &dyn Fn(&'a str) -> String) -> String {
    let [first, second] = outcome.aggregate.unwrap_or_default();
    let counted: Vec<_> = tie
        .legs
        .iter()
        .filter(|leg| leg.status.counts() && leg.score.is_some())
        .collect();
    let needed = usize::from(outcome.legs.max(1));
    if counted.len() >= needed {
        let what = if outcome.legs >= 2 {
            format!("{first}{EN_DASH}{second} on aggregate")
        } else {
            format!("{first}{EN_DASH}{second}")
        };
        return if first == second {
            format!("{what}; no result recorded.")
        } else {
            format!("{what}; the result is incomplete.")
        };
    }
    match (counted.first(), needed) {
        (Some(leg), 2) => {
            let [home, away] = leg.score.unwrap_or_default();
            format!(
                "First leg: {} {home}{EN_DASH}{away} {}; second leg to play.",
                name(leg.home.as_deref().unwrap_or_default()),
                name(leg.away.as_deref().unwrap_or_default())
            )
        }
        (None, 2) => "Both legs to play.".to_string(),
        (Some(_) | None, _) => "Match to play.".to_string(),
    }
}
