//! The cross-checks between the article's four sources, and the final check
//! of every tie's outcome against the article's sentence.

use super::bracket::{Bracket, Row};
use super::football_box::{BoxScore, FootballBox};
use super::sentence::{How, Sentence};
use super::teams::Registry;
use super::two_leg_result::TwoLegResult;
use super::{Built, ImportError, Warning};
use crate::model::{Competition, Kick, MatchStatus, Side, Tie};
use crate::rules::{self, DecidedBy};
use crate::summary;

fn warn(warnings: &mut Vec<Warning>, line: usize, message: String) {
    warnings.push(Warning { line, message });
}

fn show(score: Option<[u8; 2]>) -> String {
    match score {
        Some([a, b]) => format!("{a}–{b}"),
        None => "nothing".to_string(),
    }
}

/// The box's id should read "Home v Away" with the box's own teams.
pub(super) fn box_id(
    b: &FootballBox,
    sides: [&String; 2],
    registry: &Registry,
    warnings: &mut Vec<Warning>,
) {
    let Some((home, away)) = b.id.split_once(" v ") else {
        warn(
            warnings,
            b.line,
            format!("the box id \"{}\" is not \"Home v Away\"", b.id),
        );
        return;
    };
    let named = |name: &str, warnings: &mut Vec<Warning>| {
        let team = super::football_box::TeamRef {
            name: name.trim().to_string(),
            country: None,
            line: b.line,
        };
        registry.resolve(&team, warnings).ok()
    };
    let ids = [named(home, warnings), named(away, warnings)];
    if ids[0].as_ref() != Some(sides[0]) || ids[1].as_ref() != Some(sides[1]) {
        warn(
            warnings,
            b.line,
            format!("the box id \"{}\" does not name its team1 v team2", b.id),
        );
    }
}

/// A box's score as `[team, other]` goals for the given team, when played.
fn score_for(b: &FootballBox, home: &str, team: &str) -> Option<[u8; 2]> {
    match b.score {
        BoxScore::Played([h, a]) if home == team => Some([h, a]),
        BoxScore::Played([h, a]) => Some([a, h]),
        BoxScore::Cancelled => None,
    }
}

/// The results line against the two boxes (the first leg first).
pub(super) fn result_vs_boxes(
    result: &TwoLegResult,
    t1: &str,
    teams: &[String; 2],
    boxes: [&FootballBox; 2],
    warnings: &mut Vec<Warning>,
) {
    if t1 != teams[0] {
        warn(
            warnings,
            result.line,
            format!(
                "the results line puts {} first, but {} hosted the first leg (\"{}\")",
                result.team1.name, result.team2.name, boxes[0].id
            ),
        );
    }
    let hosts = [&teams[0], &teams[1]];
    let mut total = [0u8; 2];
    for (i, b) in boxes.iter().enumerate() {
        let leg = score_for(b, hosts[i], t1);
        if result.legs[i] != leg {
            warn(
                warnings,
                result.line,
                format!(
                    "the results line gives leg {} as {}, the box \"{}\" as {}",
                    i + 1,
                    show(result.legs[i]),
                    b.id,
                    show(leg)
                ),
            );
        }
        if let Some([a, c]) = leg {
            total = [total[0].saturating_add(a), total[1].saturating_add(c)];
        }
    }
    if let Some(aggregate) = result.aggregate.score {
        if aggregate != total {
            warn(
                warnings,
                result.line,
                format!(
                    "the results line's aggregate {} is not the boxes' {}",
                    show(Some(aggregate)),
                    show(Some(total))
                ),
            );
        }
    }
    let pens = boxes[1]
        .penalties
        .map(|[h, a]| if *hosts[1] == t1 { [h, a] } else { [a, h] });
    if result.aggregate.penalties != pens {
        warn(
            warnings,
            result.line,
            format!(
                "the results line's shoot-out {} is not the box's {}",
                show(result.aggregate.penalties),
                show(pens)
            ),
        );
    }
}

/// The results line's marks ((a), pso, w/o, aggregate) against the sentence.
pub(super) fn result_vs_sentence(
    result: &TwoLegResult,
    t1: &str,
    winner: &str,
    sentence: &Sentence,
    warnings: &mut Vec<Warning>,
) {
    let agg = &result.aggregate;
    let first_won = winner == t1;
    let orient = |[a, b]: [u8; 2]| if first_won { [a, b] } else { [b, a] };
    let said = match sentence.how {
        How::Aggregate => "on aggregate",
        How::AwayGoals => "on away goals",
        How::Penalties(_) => "on penalties",
        How::Walkover => "on walkover",
    };
    let marked = if agg.walkover {
        "on walkover"
    } else if agg.penalties.is_some() {
        "on penalties"
    } else if agg.away_goals {
        "on away goals"
    } else {
        "on aggregate"
    };
    if said != marked {
        warn(
            warnings,
            result.line,
            format!(
                "the results line marks a win {marked}, the sentence (line {}) says {said}",
                sentence.line
            ),
        );
    }
    if let (How::Penalties(pens), Some(marked)) = (&sentence.how, agg.penalties) {
        if *pens != orient(marked) {
            warn(
                warnings,
                result.line,
                format!(
                    "the results line's shoot-out {} is not the sentence's",
                    show(Some(marked))
                ),
            );
        }
    }
    if let (Some(said), Some(written)) = (sentence.aggregate, agg.score) {
        if said != orient(written) {
            warn(
                warnings,
                result.line,
                format!(
                    "the results line's aggregate {} is not the sentence's",
                    show(Some(written))
                ),
            );
        }
    }
}

/// More scorers listed for a side than its goals.
pub(super) fn goals(b: &FootballBox, score: Option<[u8; 2]>, warnings: &mut Vec<Warning>) {
    for (i, side) in [Side::Home, Side::Away].into_iter().enumerate() {
        let listed = b.goals.iter().filter(|g| g.team == side).count();
        let scored = score.map_or(0, |s| usize::from(s[i]));
        if listed > scored {
            warn(
                warnings,
                b.line,
                format!(
                    "\"{}\" lists {listed} scorers for a side that scored {scored}",
                    b.id
                ),
            );
        }
    }
}

/// The shoot-out's kicks: a side's list is kept only if it agrees with the penalty score.
pub(super) fn kicks(
    b: &FootballBox,
    penalties: Option<[u8; 2]>,
    warnings: &mut Vec<Warning>,
) -> Vec<Kick> {
    let mut lists = b.kicks.clone();
    for (i, list) in lists.iter_mut().enumerate() {
        if list.is_empty() {
            continue;
        }
        let scored = list.iter().filter(|k| k.scored).count();
        let expected = penalties.map(|p| usize::from(p[i]));
        if expected != Some(scored) {
            warn(
                warnings,
                b.kicks_line[i],
                format!(
                    "\"{}\": the listed kicks score {scored}, the penalty score {}; kicks left out",
                    b.id,
                    expected.map_or("is absent".to_string(), |e| format!("says {e}"))
                ),
            );
            list.clear();
        }
    }
    let [home, away] = lists;
    if home.is_empty() || away.is_empty() {
        return home.into_iter().chain(away).collect();
    }
    let mut out = Vec::new();
    let (mut h, mut a) = (home.into_iter(), away.into_iter());
    loop {
        let (x, y) = (h.next(), a.next());
        if x.is_none() && y.is_none() {
            return out;
        }
        out.extend(x);
        out.extend(y);
    }
}

/// "10–12 February 2017" and "17–19 February 2017" as "10–19 February 2017".
pub(super) fn date_range(first: &str, second: &str) -> Option<String> {
    let start = range(first)?.0;
    let end = range(second)?.1;
    let (d1, m1, y1) = start;
    let (d2, m2, y2) = end;
    Some(if y1 != y2 {
        format!("{d1} {m1} {y1} – {d2} {m2} {y2}")
    } else if m1 != m2 {
        format!("{d1} {m1} – {d2} {m2} {y2}")
    } else {
        format!("{d1}–{d2} {m2} {y2}")
    })
}

type Day = (u8, String, u16);

/// "10–12 February 2017" as its first and last day.
fn range(text: &str) -> Option<(Day, Day)> {
    let (start, end) = text.split_once('–').unwrap_or((text, text));
    let end = day(end, None)?;
    let start = day(start, Some(&end))?;
    Some((start, end))
}

/// "10", "10 February" or "10 February 2017", the missing parts taken from `end`.
fn day(text: &str, end: Option<&Day>) -> Option<Day> {
    let mut words = text.split_whitespace();
    let d: u8 = super::fields::number(words.next()?)?;
    let month = words.next().map(str::to_string);
    let year = words.next().and_then(super::fields::number::<u16>);
    let month = month.or_else(|| end.map(|e| e.1.clone()))?;
    let year = year.or_else(|| end.map(|e| e.2))?;
    Some((d, month, year))
}

/// Places one bracket: its two first-column entries (ties or byes) and its second-column tie.
pub(super) fn place_bracket(
    bracket: &Bracket,
    pools: &mut [Vec<Option<Built>>],
    registry: &Registry,
    warnings: &mut Vec<Warning>,
) -> Result<(Vec<Built>, Built), ImportError> {
    let mut entries: Vec<Built> = Vec::new();
    for pair in [[0, 1], [2, 3]] {
        let rows = [&bracket.first[pair[0]], &bracket.first[pair[1]]];
        match (&rows[0].team, &rows[1].team) {
            (Some(a), Some(b)) => {
                let ids = [
                    registry.resolve(a, warnings)?,
                    registry.resolve(b, warnings)?,
                ];
                let built = take(&mut pools[0], &ids).ok_or_else(|| ImportError {
                    line: a.line,
                    message: format!(
                        "the bracket's tie {} v {} is not among the round's results",
                        a.name, b.name
                    ),
                })?;
                bracket_rows(rows, &ids, &built, registry, warnings);
                entries.push(built);
            }
            (Some(team), None) | (None, Some(team)) => {
                let id = registry.resolve(team, warnings)?;
                if !rows.iter().any(|row| row.aggregate.bye) {
                    warn(
                        warnings,
                        team.line,
                        format!("{} has no opponent but no \"Bye\"", team.name),
                    );
                }
                entries.push(Built {
                    tie: Tie {
                        id: format!("{id}-bye"),
                        bye: Some(id.clone()),
                        ..Tie::default()
                    },
                    sentence: None,
                    winner: id,
                    line: team.line,
                });
            }
            (None, None) => {
                return Err(ImportError {
                    line: bracket.line,
                    message: "a bracket entry with no team".to_string(),
                })
            }
        }
    }
    let rows = [&bracket.second[0], &bracket.second[1]];
    let (Some(a), Some(b)) = (&rows[0].team, &rows[1].team) else {
        return Err(ImportError {
            line: bracket.line,
            message: "the bracket's second column lacks a team".to_string(),
        });
    };
    let ids = [
        registry.resolve(a, warnings)?,
        registry.resolve(b, warnings)?,
    ];
    let mut built = take(&mut pools[1], &ids).ok_or_else(|| ImportError {
        line: a.line,
        message: format!(
            "the bracket's tie {} v {} is not among the next round's results",
            a.name, b.name
        ),
    })?;
    bracket_rows(rows, &ids, &built, registry, warnings);
    let teams = known_teams(&built.tie);
    let mut from = [None, None];
    for (i, team) in teams.iter().enumerate() {
        let entry = entries
            .iter()
            .find(|e| e.winner == *team)
            .ok_or_else(|| ImportError {
                line: a.line,
                message: format!("{team} won neither entry of its bracket"),
            })?;
        from[i] = Some(entry.tie.id.clone());
    }
    built.tie.from = Some(from);
    Ok((entries, built))
}

/// A built tie's two team ids (the importer only builds ties of known teams).
fn known_teams(tie: &Tie) -> [String; 2] {
    tie.known_teams()
        .map(|teams| teams.map(str::to_string))
        .unwrap_or_default()
}

/// Takes the tie of these two teams out of the pool.
fn take(pool: &mut [Option<Built>], ids: &[String; 2]) -> Option<Built> {
    pool.iter_mut()
        .find(|b| {
            b.as_ref()
                .and_then(|b| b.tie.known_teams())
                .is_some_and(|t| {
                    (t[0] == ids[0] && t[1] == ids[1]) || (t[0] == ids[1] && t[1] == ids[0])
                })
        })?
        .take()
}

/// A bracket's two rows of a tie against its boxes and sentence.
fn bracket_rows(
    rows: [&Row; 2],
    ids: &[String; 2],
    built: &Built,
    registry: &Registry,
    warnings: &mut Vec<Warning>,
) {
    let name = |id: &str| registry.get(id).map_or(id.to_string(), |t| t.name.clone());
    let line = rows[0].team.as_ref().map_or(1, |t| t.line);
    let tie = &built.tie;
    let teams = known_teams(tie);
    if ids[0] != teams[0] {
        warn(
            warnings,
            line,
            format!(
                "the bracket lists {} above {}, but {} hosted the first leg",
                name(&ids[0]),
                name(&ids[1]),
                name(&teams[0])
            ),
        );
    }
    let how = built.sentence.as_ref().map(|s| &s.how);
    for (row, team) in rows.iter().zip(ids) {
        let mut total = 0u8;
        for (i, leg) in tie.legs.iter().enumerate().take(2) {
            let goals = leg.score.map(|[h, a]| {
                if leg.home.as_ref() == Some(team) {
                    h
                } else {
                    a
                }
            });
            total = total.saturating_add(goals.unwrap_or(0));
            if row.legs[i].goals != goals {
                warn(
                    warnings,
                    row.legs[i].line,
                    format!(
                        "the bracket gives {} {} goals in \"{}\", the box {}",
                        name(team),
                        row.legs[i]
                            .goals
                            .map_or("no".to_string(), |g| g.to_string()),
                        leg.id,
                        goals.map_or("none".to_string(), |g| g.to_string())
                    ),
                );
            }
        }
        let won = built.winner == *team;
        let cell = &row.aggregate;
        if matches!(how, Some(How::Walkover)) {
            if won != cell.walkover {
                warn(
                    warnings,
                    cell.line,
                    format!(
                        "the bracket's walkover mark on {} disagrees with the sentence",
                        name(team)
                    ),
                );
            }
        } else if cell.goals != Some(total) {
            warn(
                warnings,
                cell.line,
                format!(
                    "the bracket's aggregate for {} is {}, the boxes' {total}; kept {total}",
                    name(team),
                    cell.goals.map_or("missing".to_string(), |g| g.to_string())
                ),
            );
        }
        let pens = tie.legs.last().and_then(|leg| {
            leg.penalties.map(|[h, a]| {
                if leg.home.as_ref() == Some(team) {
                    h
                } else {
                    a
                }
            })
        });
        if cell.penalties != pens {
            warn(
                warnings,
                cell.line,
                format!(
                    "the bracket's shoot-out for {} is not the box's",
                    name(team)
                ),
            );
        }
        let away = won && matches!(how, Some(How::AwayGoals));
        if cell.away_goals != away {
            warn(
                warnings,
                cell.line,
                format!(
                    "the bracket's away-goals mark on {} disagrees with the sentence",
                    name(team)
                ),
            );
        }
    }
}

/// Every tie decided by the rules must be the article's sentence.
pub(super) fn outcomes(competition: &Competition, built: &[&Built]) -> Result<(), ImportError> {
    for round in &competition.rounds {
        for tie in &round.ties {
            let Some(b) = built.iter().find(|b| b.tie.id == tie.id) else {
                continue;
            };
            let Some(sentence) = &b.sentence else {
                continue;
            };
            let (Some(teams), true) = (
                tie.known_teams(),
                tie.legs.iter().all(|l| l.status != MatchStatus::Scheduled),
            ) else {
                continue;
            };
            let outcome = rules::decide(tie, &competition.rules_for(round, tie));
            let fail = |what: String| ImportError {
                line: sentence.line,
                message: format!("{}: {what}; the article says \"{}\"", tie.id, sentence.text),
            };
            let winner = outcome.winner.map(|slot| teams[slot.index()]);
            if winner != Some(b.winner.as_str()) {
                return Err(fail(format!("the rules give the winner {winner:?}")));
            }
            let expected = match sentence.how {
                How::Aggregate => DecidedBy::Aggregate,
                How::AwayGoals => DecidedBy::AwayGoals,
                How::Penalties(_) => DecidedBy::Penalties,
                How::Walkover => DecidedBy::Walkover,
            };
            if outcome.decided_by != expected {
                return Err(fail(format!(
                    "the rules decide it by {}",
                    outcome.decided_by
                )));
            }
            let w = usize::from(teams[1] == b.winner);
            let oriented = |pair: [u32; 2]| [pair[w], pair[1 - w]];
            if let Some([a, c]) = sentence.aggregate {
                let said = [u32::from(a), u32::from(c)];
                if outcome.aggregate.map(oriented) != Some(said) {
                    return Err(fail(format!(
                        "the rules give the aggregate {:?}",
                        outcome.aggregate
                    )));
                }
            }
            if let How::Penalties(pens) = sentence.how {
                let got = outcome
                    .penalties
                    .map(|p| oriented([u32::from(p[0]), u32::from(p[1])]));
                if got != Some([u32::from(pens[0]), u32::from(pens[1])]) {
                    return Err(fail(format!(
                        "the rules give the shoot-out {:?}",
                        outcome.penalties
                    )));
                }
            }
            let ours = summary::summary(competition, tie, &outcome);
            if !same_summary(&ours, &sentence.text) {
                return Err(fail(format!("the summary reads \"{ours}\"")));
            }
        }
    }
    Ok(())
}

/// Whether our summary is the article's sentence; a walkover's is compared up to "walkover".
pub fn same_summary(ours: &str, article: &str) -> bool {
    match (ours.split_once("walkover"), article.split_once("walkover")) {
        (Some((a, _)), Some((b, _))) => a == b,
        (None, None) => ours == article,
        _ => false,
    }
}
