//! Hypothetical results: `cup-bracket outcomes FILE --set "IR Tanger v AS
//! Kaloum=2-1"`, a what-if on a leg still to play.
//!
//! A result is written `MATCH=H-A`, optionally followed by `aet H-A` (the
//! score after extra time, normal-time goals included) and `pens H-A` (the
//! shoot-out), each `[home, away]` of that match: `"IR Tanger v AS
//! Kaloum=1-1 aet 2-1 pens 4-3"`. An en dash may stand for the hyphen.
//!
//! [`what_if`] plays them in order on a copy of the competition: each names
//! a scheduled leg whose teams are known (perhaps because an earlier result
//! of the list decided the tie that feeds it), which becomes played with that
//! score; then every place the now-decided ties feed is filled in, through
//! every later round. The copy must still be valid, so a result the rules
//! do not allow (extra time where they have none, a shoot-out on a tie
//! already decided) is refused with the validator's words.

use std::fmt;

use crate::model::{Competition, MatchStatus, Score};
use crate::places::fill_decided;
use crate::validate::validate;

/// One hypothetical result, as read from its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hypothetical {
    /// The text it was read from, to name it in errors.
    pub input: String,
    /// The match id of the leg: "IR Tanger v AS Kaloum".
    pub leg: String,
    /// `[home, away]` at the end of normal time.
    pub score: Score,
    /// `[home, away]` after extra time, normal-time goals included.
    pub extra_time_score: Option<Score>,
    /// `[home, away]` in the shoot-out.
    pub penalties: Option<Score>,
}

/// Why a hypothetical result could not be read or played.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhatIfError {
    /// The result's text as given.
    pub input: String,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for WhatIfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\": {}", self.input, self.message)
    }
}

impl std::error::Error for WhatIfError {}

/// `"2-1"` or `"2–1"`: goals from 0 to 255 each.
fn read_score(text: &str) -> Result<Score, String> {
    let wrong = || {
        format!(
            "\"{text}\" is not a score (home goals, a dash, away goals, each 0 to 255: \"2-1\")"
        )
    };
    let (home, away) = text
        .split_once('-')
        .or_else(|| text.split_once('–'))
        .ok_or_else(wrong)?;
    let goals = |part: &str| -> Result<u8, String> {
        if part.is_empty() || !part.bytes().all(|byte| byte.is_ascii_digit()) {
            return Err(wrong());
        }
        part.parse().map_err(|_| wrong())
    };
    Ok([goals(home)?, goals(away)?])
}

impl Hypothetical {
    /// Reads `MATCH=H-A [aet H-A] [pens H-A]`.
    pub fn parse(text: &str) -> Result<Hypothetical, WhatIfError> {
        let error = |message: String| WhatIfError {
            input: text.to_string(),
            message,
        };
        // The last "=": a match id may hold one, a score never does.
        let Some((leg, result)) = text.rsplit_once('=') else {
            return Err(error(
                "no \"=\" between the match and its score (as in \"IR Tanger v AS Kaloum=2-1\")"
                    .to_string(),
            ));
        };
        let leg = leg.trim();
        if leg.is_empty() {
            return Err(error("no match id before \"=\"".to_string()));
        }
        let mut words = result.split_whitespace();
        let score = read_score(
            words
                .next()
                .ok_or_else(|| error("no score after \"=\"".to_string()))?,
        )
        .map_err(error)?;
        let mut extra_time_score = None;
        let mut penalties = None;
        while let Some(word) = words.next() {
            let slot = match word {
                "aet" if penalties.is_some() => {
                    return Err(error("\"aet\" comes before \"pens\"".to_string()))
                }
                "aet" => &mut extra_time_score,
                "pens" => &mut penalties,
                other => {
                    return Err(error(format!(
                        "\"{other}\" is neither \"aet\" nor \"pens\" (as in \"…=1-1 aet 2-1 pens 4-3\")"
                    )))
                }
            };
            if slot.is_some() {
                return Err(error(format!("\"{word}\" is given twice")));
            }
            let score = words
                .next()
                .ok_or_else(|| error(format!("\"{word}\" needs a score after it")))?;
            *slot = Some(read_score(score).map_err(error)?);
        }
        Ok(Hypothetical {
            input: text.to_string(),
            leg: leg.to_string(),
            score,
            extra_time_score,
            penalties,
        })
    }
}

/// `competition` with each result played in order and the places they
/// decide filled in; the first result that cannot be played is the error.
/// `competition` should be valid (the result then is).
pub fn what_if(
    competition: &Competition,
    results: &[Hypothetical],
) -> Result<Competition, WhatIfError> {
    let mut then = competition.clone();
    for result in results {
        let error = |message: String| WhatIfError {
            input: result.input.clone(),
            message,
        };
        let found = then
            .rounds
            .iter_mut()
            .flat_map(|round| &mut round.ties)
            .find_map(|tie| {
                let index = tie.legs.iter().position(|leg| leg.id == result.leg)?;
                Some((tie, index))
            });
        let Some((tie, index)) = found else {
            return Err(error(format!("no match has the id \"{}\"", result.leg)));
        };
        let (from, teams) = (tie.from.clone(), tie.teams.clone());
        let Some(leg) = tie.legs.get_mut(index) else {
            return Err(error(format!("no match has the id \"{}\"", result.leg)));
        };
        let status = match leg.status {
            MatchStatus::Scheduled => None,
            MatchStatus::Played => Some("played"),
            MatchStatus::Awarded => Some("awarded"),
            MatchStatus::Cancelled => Some("cancelled"),
        };
        if let Some(status) = status {
            return Err(error(format!(
                "\"{}\" is not a leg still to play (it is {status})",
                result.leg
            )));
        }
        if leg.home.is_none() || leg.away.is_none() {
            let unknown = teams
                .as_ref()
                .and_then(|teams| teams.iter().position(Option::is_none));
            let feeder = unknown
                .and_then(|index| from.as_ref()?.get(index)?.clone())
                .map_or_else(String::new, |feeder| {
                    format!(" (the winner of \"{feeder}\" is not decided)")
                });
            return Err(error(format!(
                "the teams of \"{}\" are not known yet{feeder}",
                result.leg
            )));
        }
        leg.status = MatchStatus::Played;
        leg.score = Some(result.score);
        leg.extra_time_score = result.extra_time_score;
        leg.penalties = result.penalties;
        fill_decided(&mut then);
        let problems = validate(&then);
        if !problems.is_empty() {
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            return Err(error(format!("not possible: {}", lines.join("; "))));
        }
    }
    Ok(then)
}
