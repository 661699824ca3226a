//! The competition as it stood at the end of a day: `cup-bracket outcomes
//! FILE --as-of 2017-03-12`, the widget's `asOf`.
//!
//! - A leg dated after the day is scheduled again: its result and what only
//!   the match tells (score, extra time, shoot-out, scorers, attendance,
//!   referee, report, notes) go; its date, kick-off, venue and city stay.
//!   A leg without a date (or with one that is not `YYYY-MM-DD`) is kept
//!   as written, since nothing says when it was played.
//! - A walkover counts from the date of the leg it replaced: the tie's first
//!   leg that is cancelled or scheduled, or, when every leg was played, its
//!   last dated leg. Before that day the walkover is dropped (and that leg,
//!   dated after the day, is scheduled again). A walkover with no dated leg
//!   always stands.
//! - Then every place whose feeding tie is now undecided becomes `null`,
//!   through every later round ([`crate::places::forget_undecided`]).
//!
//! The result of a valid competition is valid.

use std::fmt;

use crate::model::{Competition, Match, MatchStatus, Tie};
use crate::places::{forget_undecided, unplay};

/// A calendar day, as the file writes dates: `2017-03-12`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: u16,
    month: u8,
    day: u8,
}

impl Day {
    /// Reads `YYYY-MM-DD`: a real day of the Gregorian calendar.
    pub fn parse(text: &str) -> Result<Day, String> {
        let wrong = || format!("\"{text}\" is not a date as YYYY-MM-DD (such as 2017-03-12)");
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            part.bytes()
                .all(|byte| byte.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return Err(wrong());
        }
        let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10))
        else {
            return Err(wrong());
        };
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(format!("\"{text}\" has no month {month}")),
        };
        if !(1..=days).contains(&day) {
            return Err(format!("\"{text}\" has no day {day} in its month"));
        }
        Ok(Day {
            year,
            month: u8::try_from(month).map_err(|_| wrong())?,
            day: u8::try_from(day).map_err(|_| wrong())?,
        })
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A leg's day, when it has one written as `YYYY-MM-DD`.
pub fn leg_day(leg: &Match) -> Option<Day> {
    leg.date.as_deref().and_then(|date| Day::parse(date).ok())
}

/// The day from which a tie's walkover counts: that of the leg it replaced
/// (the first cancelled or scheduled leg), else of the tie's last dated leg.
pub fn walkover_day(tie: &Tie) -> Option<Day> {
    let replaced = tie.legs.iter().find(|leg| match leg.status {
        MatchStatus::Cancelled | MatchStatus::Scheduled => true,
        MatchStatus::Played | MatchStatus::Awarded => false,
    });
    replaced
        .and_then(leg_day)
        .or_else(|| tie.legs.iter().filter_map(leg_day).max())
}

/// The competition as it stood at the end of `date` (`YYYY-MM-DD`); an
/// error names a date that is not one.
pub fn as_of(competition: &Competition, date: &str) -> Result<Competition, String> {
    let day = Day::parse(date)?;
    Ok(as_of_day(competition, day))
}

/// [`as_of`] with the day already read.
pub fn as_of_day(competition: &Competition, day: Day) -> Competition {
    let mut then = competition.clone();
    for tie in then.rounds.iter_mut().flat_map(|round| &mut round.ties) {
        if tie.walkover.is_some() && walkover_day(tie).is_some_and(|from| from > day) {
            tie.walkover = None;
        }
        for leg in &mut tie.legs {
            if leg_day(leg).is_some_and(|played| played > day) {
                unplay(leg);
            }
        }
    }
    forget_undecided(&mut then);
    then
}

#[cfg(test)]
mod tests {
    use super::Day;

    #[test]
    fn days_are_read_strictly() {
        assert_eq!(
            Day::parse("2017-03-12").map(|day| day.to_string()),
            Ok("2017-03-12".to_string())
        );
        assert!(Day::parse("2016-02-29").is_ok());
        assert!(Day::parse("2000-02-29").is_ok());
        for bad in [
            "2017-02-29",
            "1900-02-29",
            "2017-13-01",
            "2017-00-10",
            "2017-04-31",
            "2017-3-12",
            "12/03/2017",
            "2017-03-12T00:00",
            "+017-03-12",
            "",
        ] {
            assert!(Day::parse(bad).is_err(), "{bad}");
        }
        assert!(Day::parse("2017-03-11") < Day::parse("2017-03-12"));
        assert!(Day::parse("2016-12-31") < Day::parse("2017-01-01"));
    }
}
