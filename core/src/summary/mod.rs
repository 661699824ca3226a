//! The one-sentence summary of an outcome, in the article's style:
//! "IR Tanger won 3–1 on aggregate.", and in French and Arabic.
//!
//! The sentences the article itself writes after a tie are matched exactly;
//! the rest (single matches, ties still to play) follow the same pattern.
//!
//! What a summary says is worked out once, whatever the language, as a
//! [`Said`]; each language puts it into words in its own module (`en.rs`,
//! `fr.rs`, `ar.rs`), chosen by [`Lang`]. Team and round names come from
//! the file's `names` in that language, the English ones where it has none.

mod ar;
mod en;
mod fr;

use crate::ids::Ids;
use crate::lang::Lang;
use crate::model::{Competition, Round, Tie, TieKind};
use crate::rules::{DecidedBy, Outcome, Slot};

/// The dash between two numbers of a score, as the article writes it.
pub const EN_DASH: char = '–';

/// A competition's team names and ties, looked up by id, in one language:
/// built once, so that naming every tie of a big file stays linear.
pub struct Names<'a> {
    competition: &'a Competition,
    lang: Lang,
    /// Team ids, numbered as `team_names`.
    teams: Ids<'a>,
    team_names: Vec<&'a str>,
    /// Tie ids, numbered as `tie_at`: (round, index in the round).
    ties: Ids<'a>,
    tie_at: Vec<(usize, usize)>,
}

/// The tie whose winner fills a place not known yet, as the sentences name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Feeder<'a> {
    /// A tie of two known teams: "AS Kaloum v IR Tanger".
    Teams(&'a str, &'a str),
    /// A bye: its team.
    Bye(&'a str),
    /// A tie of teams not known either, by its round and place in it:
    /// "Round of 16 tie 3".
    Numbered { round: &'a str, number: usize },
    /// No tie the file names.
    Unknown,
}

/// How a level score is described.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    /// Over two legs: "1–1 on aggregate."
    Aggregate,
    /// A single match after extra time: "1–1 after extra time."
    ExtraTime,
    /// A single match after 90 minutes: "1–1 after 90 minutes."
    NinetyMinutes,
}

/// What a summary says, before it is put into words. Scores are
/// `[for, against]` of the team named, or `[teams[0], teams[1]]`.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Said<'a> {
    /// "Djoliba received a bye."
    Bye(&'a str),
    /// A tie with neither two teams nor a bye.
    NotATie,
    /// "Horoya will play the winner of AS Kaloum v IR Tanger."
    Awaits(&'a str, Feeder<'a>),
    /// "The winners of A v B and C v D will meet."
    FeedersMeet(Feeder<'a>, Feeder<'a>),
    /// "A v B." (both teams known: never said, as such a tie has an outcome).
    Pairing(&'a str, &'a str),
    /// "IR Tanger won 3–1 on aggregate." (`two_legs`), "… after extra time"
    /// (`extra_time`).
    Won {
        who: &'a str,
        goals: [u32; 2],
        two_legs: bool,
        extra_time: bool,
    },
    /// "1–1 on aggregate. Vipers won on away goals."
    AwayGoals {
        level: Level,
        goals: u32,
        who: &'a str,
    },
    /// "1–1 on aggregate. Al-Masry won 3–0 on penalties."
    Penalties {
        level: Level,
        goals: u32,
        who: &'a str,
        kicks: [u32; 2],
    },
    /// "Al-Masry won on walkover."
    Walkover(&'a str),
    /// Every leg counted and no winner: "1–1 on aggregate; no result
    /// recorded." (level), "…; the result is incomplete." (not level).
    Unsettled { goals: [u32; 2], two_legs: bool },
    /// "First leg: AS Kaloum 1–0 IR Tanger; second leg to play."
    FirstLeg {
        home: &'a str,
        away: &'a str,
        score: [u8; 2],
    },
    /// "Both legs to play."
    BothLegsToPlay,
    /// "Match to play."
    MatchToPlay,
}

impl<'a> Names<'a> {
    /// The tables of `competition`, in English (the last team of an id
    /// names it, were ids repeated; the first tie of an id is the one
    /// `from` names).
    pub fn new(competition: &'a Competition) -> Self {
        Names::new_in(competition, Lang::En)
    }

    /// The tables of `competition`, naming teams and rounds in `lang`.
    pub fn new_in(competition: &'a Competition, lang: Lang) -> Self {
        let mut teams = Ids::new();
        let mut team_names: Vec<&str> = Vec::with_capacity(competition.teams.len());
        for team in &competition.teams {
            let name = team.name_in(lang);
            match teams.insert(&team.id) {
                Ok(_) => team_names.push(name),
                Err(number) => {
                    if let Some(slot) = team_names.get_mut(number) {
                        *slot = name;
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
            lang,
            teams,
            team_names,
            ties,
            tie_at,
        }
    }

    /// The language the names and sentences are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The name of the team with this id, or the id itself when no team has it.
    pub fn team(&self, id: &'a str) -> &'a str {
        self.teams
            .get(id)
            .and_then(|number| self.team_names.get(number))
            .map_or(id, |name| *name)
    }

    /// The tie with this id, and its round.
    fn tie(&self, id: &str) -> Option<(&'a Round, &'a Tie)> {
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
            None => {
                let feeder = self.feeder(tie, index);
                match self.lang {
                    Lang::En => en::place(feeder),
                    Lang::Fr => fr::place(feeder),
                    Lang::Ar => ar::place(feeder),
                }
            }
        }
    }

    /// The tie whose winner fills `teams[index]`: its two teams when both
    /// are known, else its round and place in it, so that names do not nest.
    fn feeder(&self, tie: &Tie, index: usize) -> Feeder<'a> {
        let source = tie
            .from
            .as_ref()
            .and_then(|from| from.get(index))
            .and_then(Option::as_deref);
        let Some((round, feeder)) = source.and_then(|id| self.tie(id)) else {
            return Feeder::Unknown;
        };
        match feeder.kind() {
            Some(TieKind::Contest([Some(first), Some(second)])) => {
                Feeder::Teams(self.team(first), self.team(second))
            }
            Some(TieKind::Bye(team)) => Feeder::Bye(self.team(team)),
            Some(TieKind::Contest(_)) | None => Feeder::Numbered {
                round: round.name_in(self.lang),
                number: round
                    .ties
                    .iter()
                    .position(|other| std::ptr::eq(other, feeder))
                    .map_or(0, |position| position + 1),
            },
        }
    }
}

/// What `teams[index]` of `tie` is called: the team's name, or "Winner of
/// AS Kaloum v IR Tanger" while it is not known (see [`Names::place`]; this
/// one builds the tables for one call, [`Names`] keeps them for many).
pub fn place_name(competition: &Competition, tie: &Tie, index: usize) -> String {
    place_name_in(competition, tie, index, Lang::En)
}

/// [`place_name`] in `lang`.
pub fn place_name_in(competition: &Competition, tie: &Tie, index: usize, lang: Lang) -> String {
    Names::new_in(competition, lang).place(tie, index)
}

/// "IR Tanger won 3–1 on aggregate.", "1–1 on aggregate. Vipers won on away goals.", …
pub fn summary(competition: &Competition, tie: &Tie, outcome: &Outcome) -> String {
    summary_in(competition, tie, outcome, Lang::En)
}

/// [`summary`] in `lang`: "IR Tanger se qualifie 3–1 sur l'ensemble des
/// deux matchs.", "تأهل IR Tanger بمجموع المباراتين 3–1."
pub fn summary_in(competition: &Competition, tie: &Tie, outcome: &Outcome, lang: Lang) -> String {
    sentence(tie, outcome, &Names::new_in(competition, lang))
}

/// [`summary`] with the names looked up in `names` (built once for a big
/// file), in their language.
pub fn sentence<'a>(tie: &'a Tie, outcome: &Outcome, names: &Names<'a>) -> String {
    let said = said(tie, outcome, names);
    match names.lang {
        Lang::En => en::sentence(&said),
        Lang::Fr => fr::sentence(&said),
        Lang::Ar => ar::sentence(&said),
    }
}

/// What a tie with a team not known yet says.
fn to_be_played<'a>(tie: &'a Tie, teams: &'a [Option<String>; 2], names: &Names<'a>) -> Said<'a> {
    match teams {
        [Some(known), None] | [None, Some(known)] => {
            let unknown = usize::from(teams[0].is_some());
            Said::Awaits(names.team(known), names.feeder(tie, unknown))
        }
        [None, None] => Said::FeedersMeet(names.feeder(tie, 0), names.feeder(tie, 1)),
        [Some(first), Some(second)] => Said::Pairing(names.team(first), names.team(second)),
    }
}

/// What the summary of `tie` says, in no language yet.
fn said<'a>(tie: &'a Tie, outcome: &Outcome, names: &Names<'a>) -> Said<'a> {
    let teams = match tie.kind() {
        Some(TieKind::Bye(team)) => return Said::Bye(names.team(team)),
        Some(TieKind::Contest(teams)) => teams,
        None => return Said::NotATie,
    };
    if teams.iter().any(Option::is_none) {
        return to_be_played(tie, teams, names);
    }
    let team_name = |slot: Slot| names.team(teams[slot.index()].as_deref().unwrap_or_default());
    let aggregate = outcome.aggregate.unwrap_or_default();
    let two_legs = outcome.legs >= 2;
    let Some(winner) = outcome.winner else {
        return undecided(tie, outcome, names);
    };
    let won = |goals: [u32; 2]| [winner.of(goals), winner.other().of(goals)];
    let level = if two_legs {
        Level::Aggregate
    } else if outcome.extra_time {
        Level::ExtraTime
    } else {
        Level::NinetyMinutes
    };
    let who = team_name(winner);
    match outcome.decided_by {
        DecidedBy::Aggregate | DecidedBy::ExtraTime => Said::Won {
            who,
            goals: won(aggregate),
            two_legs,
            extra_time: outcome.decided_by == DecidedBy::ExtraTime,
        },
        DecidedBy::AwayGoals => Said::AwayGoals {
            level,
            goals: aggregate[0],
            who,
        },
        DecidedBy::Penalties => Said::Penalties {
            level,
            goals: aggregate[0],
            who,
            kicks: won(outcome.penalties.unwrap_or_default().map(u32::from)),
        },
        DecidedBy::Walkover => Said::Walkover(who),
        DecidedBy::Bye => Said::Bye(who),
        DecidedBy::Undecided => undecided(tie, outcome, names),
    }
}

/// A tie with no winner: what has been played, and what is missing.
fn undecided<'a>(tie: &'a Tie, outcome: &Outcome, names: &Names<'a>) -> Said<'a> {
    let counted: Vec<_> = tie
        .legs
        .iter()
        .filter(|leg| leg.status.counts() && leg.score.is_some())
        .collect();
    let needed = usize::from(outcome.legs.max(1));
    if counted.len() >= needed {
        return Said::Unsettled {
            goals: outcome.aggregate.unwrap_or_default(),
            two_legs: outcome.legs >= 2,
        };
    }
    match (counted.first(), needed) {
        (Some(leg), 2) => Said::FirstLeg {
            home: names.team(leg.home.as_deref().unwrap_or_default()),
            away: names.team(leg.away.as_deref().unwrap_or_default()),
            score: leg.score.unwrap_or_default(),
        },
        (None, 2) => Said::BothLegsToPlay,
        (Some(_) | None, _) => Said::MatchToPlay,
    }
}

/// `text` with its first letter in upper case, where it is an ASCII letter
/// (ASCII's upper case keeps Unicode's case tables out of the bundle).
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => format!("{}{}", first.to_ascii_uppercase(), chars.as_str()),
        None => String::new(),
    }
}
