//! A later tie's places follow the ties that feed them (`from`): while a
//! feeder is undecided its place is `null`, and once it is decided the place
//! is its winner. [`crate::as_of`] forgets places, [`crate::what_if`] and
//! [`crate::generate`] fill them in or forget them.
//!
//! Both walk the file in order, deciding each tie after its places are set,
//! so a change carries through every later round in one pass (the validator
//! makes every `from` name an earlier tie).

use crate::ids::Ids;
use crate::model::{Competition, Match, MatchStatus, Tie, TieKind};
use crate::rules::decide;

/// A leg as it stood before it was played: scheduled, without its result
/// or anything only the match itself tells (score, extra time, shoot-out,
/// scorers, attendance, referee, report, notes). The schedule stays: id,
/// teams, date, kick-off, UTC offset, venue and city.
pub fn unplay(leg: &mut Match) {
    leg.status = MatchStatus::Scheduled;
    leg.score = None;
    leg.extra_time_score = None;
    leg.penalties = None;
    leg.attendance = None;
    leg.referee = None;
    leg.goals.clear();
    leg.shootout.clear();
    leg.report = None;
    leg.notes.clear();
}

/// Which of its tie's places hosts leg `index`: `teams[0]` the first, `teams[1]` the second.
fn host_place(index: usize) -> usize {
    index % 2
}

/// What to do with a place whose feeder is known to be decided or not.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Follow {
    /// Places whose feeder is undecided become null.
    Forget,
    /// Null places whose feeder is decided take its winner.
    Fill,
}

/// Every place whose `from` tie is undecided made `null`: the tie's team,
/// the legs' home or away in that place; such a tie's legs are all
/// scheduled again and a walkover dropped. Through every later round.
pub fn forget_undecided(competition: &mut Competition) {
    follow(competition, Follow::Forget);
}

/// Every `null` place whose `from` tie is decided given that tie's winner:
/// the tie's team and the legs' home or away in that place. Through every
/// later round.
pub fn fill_decided(competition: &mut Competition) {
    follow(competition, Follow::Fill);
}

fn follow(competition: &mut Competition, how: Follow) {
    // Each tie's winner, by tie id, as the walk decides them.
    let mut ids = Ids::new();
    let mut winners: Vec<Option<String>> = Vec::new();
    let base = competition.rules;
    for round in &mut competition.rounds {
        let round_rules = base.with(round.rules.as_ref());
        for tie in &mut round.ties {
            let feeders: [Option<Option<String>>; 2] = [0, 1].map(|index| {
                let source = tie.from.as_ref()?.get(index)?.as_deref()?;
                let number = ids.get(source)?;
                winners.get(number).cloned()
            });
            for (index, feeder) in feeders.into_iter().enumerate() {
                match (how, feeder) {
                    (Follow::Forget, Some(None)) => forget(tie, index),
                    (Follow::Fill, Some(Some(winner))) => fill(tie, index, &winner),
                    (Follow::Forget, Some(Some(_)) | None) | (Follow::Fill, Some(None) | None) => {}
                }
            }
            let outcome = decide(tie, &round_rules.with(tie.rules.as_ref()));
            let winner = match (tie.kind(), outcome.winner) {
                (Some(TieKind::Bye(team)), Some(_)) => Some(team.to_string()),
                (Some(TieKind::Contest(teams)), Some(slot)) => teams[slot.index()].clone(),
                (Some(TieKind::Bye(_) | TieKind::Contest(_)) | None, None) | (None, Some(_)) => {
                    None
                }
            };
            if ids.insert_owned(&tie.id).is_ok() {
                winners.push(winner);
            }
        }
    }
}

/// `teams[index]` not known: null there and in the legs, every leg to play.
fn forget(tie: &mut Tie, index: usize) {
    let Some(teams) = &mut tie.teams else { return };
    let Some(place) = teams.get_mut(index) else {
        return;
    };
    let Some(team) = place.take() else { return };
    for leg in &mut tie.legs {
        for side in [&mut leg.home, &mut leg.away] {
            if side.as_ref() == Some(&team) {
                *side = None;
            }
        }
        unplay(leg);
    }
    tie.walkover = None;
}

/// `teams[index]`, null until now, is `team`: there and in the legs' place.
fn fill(tie: &mut Tie, index: usize, team: &str) {
    let Some(teams) = &mut tie.teams else { return };
    let Some(place @ None) = teams.get_mut(index) else {
        return;
    };
    *place = Some(team.to_string());
    for (number, leg) in tie.legs.iter_mut().enumerate() {
        let side = if host_place(number) == index {
            &mut leg.home
        } else {
            &mut leg.away
        };
        if side.is_none() {
            *side = Some(team.to_string());
        }
    }
}
