//! The one-sentence summary of an outcome, in the article's style:
//! "IR Tanger won 3–1 on aggregate."
//!
//! The sentences the article itself writes after a tie are matched exactly;
//! the rest (single matches, ties still to play) follow the same pattern.

use crate::model::{Competition, Tie, TieKind};
use crate::rules::{DecidedBy, Outcome, Slot};

/// The dash between two numbers of a score, as the article writes it.
pub const EN_DASH: char = '–';

/// "IR Tanger won 3–1 on aggregate.", "1–1 on aggregate. Vipers won on away goals.", …
pub fn summary(competition: &Competition, tie: &Tie, outcome: &Outcome) -> String {
    sentence(tie, outcome, &|id| {
        competition
            .team(id)
            .map_or_else(|| id.to_string(), |team| team.name.clone())
    })
}

/// [`summary`] with the team names looked up by `name` (a map built once for a big file).
pub fn sentence(tie: &Tie, outcome: &Outcome, name: &dyn Fn(&str) -> String) -> String {
    let teams = match tie.kind() {
        Some(TieKind::Bye(team)) => return format!("{} received a bye.", name(team)),
        Some(TieKind::Contest(teams)) => teams,
        None => return "Not a tie: it needs either two teams or a bye.".to_string(),
    };
    let team_name = |slot: Slot| match slot {
        Slot::First => name(&teams[0]),
        Slot::Second => name(&teams[1]),
    };
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
fn undecided(tie: &Tie, outcome: &Outcome, name: &dyn Fn(&str) -> String) -> String {
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
                name(&leg.home),
                name(&leg.away)
            )
        }
        (None, 2) => "Both legs to play.".to_string(),
        (Some(_) | None, _) => "Match to play.".to_string(),
    }
}
