//! A need in French: "Gagner par 2 buts d'écart ou plus, ou gagner 1–0
//! puis passer par les tirs au but.", "Tout sauf une défaite, une défaite
//! par un but d'écart avec au moins un but marqué (2–1, 3–2…), ou une
//! défaite 1–0 puis les tirs au but."
//!
//! As in English, the parts after "gagner …" are infinitives ("gagner
//! 1–0", "faire match nul", "perdre"), after "tout sauf …" nouns ("une
//! victoire", "un match nul", "une défaite"). Margins are "par un but
//! d'écart", "par 2 buts d'écart"; scores the larger number first ("une
//! défaite 2–1").

use super::{as_sentence, Condition, First, Mode, Part, Phrase};
use crate::needs::{ScoreDraw, Then};
use crate::summary::EN_DASH;

/// "par un but d'écart", "par 2 buts d'écart".
fn by_goals(goals: u32) -> String {
    if goals == 1 {
        "par un but d'écart".to_string()
    } else {
        format!("par {goals} buts d'écart")
    }
}

/// "1 but", "3 buts" (French counts 0 and 1 in the singular).
fn goals(count: u32) -> String {
    if count < 2 {
        format!("{count} but")
    } else {
        format!("{count} buts")
    }
}

/// "2–1".
fn score([larger, smaller]: [i64; 2]) -> String {
    format!("{larger}{EN_DASH}{smaller}")
}

/// The word for a result of the margin: "gagner" / "une victoire", "faire
/// match nul" / "un match nul", "perdre" / "une défaite".
fn result_word(mode: Mode, margin: i32) -> &'static str {
    match (mode, margin.signum()) {
        (Mode::Verb, 1) => "gagner",
        (Mode::Verb, 0) => "faire match nul",
        (Mode::Verb, _) => "perdre",
        (Mode::Noun, 1) => "une victoire",
        (Mode::Noun, 0) => "un match nul",
        (Mode::Noun, _) => "une défaite",
    }
}

/// Every result of the margin: "gagner par un but d'écart", "faire match
/// nul", "une défaite par 2 buts d'écart".
fn whole(mode: Mode, margin: i32) -> String {
    let word = result_word(mode, margin);
    match margin {
        0 => word.to_string(),
        margin => format!("{word} {}", by_goals(margin.unsigned_abs())),
    }
}

/// "1–0", "1–0 ou 2–1", "1–0, 2–1 ou 3–2".
fn listed(scores: &[[i64; 2]]) -> String {
    let scores: Vec<String> = scores.iter().copied().map(score).collect();
    match scores.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} ou {last}", rest.join(", ")),
    }
}

/// What the team scores: "en marquant au moins un but" (verbs), "avec au
/// moins un but marqué" (nouns).
fn condition(mode: Mode, condition: Condition) -> String {
    match (mode, condition) {
        (Mode::Verb, Condition::Score) => " en marquant au moins un but".to_string(),
        (Mode::Verb, Condition::AtLeast(from)) => {
            format!(" en marquant au moins {}", goals(from))
        }
        (Mode::Verb, Condition::AtMost(to)) => format!(" en marquant au plus {}", goals(to)),
        (Mode::Verb, Condition::Between(from, to)) => {
            format!(" en marquant de {from} à {}", goals(to))
        }
        (Mode::Noun, Condition::Score) => " avec au moins un but marqué".to_string(),
        (Mode::Noun, Condition::AtLeast(from)) => {
            format!(" avec au moins {} marqués", goals(from))
        }
        (Mode::Noun, Condition::AtMost(to)) => format!(" avec au plus {} marqués", goals(to)),
        (Mode::Noun, Condition::Between(from, to)) => {
            format!(" avec {from} à {} marqués", goals(to))
        }
        (Mode::Verb | Mode::Noun, Condition::Nothing) => String::new(),
    }
}

/// A part of the sentence: "une défaite par un but d'écart avec au moins
/// un but marqué (2–1, 3–2…)".
fn part(mode: Mode, part: &Part) -> String {
    match part {
        Part::Whole(margin) => whole(mode, *margin),
        Part::Listed(margin, scores) => {
            format!("{} {}", result_word(mode, *margin), listed(scores))
        }
        Part::Condition(margin, scored, examples) => {
            let examples = examples.map_or(String::new(), |[first, second]| {
                format!(" ({}, {}…)", score(first), score(second))
            });
            format!(
                "{}{}{examples}",
                whole(mode, *margin),
                condition(mode, *scored)
            )
        }
    }
}

/// What follows a level result: "les tirs au but", "la prolongation ou les
/// tirs au but"; `None` when nothing does.
fn then(then: Then) -> Option<&'static str> {
    Some(match then {
        Then::Nothing => return None,
        Then::Shootout => "les tirs au but",
        Then::ExtraTime {
            score_draw: ScoreDraw::AsGoalless,
            shootout: true,
        } => "la prolongation ou les tirs au but",
        Then::ExtraTime {
            score_draw: ScoreDraw::AsGoalless | ScoreDraw::Out,
            shootout: false,
        } => "la prolongation",
        Then::ExtraTime {
            score_draw: ScoreDraw::Through,
            shootout: true,
        } => "la prolongation (un nul autre que 0–0 y suffit) ou les tirs au but",
        Then::ExtraTime {
            score_draw: ScoreDraw::Through,
            shootout: false,
        } => "la prolongation (un nul autre que 0–0 y suffit)",
        Then::ExtraTime {
            score_draw: ScoreDraw::Out,
            shootout: true,
        } => "la prolongation (un nul autre que 0–0 n'y suffit pas) ou les tirs au but",
    })
}

/// "Gagner par 2 buts d'écart ou plus, ou gagner 1–0 puis passer par les
/// tirs au but."
pub(super) fn sentence(phrase: &Phrase) -> String {
    let mode = phrase.mode;
    let mut parts = vec![match phrase.first {
        First::Win => "gagner".to_string(),
        First::NoDefeat => "tout sauf une défaite".to_string(),
        First::WinBy(goals) => format!("gagner {} ou plus", by_goals(goals)),
        First::NoDefeatBy(goals) => format!("tout sauf une défaite {} ou plus", by_goals(goals)),
    }];
    if let Some(also) = &phrase.also {
        parts.push(part(mode, also));
    }
    if let Some((level, follows)) = &phrase.level {
        if let Some(follows) = then(*follows) {
            let verb = match mode {
                Mode::Verb => "passer par ",
                Mode::Noun => "",
            };
            parts.push(format!("{} puis {verb}{follows}", part(mode, level)));
        }
    }
    let text = match parts.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}, ou {last}", rest.join(", ")),
    };
    as_sentence(&text)
}
