//! The summaries in Arabic, in the words of Arabic football reporting:
//! "تأهل IR Tanger بمجموع المباراتين 3–1.", "التعادل 1–1 بمجموع المباراتين.
//! تأهل Al-Masry بركلات الترجيح 3–0."
//!
//! Nothing agrees with a team's gender, which Arabic marks on verbs
//! ("تأهل" / "تأهلت") and the file does not give: a team follows a verbal
//! noun ("تأهل", "إعفاء": the unvoweled "تأهل" reads as the noun, "the
//! qualification of", as well as the verb) or a phrase that does not agree
//! ("في انتظار"). Digits stay Latin, as in French and English; each score
//! is a left-to-right isolate ([`crate::lang::isolate_ltr`]) so that it reads "3–1"
//! inside right-to-left text.

use super::{Feeder, Level, Said, EN_DASH};
use crate::lang::isolate_ltr;

/// "3–1", isolated.
fn score(goals: [u32; 2]) -> String {
    isolate_ltr(&format!("{}{EN_DASH}{}", goals[0], goals[1]))
}

/// The winner of the tie a place comes from: "الفائز من مواجهة AS Kaloum
/// ضد IR Tanger", or a bye's team.
fn winner_of(feeder: Feeder<'_>) -> String {
    match feeder {
        Feeder::Teams(first, second) => format!("الفائز من مواجهة {first} ضد {second}"),
        Feeder::Bye(team) => team.to_string(),
        Feeder::Numbered { round, number } => {
            format!("الفائز من المواجهة رقم {number} ({round})")
        }
        Feeder::Unknown => "الفائز من مواجهة سابقة".to_string(),
    }
}

/// A place not known yet: "الفائز من مواجهة AS Kaloum ضد IR Tanger".
pub(super) fn place(feeder: Feeder<'_>) -> String {
    winner_of(feeder)
}

/// "التعادل 1–1 بمجموع المباراتين.", "… بعد الأشواط الإضافية.", "… في الوقت الأصلي."
fn level(level: Level, goals: u32) -> String {
    let score = score([goals, goals]);
    match level {
        Level::Aggregate => format!("التعادل {score} بمجموع المباراتين."),
        Level::ExtraTime => format!("التعادل {score} بعد الأشواط الإضافية."),
        Level::NinetyMinutes => format!("التعادل {score} في الوقت الأصلي."),
    }
}

/// The summary in Arabic.
pub(super) fn sentence(said: &Said<'_>) -> String {
    match *said {
        Said::Bye(team) => format!("إعفاء {team} من خوض هذا الدور."),
        Said::NotATie => "ليست هذه مواجهة: يلزمها فريقان أو إعفاء.".to_string(),
        Said::Awaits(team, from) => format!("{team} في انتظار {}.", winner_of(from)),
        Said::FeedersMeet(first, second) => {
            format!("يلتقي {} مع {}.", winner_of(first), winner_of(second))
        }
        Said::Pairing(first, second) => format!("{first} ضد {second}."),
        Said::Won {
            who,
            goals,
            two_legs,
            extra_time,
        } => {
            let after = if extra_time {
                " بعد الأشواط الإضافية"
            } else {
                ""
            };
            if two_legs {
                format!("تأهل {who} بمجموع المباراتين {}{after}.", score(goals))
            } else {
                format!("تأهل {who} بالفوز {}{after}.", score(goals))
            }
        }
        Said::AwayGoals {
            level: how,
            goals,
            who,
        } => format!(
            "{} تأهل {who} بفضل الأهداف المسجلة خارج الأرض.",
            level(how, goals)
        ),
        Said::Penalties {
            level: how,
            goals,
            who,
            kicks,
        } => format!(
            "{} تأهل {who} بركلات الترجيح {}.",
            level(how, goals),
            score(kicks)
        ),
        Said::Walkover(who) => format!("تأهل {who} بفوز إداري."),
        Said::Unsettled { goals, two_legs } => {
            let on_aggregate = if two_legs {
                " بمجموع المباراتين"
            } else {
                ""
            };
            if goals[0] == goals[1] {
                format!(
                    "التعادل {}{on_aggregate}، دون نتيجة حاسمة مسجلة.",
                    score(goals)
                )
            } else {
                format!("النتيجة {}{on_aggregate}، وهي غير مكتملة.", score(goals))
            }
        }
        Said::FirstLeg { home, away, score } => format!(
            "مباراة الذهاب: {home} {} {away}، ومباراة الإياب لم تُلعب بعد.",
            isolate_ltr(&format!("{}{EN_DASH}{}", score[0], score[1]))
        ),
        Said::BothLegsToPlay => "مباراتا الذهاب والإياب لم تُلعبا بعد.".to_string(),
        Said::MatchToPlay => "المباراة لم تُلعب بعد.".to_string(),
    }
}
