//! One match (a leg) of an open tie: when and where, the score, scorers,
//! shoot-out, officials, report and notes.

use cup_bracket_core::model::{GoalKind, Kick, Match, MatchStatus, Side};
use yew::prelude::*;

use crate::components::country_badge::CountryBadge;
use crate::components::renders;
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
    let which = leg_label(legs, props.leg);
    let name = |id: &str| {
        model
            .team(id)
            .map_or_else(|| id.to_string(), |team| team.name.clone())
    };
    let badge = |id: &str| {
        let code = model
            .team(id)
            .map(|team| team.country.clone())
            .unwrap_or_default();
        html! { <CountryBadge code={code} /> }
    };
    let (home, away) = (name(&leg.home), name(&leg.away));
    html! {
        <article class={classes!("cb-match", matches!(leg.status, MatchStatus::Cancelled).then_some("cb-cancelled"))}
                 id={fragment_id(&leg.id)} aria-label={format!("{which}: {home} v {away}")}>
            <header class="cb-match-head">
                <span class="cb-leg">{ which }</span>
                { when(leg) }
            </header>
            <dl class="cb-scoreline">
                <dt class="cb-side">{ badge(&leg.home) }<span>{ &home }</span></dt>
                <dd class="cb-score">{ goals_text(leg, 0) }</dd>
                <dt class="cb-side">{ badge(&leg.away) }<span>{ &away }</span></dt>
                <dd class="cb-score">{ goals_text(leg, 1) }</dd>
            </dl>
            if let Some(status) = status_text(leg) { <p class="cb-status">{ status }</p> }
            if let Some([home_kicks, away_kicks]) = leg.penalties {
                <p class="cb-pens">{ format!("{home_kicks}–{away_kicks} on penalties") }</p>
            }
            { goals(leg) }
            { shootout(&leg.shootout, &home, &away) }
            <dl class="cb-facts">
                if let Some(venue) = venue(leg) { <dt>{ "Venue" }</dt><dd>{ venue }</dd> }
                if let Some(attendance) = leg.attendance { <dt>{ "Attendance" }</dt><dd>{ thousands(attendance) }</dd> }
                if let Some(referee) = &leg.referee {
                    <dt>{ "Referee" }</dt>
                    <dd>{ &referee.name }{ referee.country.as_ref().map(|country| format!(" ({country})")) }</dd>
                }
            </dl>
            if let Some(report) = &leg.report {
                <a class="cb-report" href={report.clone()} target="_blank" rel="noopener">
                    { "Match report" }<span class="cb-visually-hidden">{ format!(": {home} v {away} (opens in a new tab)") }</span>
                </a>
            }
            if !leg.notes.is_empty() {
                <ul class="cb-notes">{ for leg.notes.iter().map(|note| html! { <li>{ note }</li> }) }</ul>
            }
        </article>
    }
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
fn when(leg: &Match) -> Html {
    let date = leg.date.as_deref().map(long_date);
    let kickoff = leg.kickoff.as_ref().map(|time| match &leg.utc_offset {
        Some(offset) => format!("{time} {}", utc_label(offset)),
        None => time.clone(),
    });
    let iso = match (&leg.date, &leg.kickoff, &leg.utc_offset) {
        (Some(date), Some(time), Some(offset)) => Some(format!("{date}T{time}:00{offset}")),
        _ => None,
    };
    let yours = iso.as_deref().and_then(crate::local_time::in_reader_zone);
    html! {
        <>
            if let Some(date) = date {
                <time class="cb-date" datetime={leg.date.clone().unwrap_or_default()}>{ date }</time>
            }
            if let Some(kickoff) = kickoff {
                <time class="cb-kickoff" datetime={iso.clone().unwrap_or_default()}>{ kickoff }</time>
            }
            if let Some(yours) = yours {
                <span class="cb-yours">{ format!("Your time: {yours}") }</span>
            }
        </>
    }
}

/// Scorers, each under their side.
fn goals(leg: &Match) -> Html {
    if leg.goals.is_empty() {
        return Html::default();
    }
    let list = |side: Side| {
        leg.goals
            .iter()
            .filter(move |goal| goal.team == side)
            .map(|goal| {
                let minute = goal
                    .minute
                    .as_ref()
                    .map(|minute| format!(" {minute}′"))
                    .unwrap_or_default();
                let kind = match goal.kind {
                    Some(GoalKind::Penalty) => " (pen.)",
                    Some(GoalKind::OwnGoal) => " (o.g.)",
                    Some(GoalKind::Normal) | None => "",
                };
                html! { <li>{ format!("{}{minute}{kind}", goal.player) }</li> }
            })
    };
    html! {
        <div class="cb-goals-list" aria-label="Goals" role="group">
            <ul class="cb-home">{ for list(Side::Home) }</ul>
            <ul class="cb-away">{ for list(Side::Away) }</ul>
        </div>
    }
}

/// The shoot-out's kicks in order, each scored or missed.
fn shootout(kicks: &[Kick], home: &str, away: &str) -> Html {
    if kicks.is_empty() {
        return Html::default();
    }
    let side = |side: Side, team: &str| {
        let kicks: Vec<&Kick> = kicks.iter().filter(|kick| kick.team == side).collect();
        if kicks.is_empty() {
            return Html::default();
        }
        html! {
            <div class="cb-kicks">
                <span class="cb-kicks-team">{ team }</span>
                <ol>
                    { for kicks.iter().map(|kick| {
                        let outcome = if kick.scored { "scored" } else { "missed" };
                        let label = match &kick.player {
                            Some(player) => format!("{player}: {outcome}"),
                            None => outcome.to_string(),
                        };
                        html! {
                            <li class={if kick.scored { "cb-kick cb-scored" } else { "cb-kick cb-missed" }}
                                title={label.clone()}>
                                <span class="cb-visually-hidden">{ label }</span>
                            </li>
                        }
                    }) }
                </ol>
            </div>
        }
    };
    html! {
        <div class="cb-shootout" role="group" aria-label="Penalty shoot-out">
            { side(Side::Home, home) }
            { side(Side::Away, away) }
        </div>
    }
}
