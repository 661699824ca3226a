//! A [`Need`] in words: English (the article's), French and Arabic.
//!
//! The grammar: up to three parts joined as a list ("A, or B", "A, B, or C"),
//! the first letter capitalised, a full stop at the end.
//!
//! 1. The margin that takes the team through whatever the goals:
//!    "win" (1), "win by 2 goals or more", "anything but a defeat" (0),
//!    "anything but a defeat by 2 goals or more" (−1).
//! 2. The results one goal short of it that take the team through as well
//!    (away goals): "a one-goal defeat in which they score (2–1, 3–2 …)",
//!    "a 1–0 defeat".
//! 3. The results that leave the tie level, and what follows them: "win 1–0
//!    and then the shoot-out", "a draw and then extra time or the shoot-out".
//!
//! The parts after a "win …" first part are verbs ("win 1–0"), after an
//! "anything but …" one nouns ("a 1–0 defeat"), so that the list reads as
//! one. Scores are written the larger number first, as English does with
//! "a 2–1 defeat"; examples of an open-ended set give its first two scores.
//!
//! What the sentence says is worked out here once ([`Phrase`]); each
//! language writes it in its own module (`en.rs`, `fr.rs`, `ar.rs`).

mod ar;
mod en;
mod fr;

use super::{Need, Results, Then};
use crate::lang::Lang;

/// Whether the parts are verbs (after "win …") or nouns (after "anything
/// but …").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Verb,
    Noun,
}

/// The first part: the margin that takes the team through whatever the goals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum First {
    /// "win".
    Win,
    /// "win by 2 goals or more" (the goals, 2 or more).
    WinBy(u32),
    /// "anything but a defeat".
    NoDefeat,
    /// "anything but a defeat by 2 goals or more" (the goals, 2 or more).
    NoDefeatBy(u32),
}

/// What the team must score in some results of one margin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Condition {
    /// "score" (at least one goal).
    Score,
    /// "score 2 or more".
    AtLeast(u32),
    /// "score 4 or fewer".
    AtMost(u32),
    /// "score 2 to 5".
    Between(u32, u32),
    /// Nothing.
    Nothing,
}

/// Some results of one margin, as a part of the sentence says them.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    /// Every result of the margin: "win by one goal", "a draw", "a
    /// one-goal defeat".
    Whole(i32),
    /// A few scores, each the larger number first: "win 1–0", "a 1–0 or
    /// 2–1 defeat".
    Listed(i32, Vec<[i64; 2]>),
    /// The results in which the team scores as the condition says, with
    /// the first two scores when there is no upper limit: "a one-goal
    /// defeat in which they score (2–1, 3–2 …)".
    Condition(i32, Condition, Option<[[i64; 2]; 2]>),
}

/// What the sentence of a need says, in no language yet.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Phrase {
    /// Verbs or nouns after the first part.
    mode: Mode,
    first: First,
    /// Results one goal short of `first` that take the team through too.
    also: Option<Part>,
    /// Results that leave the tie level, and what follows them; the part
    /// is left out of the sentence where nothing does ([`Then::Nothing`]).
    level: Option<(Part, Then)>,
}

/// A result of `margin` in which the team scores `goals`, the larger number
/// first: [2, 1].
fn score(margin: i32, goals: u32) -> [i64; 2] {
    let theirs = i64::from(goals) - i64::from(margin);
    let ours = i64::from(goals);
    [ours.max(theirs), ours.min(theirs)]
}

/// Some results of one margin: listed when there are three or fewer, else
/// by the team's goals.
fn part(results: &Results) -> Part {
    let Results { margin, from, to } = *results;
    let least = Results::least(margin);
    match to {
        None if from <= least => Part::Whole(margin),
        Some(to) if to.saturating_sub(from) < 3 => Part::Listed(
            margin,
            (from..=to).map(|goals| score(margin, goals)).collect(),
        ),
        to => {
            let condition = match (from > least, to) {
                (true, None) if from == 1 => Condition::Score,
                (true, None) => Condition::AtLeast(from),
                (false, Some(to)) => Condition::AtMost(to),
                (true, Some(to)) => Condition::Between(from, to),
                (false, None) => Condition::Nothing,
            };
            let examples = to
                .is_none()
                .then(|| [score(margin, from), score(margin, from.saturating_add(1))]);
            Part::Condition(margin, condition, examples)
        }
    }
}

impl Phrase {
    fn of(need: &Need) -> Phrase {
        let mode = if need.win_by >= 1 {
            Mode::Verb
        } else {
            Mode::Noun
        };
        let first = match need.win_by {
            1 => First::Win,
            0 => First::NoDefeat,
            margin if margin > 1 => First::WinBy(margin.unsigned_abs()),
            margin => First::NoDefeatBy(margin.unsigned_abs() + 1),
        };
        Phrase {
            mode,
            first,
            also: need.also.as_ref().map(part),
            level: need.level.as_ref().map(|level| (part(level), need.then)),
        }
    }
}

/// `need` in `lang`.
pub(super) fn sentence(need: &Need, lang: Lang) -> String {
    let phrase = Phrase::of(need);
    match lang {
        Lang::En => en::sentence(&phrase),
        Lang::Fr => fr::sentence(&phrase),
        Lang::Ar => ar::sentence(&phrase),
    }
}

/// `text` with its first letter capitalised and a full stop: every part of
/// the English and French sentences starts with an ASCII letter ("win",
/// "anything", "a", "gagner", "tout", "une"), and ASCII's upper case keeps
/// Unicode's case tables out of the bundle.
fn as_sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_ascii_uppercase(), chars.as_str()),
        None => text.to_string(),
    }
}
