//! Every text the widget writes itself, in each of its languages: one
//! [`Text`] per language (en.rs, fr.rs, ar.rs). A `Text` is a struct, so a
//! language that lacks a message does not build. Names and sentences from
//! the competition (team and round names, summaries, what each team needs)
//! come from the core crate in the same language.
//!
//! Digits stay Latin (0–9) in every language, Arabic included: the scores,
//! dates and kick-off times of the data are written so, as CAF's own Arabic
//! pages and the North African press that follows these clubs write them,
//! and a score then reads the same in every language of the page. In
//! Arabic, a score is isolated left to right (`core::lang::isolate_ltr`), so
//! "3–1" is never shown as "1–3".

mod ar;
mod en;
mod fr;

pub use cup_bracket_core::model::Lang;

/// The widget's words in one language.
#[derive(Debug)]
pub struct Text {
    /// The BCP 47 locale `Intl` formats dates and times in.
    pub locale: &'static str,

    // The header's key to the cards' marks.
    /// The key's accessible name.
    pub key: &'static str,
    /// "2 1 3": the columns of a card.
    pub key_legs: &'static str,
    /// What the away-goals mark means.
    pub key_away: &'static str,
    /// What "(5)" means.
    pub key_pens: &'static str,
    /// What the walkover mark means.
    pub key_walkover: &'static str,
    /// What an entered-from badge means: "from the Champions League first round".
    pub key_entered: fn(&str) -> String,

    // A card's marks.
    /// Through on away goals.
    pub mark_away: &'static str,
    /// Through after extra time.
    pub mark_extra_time: &'static str,
    /// Through by walkover.
    pub mark_walkover: &'static str,
    /// A bye.
    pub mark_bye: &'static str,

    // A tie's sentence (its card's accessible name).
    /// Between two teams: " v ".
    pub versus: &'static str,
    /// The leg of a one-match tie.
    pub leg_only: &'static str,
    /// The first of two legs.
    pub leg_first: &'static str,
    /// The second of two legs.
    pub leg_second: &'static str,
    /// After a leg's score: " after extra time".
    pub after_extra_time: &'static str,
    /// A leg cancelled, within the sentence.
    pub leg_cancelled: &'static str,
    /// A leg still to play, within the sentence.
    pub leg_to_play: &'static str,
    /// After the name of a tie that follows a what-if.
    pub what_if_mark: &'static str,

    // Columns.
    /// The last column's heading when the competition names no next stage.
    pub through: &'static str,
    /// Under the last column's heading.
    pub qualified: &'static str,
    /// A qualified place not known yet.
    pub to_be_decided: &'static str,

    // An open tie.
    /// Over an open tie that follows a what-if.
    pub hypothetical_note: &'static str,
    /// Over what each team needs.
    pub needs_heading: &'static str,

    // A match box.
    /// The kick-off in the reader's own time zone.
    pub your_time: fn(&str) -> String,
    /// Label of the venue.
    pub venue: &'static str,
    /// Label of the attendance.
    pub attendance: &'static str,
    /// Label of the referee.
    pub referee: &'static str,
    /// The report link's text.
    pub match_report: &'static str,
    /// What the report link says to screen readers after its text.
    pub report_spoken: fn(&str, &str) -> String,
    /// A leg whose score is a what-if.
    pub status_what_if: &'static str,
    /// A leg cancelled.
    pub status_cancelled: &'static str,
    /// A leg to play.
    pub status_to_play: &'static str,
    /// A leg whose result was awarded.
    pub status_awarded: &'static str,
    /// A leg that went to extra time.
    pub status_extra_time: &'static str,
    /// The scorers' group.
    pub goals: &'static str,
    /// After a goal from the penalty spot.
    pub goal_penalty: &'static str,
    /// After an own goal.
    pub goal_own: &'static str,
    /// The shoot-out's group.
    pub shootout: &'static str,
    /// A kick scored.
    pub kick_scored: &'static str,
    /// A kick missed.
    pub kick_missed: &'static str,
    /// A shoot-out's score: "4–3 on penalties".
    pub on_penalties: fn(&str) -> String,

    // The toolbar.
    /// The day shown: "As of Sun, 12 March 2017".
    pub as_of: fn(&str) -> String,
    /// The whole record shown.
    pub every_result: &'static str,
    /// The match-day control's name.
    pub match_day: &'static str,
    /// The step back.
    pub day_before: &'static str,
    /// The step forward.
    pub day_after: &'static str,
    /// Clears every what-if: "Clear what-ifs (2)".
    pub clear_what_ifs: fn(usize) -> String,

    // A what-if.
    /// The steppers' group: "What if: a score for A v B".
    pub what_if_group: fn(&str, &str) -> String,
    /// Over the steppers.
    pub what_if_title: &'static str,
    /// Takes a tried score back.
    pub take_back: &'static str,
    /// A team's stepper down.
    pub goal_fewer: fn(&str) -> String,
    /// A team's stepper up.
    pub goal_more: fn(&str) -> String,
    /// A team's goals tried.
    pub goals_of: fn(&str) -> String,

    /// Shown where the page's bracket cannot become interactive.
    pub static_note: &'static str,

    // Dates, where `Intl` is not at hand (rendering natively at build time):
    // the same text as `Intl` writes with [`Text::locale`].
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Short weekday names, Sunday first.
    pub weekdays: [&'static str; 7],
    /// Weekday, day, month and year as one date.
    pub date: fn(&str, u32, &str, i32) -> String,
    /// Between thousands in a number.
    pub thousands: &'static str,
}

/// The words of `lang`.
pub fn text(lang: Lang) -> &'static Text {
    match lang {
        Lang::En => &en::TEXT,
        Lang::Fr => &fr::TEXT,
        Lang::Ar => &ar::TEXT,
    }
}

/// A score as a sentence of `lang` shows it: isolated left to right in
/// Arabic (see the module's note).
pub fn score(lang: Lang, home: impl std::fmt::Display, away: impl std::fmt::Display) -> String {
    let score = format!("{home}–{away}");
    match lang {
        Lang::En | Lang::Fr => score,
        Lang::Ar => cup_bracket_core::lang::isolate_ltr(&score),
    }
}

/// Every message of `text`, templates filled with placeholders (`X`, `Y`,
/// `2`, `4–3`): what the tests look for in a widget of another language.
pub fn messages(text: &Text) -> Vec<String> {
    let mut all: Vec<String> = [
        text.key,
        text.key_legs,
        text.key_away,
        text.key_pens,
        text.key_walkover,
        text.mark_away,
        text.mark_extra_time,
        text.mark_walkover,
        text.mark_bye,
        text.leg_only,
        text.leg_first,
        text.leg_second,
        text.after_extra_time,
        text.leg_cancelled,
        text.leg_to_play,
        text.what_if_mark,
        text.through,
        text.qualified,
        text.to_be_decided,
        text.hypothetical_note,
        text.needs_heading,
        text.venue,
        text.attendance,
        text.referee,
        text.match_report,
        text.status_what_if,
        text.status_cancelled,
        text.status_to_play,
        text.status_awarded,
        text.status_extra_time,
        text.goals,
        text.goal_penalty,
        text.goal_own,
        text.shootout,
        text.kick_scored,
        text.kick_missed,
        text.every_result,
        text.match_day,
        text.day_before,
        text.day_after,
        text.what_if_title,
        text.take_back,
        text.static_note,
    ]
    .map(str::to_string)
    .into();
    all.extend([
        (text.key_entered)("X"),
        (text.your_time)("X"),
        (text.report_spoken)("X", "Y"),
        (text.on_penalties)("4–3"),
        (text.as_of)("X"),
        (text.clear_what_ifs)(2),
        (text.what_if_group)("X", "Y"),
        (text.goal_fewer)("X"),
        (text.goal_more)("X"),
        (text.goals_of)("X"),
    ]);
    all.extend(text.months.map(str::to_string));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_message_is_empty_or_left_in_english() {
        let english = messages(text(Lang::En));
        for lang in [Lang::Fr, Lang::Ar] {
            let words = messages(text(lang));
            assert_eq!(words.len(), english.len());
            for (word, english) in words.iter().zip(&english) {
                assert!(!word.trim().is_empty(), "{lang}: an empty message");
                // Marks and placeholders may be shared, and French writes
                // "Match" as English does; other words may not.
                let shared = word == english
                    && english.chars().filter(|c| c.is_alphabetic()).count() > 3
                    && word != "Match";
                assert!(!shared, "{lang}: \"{word}\" is the English message");
            }
        }
    }
}
