//! The summaries in English, the article's words: "IR Tanger won 3–1 on
//! aggregate.", "1–1 on aggregate. Al-Masry won 3–0 on penalties."

use super::{Feeder, Level, Said, EN_DASH};

/// "3–1".
fn score(goals: [u32; 2]) -> String {
    format!("{}{EN_DASH}{}", goals[0], goals[1])
}

/// The tie a place's winner comes from: "AS Kaloum v IR Tanger", "Round of
/// 16 tie 3".
fn feeder(feeder: Feeder<'_>) -> String {
    match feeder {
        Feeder::Teams(first, second) => format!("{first} v {second}"),
        Feeder::Bye(team) => team.to_string(),
        Feeder::Numbered { round, number } => format!("{round} tie {number}"),
        Feeder::Unknown => "an earlier tie".to_string(),
    }
}

/// A place not known yet: "Winner of AS Kaloum v IR Tanger".
pub(super) fn place(from: Feeder<'_>) -> String {
    format!("Winner of {}", feeder(from))
}

/// "1–1 on aggregate.", "1–1 after extra time.", "1–1 after 90 minutes."
fn level(level: Level, goals: u32) -> String {
    let score = score([goals, goals]);
    match level {
        Level::Aggregate => format!("{score} on aggregate."),
        Level::ExtraTime => format!("{score} after extra time."),
        Level::NinetyMinutes => format!("{score} after 90 minutes."),
    }
}

/// The summary in English.
pub(super) fn sentence(said: &Said<'_>) -> String {
    match *said {
        Said::Bye(team) => format!("{team} received a bye."),
        Said::NotATie => "Not a tie: it needs either two teams or a bye.".to_string(),
        Said::Awaits(team, from) => {
            format!("{team} will play the winner of {}.", feeder(from))
        }
        Said::FeedersMeet(first, second) => format!(
            "The winners of {} and {} will meet.",
            feeder(first),
            feeder(second)
        ),
        Said::Pairing(first, second) => format!("{first} v {second}."),
        Said::Won {
            who,
            goals,
            two_legs,
            extra_time,
        } => {
            let on_aggregate = if two_legs { " on aggregate" } else { "" };
            let after = if extra_time { " after extra time" } else { "" };
            format!("{who} won {}{on_aggregate}{after}.", score(goals))
        }
        Said::AwayGoals {
            level: how,
            goals,
            who,
        } => format!("{} {who} won on away goals.", level(how, goals)),
        Said::Penalties {
            level: how,
            goals,
            who,
            kicks,
        } => format!(
            "{} {who} won {} on penalties.",
            level(how, goals),
            score(kicks)
        ),
        Said::Walkover(who) => format!("{who} won on walkover."),
        Said::Unsettled { goals, two_legs } => {
            let on_aggregate = if two_legs { " on aggregate" } else { "" };
            let what = if goals[0] == goals[1] {
                "no result recorded"
            } else {
                "the result is incomplete"
            };
            format!("{}{on_aggregate}; {what}.", score(goals))
        }
        Said::FirstLeg { home, away, score } => format!(
            "First leg: {home} {}{EN_DASH}{} {away}; second leg to play.",
            score[0], score[1]
        ),
        Said::BothLegsToPlay => "Both legs to play.".to_string(),
        Said::MatchToPlay => "Match to play.".to_string(),
    }
}
