//! The summaries in French, in the words of French football reporting:
//! "IR Tanger se qualifie 3–1 sur l'ensemble des deux matchs.", "1–1 sur
//! l'ensemble des deux matchs. Al-Masry l'emporte 3–0 aux tirs au but."
//!
//! A team is the subject of a verb in the present tense ("se qualifie",
//! "l'emporte", "affrontera"), never of a participle or an adjective, so
//! that nothing agrees with a club's gender, which French gives by club
//! ("le Horoya", "la JS Kabylie") and the file does not say. A team name
//! never follows "de" either (no "de AS Kaloum" for "d'AS Kaloum"). A
//! non-breaking space goes before a colon, as French typography wants.

use super::{capitalised, Feeder, Level, Said, EN_DASH};

/// The non-breaking space before a colon and inside "n° 3".
const NBSP: char = '\u{a0}';

/// "3–1".
fn score(goals: [u32; 2]) -> String {
    format!("{}{EN_DASH}{}", goals[0], goals[1])
}

/// The tie a place's winner comes from, after "vainqueur": "de la
/// confrontation AS Kaloum – IR Tanger"; `None` for a bye, whose winner is
/// its team.
fn of_feeder(feeder: Feeder<'_>) -> Result<String, &str> {
    match feeder {
        Feeder::Teams(first, second) => Ok(format!("de la confrontation {first} – {second}")),
        Feeder::Bye(team) => Err(team),
        Feeder::Numbered { round, number } => {
            Ok(format!("de la confrontation n°{NBSP}{number} ({round})"))
        }
        Feeder::Unknown => Ok("d'une confrontation précédente".to_string()),
    }
}

/// "le vainqueur de la confrontation AS Kaloum – IR Tanger", or a bye's team.
fn winner_of(feeder: Feeder<'_>) -> String {
    match of_feeder(feeder) {
        Ok(of) => format!("le vainqueur {of}"),
        Err(team) => team.to_string(),
    }
}

/// A place not known yet: "Vainqueur de la confrontation AS Kaloum – IR Tanger".
pub(super) fn place(feeder: Feeder<'_>) -> String {
    match of_feeder(feeder) {
        Ok(of) => format!("Vainqueur {of}"),
        Err(team) => team.to_string(),
    }
}

/// "1–1 sur l'ensemble des deux matchs.", "1–1 après prolongation.", "1–1
/// à l'issue du temps réglementaire."
fn level(level: Level, goals: u32) -> String {
    let score = score([goals, goals]);
    match level {
        Level::Aggregate => format!("{score} sur l'ensemble des deux matchs."),
        Level::ExtraTime => format!("{score} après prolongation."),
        Level::NinetyMinutes => format!("{score} à l'issue du temps réglementaire."),
    }
}

/// The summary in French.
pub(super) fn sentence(said: &Said<'_>) -> String {
    match *said {
        Said::Bye(team) => format!("{team} bénéficie d'une exemption."),
        Said::NotATie => {
            format!(
                "Ce n'est pas une confrontation{NBSP}: il lui faut deux équipes ou une exemption."
            )
        }
        Said::Awaits(team, from) => format!("{team} affrontera {}.", winner_of(from)),
        Said::FeedersMeet(first, second) => format!(
            "{} affrontera {}.",
            capitalised(&winner_of(first)),
            winner_of(second)
        ),
        Said::Pairing(first, second) => format!("{first} – {second}."),
        Said::Won {
            who,
            goals,
            two_legs,
            extra_time,
        } => {
            let after = if extra_time {
                " après prolongation"
            } else {
                ""
            };
            if two_legs {
                format!(
                    "{who} se qualifie {} sur l'ensemble des deux matchs{after}.",
                    score(goals)
                )
            } else {
                format!("{who} s'impose {}{after}.", score(goals))
            }
        }
        Said::AwayGoals {
            level: how,
            goals,
            who,
        } => format!(
            "{} {who} se qualifie grâce aux buts marqués à l'extérieur.",
            level(how, goals)
        ),
        Said::Penalties {
            level: how,
            goals,
            who,
            kicks,
        } => format!(
            "{} {who} l'emporte {} aux tirs au but.",
            level(how, goals),
            score(kicks)
        ),
        Said::Walkover(who) => format!("{who} se qualifie par forfait."),
        Said::Unsettled { goals, two_legs } => {
            let on_aggregate = if two_legs {
                " sur l'ensemble des deux matchs"
            } else {
                ""
            };
            let what = if goals[0] == goals[1] {
                "aucun résultat décisif enregistré"
            } else {
                "résultat incomplet"
            };
            format!("{}{on_aggregate}{NBSP}: {what}.", score(goals))
        }
        Said::FirstLeg { home, away, score } => format!(
            "Match aller{NBSP}: {home} {}{EN_DASH}{} {away}. Match retour à jouer.",
            score[0], score[1]
        ),
        Said::BothLegsToPlay => "Matchs aller et retour à jouer.".to_string(),
        Said::MatchToPlay => "Match à jouer.".to_string(),
    }
}
