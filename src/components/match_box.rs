//! One match (a leg) of an open tie: when and where, the score, scorers,
//! shoot-out, officials, report and notes.

use cup_bracket_core::links::is_web_url;
use cup_bracket_core::model::{GoalKind, Kick, Match, MatchStatus, Side};
use yew::prelude::*;

use crate::components::renders;
use crate::components::what_if::WhatIf;
use crate::context::BracketContext;
use crate::format::{fragment_id, long_date, thousands, utc_label};
use crate::i18n::{score, text, Lang, Text};
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
    let lang = props.cx.lang;
    let words = text(lang);
    // The kick-off in the reader's own time zone: the browser knows it, so
    // it is worked out once drawn, never while rendering (nor at build time).
    let yours = use_state(|| None::<String>);
    {
        let (yours, iso) = (
            yours.clone(),
            facts.and_then(|facts| kickoff_iso(&facts.leg)),
        );
        use_effect_with(iso, move |iso| {
            yours.set(
                iso.as_deref()
                    .and_then(|iso| crate::local_time::in_reader_zone(iso, lang)),
            );
        });
    }
    let Some(facts) = facts else {
        return Html::default();
    };
    let leg = &facts.leg;
    let which = leg_label(lang, props.facts.legs.len(), props.leg);
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
                <dt class="cb-side">{ badge(&place.country, true, lang) }<span>{ place.name.clone() }</span></dt>
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
                 aria-label={format!("{which}: {}{}{}", home.name, words.versus, away.name)}>
            <header class="cb-match-head">
                <span class="cb-leg">{ which }</span>
                { when(leg, lang) }
                if let Some(yours) = &*yours {
                    <span class="cb-yours">{ (words.your_time)(yours) }</span>
                }
            </header>
            <dl class="cb-scoreline">
                { side(home, 0) }
                { side(away, 1) }
            </dl>
            if let Some(status) = status_text(leg, facts.hypothetical, words) {
                <p class="cb-status">{ status }</p>
            }
            if let Some([home_kicks, away_kicks]) = leg.penalties {
                <p class="cb-pens">{ (words.on_penalties)(&score(lang, home_kicks, away_kicks)) }</p>
            }
            if let Some(score) = what_if {
                <WhatIf leg={leg.id.clone()} home={home.name.clone()} away={away.name.clone()}
                        {score} cx={props.cx.clone()} />
            }
            { goals(leg, words) }
            { shootout(&leg.shootout, &home.name, &away.name, words) }
            <dl class="cb-facts">
                if let Some(venue) = venue(leg) {
                    <dt>{ words.venue }</dt><dd>{ venue }</dd>
                }
                if let Some(attendance) = leg.attendance {
                    <dt>{ words.attendance }</dt><dd>{ thousands(attendance, lang) }</dd>
                }
                if let Some(referee) = &leg.referee {
                    <dt>{ words.referee }</dt>
                    <dd>
                        { &referee.name }
                        if let Some(country) = &referee.country {
                            { format!(" ({})", crate::countries::country_in(country, lang)) }
                        }
                    </dd>
                }
            </dl>
            // Only a web address becomes a link (the validator refuses any
            // other; this is the last line of defence).
            if let Some(report) = leg.report.as_deref().filter(|url| is_web_url(url)) {
                <a class="cb-report" href={report.to_string()} target="_blank" rel="noopener">
                    { words.match_report }
                    <span class="cb-visually-hidden">{ (words.report_spoken)(&home.name, &away.name) }</span>
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
fn status_text(leg: &Match, hypothetical: bool, words: &'static Text) -> Option<&'static str> {
    if hypothetical {
        return Some(words.status_what_if);
    }
    match leg.status {
        MatchStatus::Cancelled => Some(words.status_cancelled),
        MatchStatus::Scheduled => Some(words.status_to_play),
        MatchStatus::Awarded => Some(words.status_awarded),
        MatchStatus::Played => leg.extra_time_score.map(|_| words.status_extra_time),
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
fn when(leg: &Match, lang: Lang) -> Html {
    let iso = kickoff_iso(leg).unwrap_or_default();
    html! {
        <>
            if let Some(date) = &leg.date {
                <time class="cb-date" datetime={date.clone()}>{ long_date(date, lang) }</time>
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
fn goals(leg: &Match, words: &'static Text) -> Html {
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
                        Some(GoalKind::Penalty) => words.goal_penalty,
                        Some(GoalKind::OwnGoal) => words.goal_own,
                        Some(GoalKind::Normal) | None => "",
                    };
                    html! { <li>{ &goal.player }{ minute }{ kind }</li> }
                }) }
            </ul>
        }
    };
    html! {
        <div class="cb-goals-list" role="group" aria-label={words.goals}>
            { side(Side::Home, "home") }
            { side(Side::Away, "away") }
        </div>
    }
}

/// The shoot-out's kicks in order, each scored or missed.
fn shootout(kicks: &[Kick], home: &str, away: &str, words: &'static Text) -> Html {
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
                        let (kind, said) = if kick.scored {
                            ("scored", words.kick_scored)
                        } else {
                            ("missed", words.kick_missed)
                        };
                        let label = match &kick.player {
                            Some(player) => format!("{player}: {said}"),
                            None => said.to_string(),
                        };
                        html! {
                            <li class="cb-kick" data-kick={kind} title={label.clone()}>
                                <span class="cb-visually-hidden">{ label }</span>
                            </li>
                        }
                    }) }
                </ol>
            </div>
        }
    };
    html! {
        <div class="cb-shootout" role="group" aria-label={words.shootout}>
            { side(Side::Home, home) }
            { side(Side::Away, away) }
        </div>
    }
}
