//! A need in English: "Win by 2 goals or more, or win 1–0 and then the
//! shoot-out."

use super::{as_sentence, Condition, First, Mode, Part, Phrase};
use crate::needs::{ScoreDraw, Then};
use crate::summary::EN_DASH;

/// The words for small numbers, as in "a one-goal defeat".
const WORDS: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

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

/// "2–1".
fn score([larger, smaller]: [i64; 2]) -> String {
    format!("{larger}{EN_DASH}{smaller}")
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
fn listed(scores: &[[i64; 2]]) -> String {
    let scores: Vec<String> = scores.iter().copied().map(score).collect();
    match scores.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// A part of the sentence: "a one-goal defeat in which they score (2–1, 3–2 …)".
fn part(mode: Mode, part: &Part) -> String {
    match part {
        Part::Whole(margin) => whole(mode, *margin),
        Part::Listed(margin, scores) => match mode {
            Mode::Verb => format!("{} {}", result_word(mode, *margin), listed(scores)),
            Mode::Noun => format!("a {} {}", listed(scores), result_word(mode, *margin)),
        },
        Part::Condition(margin, condition, examples) => {
            let condition = match *condition {
                Condition::Score => "score".to_string(),
                Condition::AtLeast(from) => format!("score {from} or more"),
                Condition::AtMost(to) => format!("score {to} or fewer"),
                Condition::Between(from, to) => format!("score {from} to {to}"),
                Condition::Nothing => String::new(),
            };
            let examples = examples.map_or(String::new(), |[first, second]| {
                format!(" ({}, {} …)", score(first), score(second))
            });
            match mode {
                Mode::Verb => format!("{} and {condition}{examples}", whole(mode, *margin)),
                Mode::Noun => format!(
                    "{} in which they {condition}{examples}",
                    whole(mode, *margin)
                ),
            }
        }
    }
}

/// What follows a level result: "the shoot-out", "extra time or the
/// shoot-out"; `None` when nothing does.
fn then(then: Then) -> Option<&'static str> {
    Some(match then {
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
    })
}

/// "Win by 2 goals or more, or win 1–0 and then the shoot-out."
pub(super) fn sentence(phrase: &Phrase) -> String {
    let mode = phrase.mode;
    let mut parts = vec![match phrase.first {
        First::Win => "win".to_string(),
        First::NoDefeat => "anything but a defeat".to_string(),
        First::WinBy(goals) => format!("win {} or more", by_goals(goals)),
        First::NoDefeatBy(goals) => format!("anything but a defeat {} or more", by_goals(goals)),
    }];
    if let Some(also) = &phrase.also {
        parts.push(part(mode, also));
    }
    if let Some((level, follows)) = &phrase.level {
        if let Some(follows) = then(*follows) {
            parts.push(format!("{} and then {follows}", part(mode, level)));
        }
    }
    let text = match parts.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}, or {last}", rest.join(", ")),
    };
    as_sentence(&text)
}
