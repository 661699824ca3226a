//! A need in Arabic: "الفوز بفارق هدفين أو أكثر، أو الفوز 1–0 ثم ركلات
//! الترجيح.", "أي نتيجة عدا الخسارة، أو الخسارة بفارق هدف واحد مع تسجيل
//! هدف على الأقل (2–1، 3–2 …)، أو الخسارة 1–0 ثم ركلات الترجيح."
//!
//! Every part is a verbal noun ("الفوز", "التعادل", "الخسارة"), which
//! serves after "الفوز …" and after "أي نتيجة عدا …" alike and agrees with
//! no team. Counted goals follow Arabic's rules for numbers: "هدف واحد",
//! "هدفين", "3 أهداف", "11 هدفًا". Scores are isolated left-to-right runs
//! ([`crate::lang::isolate_ltr`]), the larger number first.

use super::{Condition, First, Part, Phrase};
use crate::lang::isolate_ltr;
use crate::needs::{ScoreDraw, Then};
use crate::summary::EN_DASH;

/// A number of goals after a preposition or in an idafa (genitive):
/// "هدف واحد", "هدفين", "3 أهداف", "11 هدفًا", "100 هدف".
fn goals(count: u32) -> String {
    match count {
        1 => "هدف واحد".to_string(),
        2 => "هدفين".to_string(),
        count => match count % 100 {
            3..=10 => format!("{count} أهداف"),
            11..=99 => format!("{count} هدفًا"),
            _ => format!("{count} هدف"),
        },
    }
}

/// "بفارق هدف واحد", "بفارق هدفين".
fn by_goals(count: u32) -> String {
    format!("بفارق {}", goals(count))
}

/// "2–1", isolated.
fn score([larger, smaller]: [i64; 2]) -> String {
    isolate_ltr(&format!("{larger}{EN_DASH}{smaller}"))
}

/// The verbal noun of a result of the margin: "الفوز", "التعادل", "الخسارة".
fn result_word(margin: i32) -> &'static str {
    match margin.signum() {
        1 => "الفوز",
        0 => "التعادل",
        _ => "الخسارة",
    }
}

/// Every result of the margin: "الفوز بفارق هدف واحد", "التعادل", "الخسارة بفارق هدفين".
fn whole(margin: i32) -> String {
    match margin {
        0 => result_word(margin).to_string(),
        margin => format!(
            "{} {}",
            result_word(margin),
            by_goals(margin.unsigned_abs())
        ),
    }
}

/// "1–0", "1–0 أو 2–1", "1–0، 2–1 أو 3–2".
fn listed(scores: &[[i64; 2]]) -> String {
    let scores: Vec<String> = scores.iter().copied().map(score).collect();
    match scores.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} أو {last}", rest.join("، ")),
    }
}

/// What the team scores: "مع تسجيل هدف على الأقل".
fn condition(condition: Condition) -> String {
    match condition {
        Condition::Score => " مع تسجيل هدف على الأقل".to_string(),
        Condition::AtLeast(from) => format!(" مع تسجيل {} على الأقل", goals(from)),
        Condition::AtMost(to) => format!(" مع تسجيل {} على الأكثر", goals(to)),
        Condition::Between(from, to) => format!(" مع تسجيل من {from} إلى {}", goals(to)),
        Condition::Nothing => String::new(),
    }
}

/// A part of the sentence: "الخسارة بفارق هدف واحد مع تسجيل هدف على الأقل (2–1، 3–2 …)".
fn part(part: &Part) -> String {
    match part {
        Part::Whole(margin) => whole(*margin),
        Part::Listed(margin, scores) => format!("{} {}", result_word(*margin), listed(scores)),
        Part::Condition(margin, scored, examples) => {
            let examples = examples.map_or(String::new(), |[first, second]| {
                format!(" ({}، {} …)", score(first), score(second))
            });
            format!("{}{}{examples}", whole(*margin), condition(*scored))
        }
    }
}

/// What follows a level result: "ركلات الترجيح", "الأشواط الإضافية أو
/// ركلات الترجيح"; `None` when nothing does. A score draw is "التعادل
/// الإيجابي" (1–1, 2–2 …).
fn then(then: Then) -> Option<&'static str> {
    Some(match then {
        Then::Nothing => return None,
        Then::Shootout => "ركلات الترجيح",
        Then::ExtraTime {
            score_draw: ScoreDraw::AsGoalless,
            shootout: true,
        } => "الأشواط الإضافية أو ركلات الترجيح",
        Then::ExtraTime {
            score_draw: ScoreDraw::AsGoalless | ScoreDraw::Out,
            shootout: false,
        } => "الأشواط الإضافية",
        Then::ExtraTime {
            score_draw: ScoreDraw::Through,
            shootout: true,
        } => "الأشواط الإضافية (يكفي فيها التعادل الإيجابي) أو ركلات الترجيح",
        Then::ExtraTime {
            score_draw: ScoreDraw::Through,
            shootout: false,
        } => "الأشواط الإضافية (يكفي فيها التعادل الإيجابي)",
        Then::ExtraTime {
            score_draw: ScoreDraw::Out,
            shootout: true,
        } => "الأشواط الإضافية (لا يكفي فيها التعادل الإيجابي) أو ركلات الترجيح",
    })
}

/// "الفوز بفارق هدفين أو أكثر، أو الفوز 1–0 ثم ركلات الترجيح."
pub(super) fn sentence(phrase: &Phrase) -> String {
    let mut parts = vec![match phrase.first {
        First::Win => "الفوز".to_string(),
        First::NoDefeat => "أي نتيجة عدا الخسارة".to_string(),
        First::WinBy(count) => format!("الفوز {} أو أكثر", by_goals(count)),
        First::NoDefeatBy(count) => {
            format!("أي نتيجة عدا الخسارة {} أو أكثر", by_goals(count))
        }
    }];
    if let Some(also) = &phrase.also {
        parts.push(part(also));
    }
    if let Some((level, follows)) = &phrase.level {
        if let Some(follows) = then(*follows) {
            parts.push(format!("{} ثم {follows}", part(level)));
        }
    }
    format!("{}.", parts.join("، أو "))
}
