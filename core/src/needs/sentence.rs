//! A [`Need`] in the article's words.
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

use super::{Need, Results, ScoreDraw, Then};
use crate::summary::EN_DASH;

/// The words for small numbers, as in "a one-goal defeat".
const WORDS: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Whether the parts are verbs (after "win …") or nouns (after "anything
/// but …").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Verb,
    Noun,
}

/// "one-goal", "two-goal" … "11-goal".
fn goal_adjective(goals: u32) -> String {
    let word = usize::try_from(goals)
        .ok()
        .and_then(|goals| goals.checked_sub(1))
        .and_then(|index| WORDS.get(index));
    match word {
        Some(word) => format!("{word}-goal"),
        None => format!("{goals}-goal"),
    }
}

/// "by one goal", "by 2 goals".
fn by_goals(goals: u32) -> String {
    if goals == 1 {
        "by one goal".to_string()
    } else {
        format!("by {goals} goals")
    }
}

/// A result of `margin` in which the team scores `goals`, the larger number
/// first: "2–1".
fn score(margin: i32, goals: u32) -> String {
    let theirs = i64::from(goals) - i64::from(margin);
    let ours = i64::from(goals);
    format!("{}{EN_DASH}{}", ours.max(theirs), ours.min(theirs))
}

/// "win by one goal" / "a one-goal win", "draw" / "a draw", "lose by one
/// goal" / "a one-goal defeat": every result of the margin.
fn whole(mode: Mode, margin: i32) -> String {
    let goals = margin.unsigned_abs();
    match (mode, margin.signum()) {
        (Mode::Verb, 1) => format!("win {}", by_goals(goals)),
        (Mode::Verb, 0) => "draw".to_string(),
        (Mode::Verb, _) => format!("lose {}", by_goals(goals)),
        (Mode::Noun, 1) => format!("a {} win", goal_adjective(goals)),
        (Mode::Noun, 0) => "a draw".to_string(),
        (Mode::Noun, _) => format!("a {} defeat", goal_adjective(goals)),
    }
}

/// "win", "draw", "defeat": the word that goes with a listed score.
fn result_word(mode: Mode, margin: i32) -> &'static str {
    match (mode, margin.signum()) {
        (Mode::Verb, 1) => "win",
        (Mode::Verb, 0) => "draw",
        (Mode::Verb, _) => "lose",
        (Mode::Noun, 1) => "win",
        (Mode::Noun, 0) => "draw",
        (Mode::Noun, _) => "defeat",
    }
}

/// "1–0", "1–0 or 2–1", "1–0, 2–1 or 3–2".
fn listed(scores: &[String]) -> String {
    match scores {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// Some results of one margin: listed when there are three or fewer, else
/// by the team's goals ("in which they score (2–1, 3–2 …)").
fn results(mode: Mode, results: &Results) -> String {
    let Results { margin, from, to } = *results;
    let least = Results::least(margin);
    match to {
        None if from <= least => whole(mode, margin),
        Some(to) if to.saturating_sub(from) < 3 => {
            let scores: Vec<String> = (from..=to).map(|goals| score(margin, goals)).collect();
            match mode {
                Mode::Verb => format!("{} {}", result_word(mode, margin), listed(&scores)),
                Mode::Noun => format!("a {} {}", listed(&scores), result_word(mode, margin)),
            }
        }
        to => {
            let condition = match (from > least, to) {
                (true, None) if from == 1 => "score".to_string(),
                (true, None) => format!("score {from} or more"),
                (false, Some(to)) => format!("score {to} or fewer"),
                (true, Some(to)) => format!("score {from} to {to}"),
                (false, None) => String::new(),
            };
            let examples = if to.is_none() {
                format!(
                    " ({}, {} …)",
                    score(margin, from),
                    score(margin, from.saturating_add(1))
                )
            } else {
                String::new()
            };
            match mode {
                Mode::Verb => format!("{} and {condition}{examples}", whole(mode, margin)),
                Mode::Noun => format!(
                    "{} in which they {condition}{examples}",
                    whole(mode, margin)
                ),
            }
        }
    }
}

/// What follows a level result: "the shoot-out", "extra time or the
/// shoot-out"; `None` when nothing does.
fn then(then: Then) -> Option<String> {
    let text = match then {
        Then::Nothing => return None,
        Then::Shootout => "the shoot-out",
        Then::ExtraTime {
            score_draw: ScoreDraw::AsGoalless,
            shootout: true,
        } => "extra time or the shoot-out",
        Then::ExtraTime {
            score_draw: ScoreDraw::AsGoalless | ScoreDraw::Out,
            shootout: false,
        } => "extra time",
        Then::ExtraTime {
            score_draw: ScoreDraw::Through,
            shootout: true,
        } => "extra time (a score draw in it is enough) or the shoot-out",
        Then::ExtraTime {
            score_draw: ScoreDraw::Through,
            shootout: false,
        } => "extra time (a score draw in it is enough)",
        Then::ExtraTime {
            score_draw: ScoreDraw::Out,
            shootout: true,
        } => "extra time (a score draw in it is not enough) or the shoot-out",
    };
    Some(text.to_string())
}

/// "Win by 2 goals or more, or win 1–0 and then the shoot-out."
pub(super) fn sentence(need: &Need) -> String {
    let mode = if need.win_by >= 1 {
        Mode::Verb
    } else {
        Mode::Noun
    };
    let mut parts = vec![match need.win_by {
        1 => "win".to_string(),
        0 => "anything but a defeat".to_string(),
        margin if margin > 1 => format!("win {} or more", by_goals(margin.unsigned_abs())),
        margin => format!(
            "anything but a defeat {} or more",
            by_goals(margin.unsigned_abs() + 1)
        ),
    }];
    if let Some(also) = &need.also {
        parts.push(results(mode, also));
    }
    if let (Some(level), Some(then)) = (&need.level, then(need.then)) {
        parts.push(format!("{} and then {then}", results(mode, level)));
    }
    let text = match parts.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}, or {last}", rest.join(", ")),
    };
    // Every part starts with an ASCII letter ("win", "anything", "a"):
    // ASCII's upper case keeps Unicode's case tables out of the bundle.
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_ascii_uppercase(), chars.as_str()),
        None => text,
    }
}
