//! One match (a leg) of an open tie: when and where, the score, scorers,
//! shoot-out, officials, report and notes.

use cup_bracket_core::links::is_web_url;
use cup_bracket_core::model::{GoalKind, Kick, Match, MatchStatus, Side};
use yew::prelude::*;

use crate::components::renders;
use crate::components::what_if::WhatIf;
use crate::context::BracketContext;
use crate::format::{fragment_id, long_date, thousands, utc_label};
use crate::markup::badge;
use crate::scoreline::{leg_goals, leg_label};
use crate::state::Shared;
use crate::view_model::{CardFacts, Place};

/// A match box's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct MatchBoxProps {
    /// The tie's facts.
    pub facts: Shared<CardFacts>,
    /// The leg's index in the tie.
    pub leg: usize,
    /// The widget's shared part.
    pub cx: Shared<BracketContext>,
}

/// A match box; its element's id is the match id with underscores, so that
/// `#IR_Tanger_v_AS_Kaloum` names it.
#[function_component]
pub fn MatchBox(props: &MatchBoxProps) -> Html {
    renders::count("MatchBox");
    let facts = props.facts.legs.get(props.leg);
    // The kick-off in the reader's own time zone: the browser knows it, so
    // it is worked out once drawn, never while rendering (nor at build time).
    let yours = use_state(|| None::<String>);
    {
        let (yours, iso) = (
            yours.clone(),
            facts.and_then(|facts| kickoff_iso(&facts.leg)),
        );
        use_effect_with(iso, move |iso| {
            yours.set(iso.as_deref().and_then(crate::local_time::in_reader_zone));
        });
    }
    let Some(facts) = facts else {
        return Html::default();
    };
    let leg = &facts.leg;
    let which = leg_label(props.facts.legs.len(), props.leg);
    let (home, away) = (&facts.home, &facts.away);
    let status = match (leg.status, facts.hypothetical) {
        (_, true) => "hypothetical",
        (MatchStatus::Played, false) => "played",
        (MatchStatus::Awarded, false) => "awarded",
        (MatchStatus::Cancelled, false) => "cancelled",
        (MatchStatus::Scheduled, false) => "scheduled",
    };
    let side = |place: &Place, goals: usize| {
        html! {
            <>
                <dt class="cb-side">{ badge(&place.country, true) }<span>{ place.name.clone() }</span></dt>
                <dd class="cb-score">{ goals_text(leg, goals) }</dd>
            </>
        }
    };
    // A leg still to play between known teams takes a what-if; so does the
    // one a what-if already played.
    let known = !home.country.is_empty() && !away.country.is_empty();
    let what_if = match (leg.status, facts.hypothetical) {
        (_, true) => Some(leg.score),
        (MatchStatus::Scheduled, false) if known => Some(None),
        (
            MatchStatus::Scheduled
            | MatchStatus::Played
            | MatchStatus::Awarded
            | MatchStatus::Cancelled,
            false,
        ) => None,
    };
    html! {
        <article class="cb-match" data-status={status} id={fragment_id(&leg.id)}
                 aria-label={format!("{which}: {} v {}", home.name, away.name)}>
            <header class="cb-match-head">
                <span class="cb-leg">{ which }</span>
                { when(leg) }
                if let Some(yours) = &*yours {
                    <span class="cb-yours">{ format!("Your time: {yours}") }</span>
                }
            </header>
            <dl class="cb-scoreline">
                { side(home, 0) }
                { side(away, 1) }
            </dl>
            if let Some(status) = status_text(leg, facts.hypothetical) {
                <p class="cb-status">{ status }</p>
            }
            if let Some([home_kicks, away_kicks]) = leg.penalties {
                <p class="cb-pens">{ format!("{home_kicks}–{away_kicks} on penalties") }</p>
            }
            if let Some(score) = what_if {
                <WhatIf leg={leg.id.clone()} home={home.name.clone()} away={away.name.clone()}
                        {score} cx={props.cx.clone()} />
            }
            { goals(leg) }
            { shootout(&leg.shootout, &home.name, &away.name) }
            <dl class="cb-facts">
                if let Some(venue) = venue(leg) {
                    <dt>{ "Venue" }</dt><dd>{ venue }</dd>
                }
                if let Some(attendance) = leg.attendance {
                    <dt>{ "Attendance" }</dt><dd>{ thousands(attendance) }</dd>
                }
                if let Some(referee) = &leg.referee {
                    <dt>{ "Referee" }</dt>
                    <dd>
                        { &referee.name }
                        if let Some(country) = &referee.country { { format!(" ({country})") } }
                    </dd>
                }
            </dl>
            // Only a web address becomes a link (the validator refuses any
            // other; this is the last line of defence).
            if let Some(report) = leg.report.as_deref().filter(|url| is_web_url(url)) {
                <a class="cb-report" href={report.to_string()} target="_blank" rel="noopener">
                    { "Match report" }
                    <span class="cb-visually-hidden">{ format!(": {} v {} (opens in a new tab)", home.name, away.name) }</span>
                </a>
            }
            if !leg.notes.is_empty() {
                <ul class="cb-notes">
                    { for leg.notes.iter().map(|note| html! { <li>{ note }</li> }) }
                </ul>
            }
        </article>
    }
}

/// The kick-off as an ISO date-time with its offset, when all three are known.
fn kickoff_iso(leg: &Match) -> Option<String> {
    match (&leg.date, &leg.kickoff, &leg.utc_offset) {
        (Some(date), Some(time), Some(offset)) => Some(format!("{date}T{time}:00{offset}")),
        _ => None,
    }
}

/// One side's goals (`side` 0 for the host), after extra time when played.
fn goals_text(leg: &Match, side: usize) -> String {
    leg_goals(leg, side).map_or_else(|| "–".to_string(), |goals| goals.to_string())
}

/// What the score alone does not say: "Cancelled", "After extra time", …
fn status_text(leg: &Match, hypothetical: bool) -> Option<&'static str> {
    if hypothetical {
        return Some("What if: a score you tried");
    }
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

/// The date and the local kick-off with its offset.
fn when(leg: &Match) -> Html {
    let iso = kickoff_iso(leg).unwrap_or_default();
    html! {
        <>
            if let Some(date) = &leg.date {
                <time class="cb-date" datetime={date.clone()}>{ long_date(date) }</time>
            }
            if let Some(time) = &leg.kickoff {
                <time class="cb-kickoff" datetime={iso}>
                    { time }
                    if let Some(offset) = &leg.utc_offset { { format!(" {}", utc_label(offset)) } }
                </time>
            }
        </>
    }
}

/// Scorers, each under their side.
fn goals(leg: &Match) -> Html {
    if leg.goals.is_empty() {
        return Html::default();
    }
    let side = |side: Side, name: &'static str| {
        let scored = leg.goals.iter().filter(move |goal| goal.team == side);
        html! {
            <ul data-side={name}>
                { for scored.map(|goal| {
                    let minute = goal.minute.as_ref().map(|minute| format!(" {minute}′"));
                    let kind = match goal.kind {
                        Some(GoalKind::Penalty) => " (pen.)",
                        Some(GoalKind::OwnGoal) => " (o.g.)",
                        Some(GoalKind::Normal) | None => "",
                    };
                    html! { <li>{ &goal.player }{ minute }{ kind }</li> }
                }) }
            </ul>
        }
    };
    html! {
        <div class="cb-goals-list" role="group" aria-label="Goals">
            { side(Side::Home, "home") }
            { side(Side::Away, "away") }
        </div>
    }
}

/// The shoot-out's kicks in order, each scored or missed.
fn shootout(kicks: &[Kick], home: &str, away: &str) -> Html {
    if kicks.is_empty() {
        return Html::default();
    }
    let side = |side: Side, team: &str| {
        let taken: Vec<&Kick> = kicks.iter().filter(|kick| kick.team == side).collect();
        if taken.is_empty() {
            return Html::default();
        }
        html! {
            <div class="cb-kicks">
                <span class="cb-kicks-team">{ team.to_string() }</span>
                <ol>
                    { for taken.into_iter().map(|kick| {
                        let outcome = if kick.scored { "scored" } else { "missed" };
                        let label = match &kick.player {
                            Some(player) => format!("{player}: {outcome}"),
                            None => outcome.to_string(),
                        };
                        html! {
                            <li class="cb-kick" data-kick={outcome} title={label.clone()}>
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
