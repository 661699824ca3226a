//! One match (a leg) of an open tie: when and where, the score, scorers,
//! shoot-out, officials, report and notes.

use std::fmt::Write;

use cup_bracket_core::html::escape;
use cup_bracket_core::model::{GoalKind, Kick, Match, MatchStatus, Side};
use yew::prelude::*;

use crate::components::renders;
use crate::components::team::badge;
use crate::format::{fragment_id, long_date, thousands, utc_label};
use crate::scoreline::{leg_goals, leg_label};
use crate::view_model::Model;

/// A match box's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct MatchBoxProps {
    /// The decided competition.
    pub model: Model,
    /// Flat tie index.
    pub flat: usize,
    /// The leg's index in the tie.
    pub leg: usize,
}

/// A match box; its element's id is the match id with underscores.
///
/// Its markup goes to the browser as one piece of escaped HTML, as a card's
/// team lines do (`team.rs`): a box has no listener and never changes once
/// drawn, and markup built by hand weighs far less in the wasm than the
/// `html!` expansion of some forty elements.
#[function_component]
pub fn MatchBox(props: &MatchBoxProps) -> Html {
    renders::count("MatchBox");
    let model = &props.model;
    let Some(leg) = model
        .tie(props.flat)
        .and_then(|tie| tie.legs.get(props.leg))
    else {
        return Html::default();
    };
    let legs = model.tie(props.flat).map_or(1, |tie| tie.legs.len());
    Html::from_html_unchecked(AttrValue::from(match_box(model, leg, legs, props.leg)))
}

/// The box's markup: every text escaped.
fn match_box(model: &Model, leg: &Match, legs: usize, index: usize) -> String {
    let which = leg_label(legs, index);
    let name = |id: &str| {
        model
            .team(id)
            .map_or_else(|| id.to_string(), |team| team.name.clone())
    };
    let country = |id: &str| {
        model
            .team(id)
            .map(|team| team.country.as_str())
            .unwrap_or_default()
    };
    let (home, away) = (name(&leg.home), name(&leg.away));
    let mut html = String::with_capacity(2000);
    let cancelled = if matches!(leg.status, MatchStatus::Cancelled) {
        " cb-cancelled"
    } else {
        ""
    };
    let _ = write!(
        html,
        "<article class=\"cb-match{cancelled}\" id=\"{}\" aria-label=\"{}: {} v {}\">\
         <header class=\"cb-match-head\"><span class=\"cb-leg\">{which}</span>",
        escape(&fragment_id(&leg.id)),
        escape(which),
        escape(&home),
        escape(&away),
    );
    when(&mut html, leg);
    html.push_str("</header><dl class=\"cb-scoreline\">");
    for (side, id, team) in [(0, &leg.home, &home), (1, &leg.away, &away)] {
        html.push_str("<dt class=\"cb-side\">");
        badge(&mut html, country(id));
        let _ = write!(
            html,
            "<span>{}</span></dt><dd class=\"cb-score\">{}</dd>",
            escape(team),
            goals_text(leg, side)
        );
    }
    html.push_str("</dl>");
    if let Some(status) = status_text(leg) {
        let _ = write!(html, "<p class=\"cb-status\">{status}</p>");
    }
    if let Some([home_kicks, away_kicks]) = leg.penalties {
        let _ = write!(
            html,
            "<p class=\"cb-pens\">{home_kicks}–{away_kicks} on penalties</p>"
        );
    }
    goals(&mut html, leg);
    shootout(&mut html, &leg.shootout, &home, &away);
    html.push_str("<dl class=\"cb-facts\">");
    if let Some(venue) = venue(leg) {
        let _ = write!(html, "<dt>Venue</dt><dd>{}</dd>", escape(&venue));
    }
    if let Some(attendance) = leg.attendance {
        let _ = write!(
            html,
            "<dt>Attendance</dt><dd>{}</dd>",
            thousands(attendance)
        );
    }
    if let Some(referee) = &leg.referee {
        let _ = write!(html, "<dt>Referee</dt><dd>{}", escape(&referee.name));
        if let Some(country) = &referee.country {
            let _ = write!(html, " ({})", escape(country));
        }
        html.push_str("</dd>");
    }
    html.push_str("</dl>");
    if let Some(report) = &leg.report {
        let _ = write!(
            html,
            "<a class=\"cb-report\" href=\"{}\" target=\"_blank\" rel=\"noopener\">Match report\
             <span class=\"cb-visually-hidden\">: {} v {} (opens in a new tab)</span></a>",
            escape(report),
            escape(&home),
            escape(&away),
        );
    }
    if !leg.notes.is_empty() {
        html.push_str("<ul class=\"cb-notes\">");
        for note in &leg.notes {
            let _ = write!(html, "<li>{}</li>", escape(note));
        }
        html.push_str("</ul>");
    }
    html.push_str("</article>");
    html
}

/// One side's goals (`side` 0 for the host), after extra time when played.
fn goals_text(leg: &Match, side: usize) -> String {
    leg_goals(leg, side).map_or_else(|| "–".to_string(), |goals| goals.to_string())
}

/// What the score alone does not say: "Cancelled", "After extra time", …
fn status_text(leg: &Match) -> Option<&'static str> {
    match leg.status {
        MatchStatus::Cancelled => Some("Cancelled"),
        MatchStatus::Scheduled => Some("To be played"),
        MatchStatus::Awarded => Some("Awarded"),
        MatchStatus::Played => leg.extra_time_score.map(|_| "After extra time"),
    }
}

/// "Stade du 28 Septembre, Conakry".
fn venue(leg: &Match) -> Option<String> {
    match (&leg.venue, &leg.city) {
        (Some(venue), Some(city)) => Some(format!("{venue}, {city}")),
        (Some(place), None) | (None, Some(place)) => Some(place.clone()),
        (None, None) => None,
    }
}

/// The date, the local kick-off with its offset, and the reader's own time.
fn when(html: &mut String, leg: &Match) {
    if let Some(date) = &leg.date {
        let _ = write!(
            html,
            "<time class=\"cb-date\" datetime=\"{}\">{}</time>",
            escape(date),
            escape(&long_date(date))
        );
    }
    let iso = match (&leg.date, &leg.kickoff, &leg.utc_offset) {
        (Some(date), Some(time), Some(offset)) => Some(format!("{date}T{time}:00{offset}")),
        _ => None,
    };
    if let Some(time) = &leg.kickoff {
        let _ = write!(
            html,
            "<time class=\"cb-kickoff\" datetime=\"{}\">{}",
            escape(iso.as_deref().unwrap_or_default()),
            escape(time)
        );
        if let Some(offset) = &leg.utc_offset {
            let _ = write!(html, " {}", escape(&utc_label(offset)));
        }
        html.push_str("</time>");
    }
    if let Some(yours) = iso.as_deref().and_then(crate::local_time::in_reader_zone) {
        let _ = write!(
            html,
            "<span class=\"cb-yours\">Your time: {}</span>",
            escape(&yours)
        );
    }
}

/// Scorers, each under their side.
fn goals(html: &mut String, leg: &Match) {
    if leg.goals.is_empty() {
        return;
    }
    html.push_str("<div class=\"cb-goals-list\" aria-label=\"Goals\" role=\"group\">");
    for (side, class) in [(Side::Home, "cb-home"), (Side::Away, "cb-away")] {
        let _ = write!(html, "<ul class=\"{class}\">");
        for goal in leg.goals.iter().filter(|goal| goal.team == side) {
            let _ = write!(html, "<li>{}", escape(&goal.player));
            if let Some(minute) = &goal.minute {
                let _ = write!(html, " {}′", escape(minute));
            }
            html.push_str(match goal.kind {
                Some(GoalKind::Penalty) => " (pen.)</li>",
                Some(GoalKind::OwnGoal) => " (o.g.)</li>",
                Some(GoalKind::Normal) | None => "</li>",
            });
        }
        html.push_str("</ul>");
    }
    html.push_str("</div>");
}

/// The shoot-out's kicks in order, each scored or missed.
fn shootout(html: &mut String, kicks: &[Kick], home: &str, away: &str) {
    if kicks.is_empty() {
        return;
    }
    html.push_str("<div class=\"cb-shootout\" role=\"group\" aria-label=\"Penalty shoot-out\">");
    for (side, team) in [(Side::Home, home), (Side::Away, away)] {
        let mut taken = kicks.iter().filter(|kick| kick.team == side).peekable();
        if taken.peek().is_none() {
            continue;
        }
        let _ = write!(
            html,
            "<div class=\"cb-kicks\"><span class=\"cb-kicks-team\">{}</span><ol>",
            escape(team)
        );
        for kick in taken {
            let outcome = if kick.scored { "scored" } else { "missed" };
            let label = match &kick.player {
                Some(player) => escape(player).into_owned() + ": " + outcome,
                None => outcome.to_string(),
            };
            let _ = write!(
                html,
                "<li class=\"cb-kick cb-{outcome}\" title=\"{label}\">\
                 <span class=\"cb-visually-hidden\">{label}</span></li>"
            );
        }
        html.push_str("</ol></div>");
    }
    html.push_str("</div>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view_model::BracketModel;

    #[test]
    fn the_markup_is_one_article_with_every_text_escaped() {
        let model = Model(std::rc::Rc::new(BracketModel::new(
            crate::data::compiled_in(),
        )));
        let tie = model.tie(3).expect("the data has a fourth tie");
        let mut leg = tie.legs[0].clone();
        leg.notes = vec!["<b>R&D</b>".into()];
        let html = match_box(&model, &leg, 2, 0);
        assert!(
            html.starts_with("<article class=\"cb-match\" id=\""),
            "{html}"
        );
        assert!(
            html.contains("<span class=\"cb-leg\">First leg</span>"),
            "{html}"
        );
        assert!(
            html.ends_with(
                "<ul class=\"cb-notes\"><li>&lt;b&gt;R&amp;D&lt;/b&gt;</li></ul></article>"
            ),
            "{html}"
        );
        assert!(!html.contains('\n'));
    }
}
