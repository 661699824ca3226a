//! The article's wikitext templates to the competition model.
//!
//! The article tells each tie four times: in a `{{4TeamBracket-2legs}}` of
//! the draw, on a `{{TwoLegResult}}` line, in two `{{Football box}}`es and in
//! the sentence after them. The importer takes the match facts from the
//! boxes, the bracket's shape from the brackets, and checks the rest against
//! them: each disagreement becomes a [`Warning`] with its line. Every tie is
//! then decided with [`crate::rules`]; an outcome that differs from the
//! article's sentence fails the import.
//!
//! Data decisions, kept here so that the file can be regenerated:
//! - one id per club, the slug of its name; the spelling variants are listed
//!   in [`teams::VARIANTS`], each with why its spelling was kept;
//! - "Stadium, City" splits at the last comma; "Cairo (Egypt)" becomes the
//!   city "Cairo, Egypt";
//! - notes are the project's own words, from [`notes::NOTES`], keyed by the
//!   article's `{{refn}}` names; the footnotes' text is never copied;
//! - a shoot-out's kicks are kept only where a side's list agrees with the
//!   penalty score; with both sides listed they alternate, the home side first.

mod article;
pub mod bracket;
mod checks;
pub mod fields;
pub mod football_box;
pub mod notes;
pub mod sentence;
pub mod teams;
pub mod two_leg_result;
pub mod wikitext;

use std::fmt;

use crate::model::{
    AwayGoals, Competition, CompetitionInfo, Match, MatchStatus, Round, Rules, Tie, Walkover,
    FORMAT_VERSION,
};
use article::{Article, RoundText};
use football_box::{BoxScore, FootballBox, TeamRef};
use sentence::Sentence;
use teams::Registry;

/// A finished import: the competition and every disagreement between the article's sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The competition file's content.
    pub competition: Competition,
    /// Disagreements the importer resolved, each with its line.
    pub warnings: Vec<Warning>,
}

/// A disagreement between the article's sources, resolved by the importer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The 1-based line of the wikitext it concerns.
    pub line: usize,
    /// What disagrees and which way it was resolved.
    pub message: String,
}

/// Why an article could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// The 1-based line of the wikitext at fault.
    pub line: usize,
    /// What is wrong there.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ImportError {}

/// The rules the article's "Format" section states: away goals after normal
/// time, no extra time, then penalties.
pub const RULES: Rules = Rules {
    away_goals: AwayGoals::NormalTime,
    extra_time: false,
    penalties: true,
    legs: 2,
};

/// A tie built from the article, with the sentence that settles it.
#[derive(Clone, Debug)]
struct Built {
    tie: Tie,
    /// The article's sentence; `None` for a bye.
    sentence: Option<Sentence>,
    /// The article's winner (team id), or the team of a bye.
    winner: String,
    /// The line of the tie's results line.
    line: usize,
}

/// Reads an article's wikitext; the competition and its warnings, or the first error with its line.
pub fn import(wikitext: &str) -> Result<Imported, ImportError> {
    let nodes = wikitext::parse(wikitext).map_err(|error| ImportError {
        line: error.line,
        message: error.message,
    })?;
    let mut warnings = Vec::new();
    let article = article::read(&nodes, &mut warnings)?;
    if article.rounds.is_empty() {
        return Err(ImportError {
            line: 1,
            message: "no round of ties: the article has no {{TwoLegStart}}".to_string(),
        });
    }
    let mut registry = Registry::default();
    for round in &article.rounds {
        for result in &round.results {
            registry.declare(&result.team1, &mut warnings)?;
            registry.declare(&result.team2, &mut warnings)?;
        }
    }
    let mut built = Vec::new();
    for round in &article.rounds {
        built.push(build_round(round, &registry, &mut warnings)?);
    }
    // Every tie is decided before the bracket's shape leans on the article's winners.
    let provisional = Competition {
        format: FORMAT_VERSION,
        competition: CompetitionInfo::default(),
        rules: RULES,
        teams: registry.teams().to_vec(),
        rounds: built
            .iter()
            .enumerate()
            .map(|(k, ties)| Round {
                id: format!("round-{k}"),
                name: String::new(),
                names: None,
                dates: None,
                dates_names: None,
                rules: None,
                ties: ties.iter().map(|b| b.tie.clone()).collect(),
            })
            .collect(),
    };
    checks::outcomes(&provisional, &built.iter().flatten().collect::<Vec<_>>())?;
    let ordered = order(&article, built, &registry, &mut warnings)?;
    let mut rounds = Vec::new();
    for (k, ties) in ordered.iter().enumerate() {
        rounds.push(round(&article, k, ties, &mut warnings)?);
    }
    let mut order_ids = Vec::new();
    for tie in rounds.iter().flat_map(|round| &round.ties) {
        for id in tie.bye.iter().chain(tie.teams.iter().flatten().flatten()) {
            if !order_ids.contains(id) {
                order_ids.push(id.clone());
            }
        }
    }
    let competition = Competition {
        format: FORMAT_VERSION,
        competition: competition_info(&article)?,
        rules: RULES,
        teams: registry.into_teams(&order_ids),
        rounds,
    };
    warnings.sort_by_key(|w| w.line);
    warnings.dedup();
    Ok(Imported {
        competition,
        warnings,
    })
}

/// One round: its name from the section heading (or the schedule), its dates from the schedule.
fn round(
    article: &Article,
    k: usize,
    ties: &[Built],
    warnings: &mut Vec<Warning>,
) -> Result<Round, ImportError> {
    let text = &article.rounds[k];
    let row = article.schedule.get(k);
    let name = match (&text.heading, row) {
        (Some((heading, line)), Some(row)) => {
            if *heading != row.name {
                warnings.push(Warning {
                    line: *line,
                    message: format!("section \"{heading}\" is the schedule's \"{}\"", row.name),
                });
            }
            heading.clone()
        }
        (Some((heading, _)), None) => heading.clone(),
        (None, Some(row)) => row.name.clone(),
        (None, None) => {
            return Err(ImportError {
                line: text.line,
                message: "cannot tell which round these results are".to_string(),
            })
        }
    };
    if let Some(bracket) = article.brackets.first() {
        if let Some(column) = bracket.round_names.get(k) {
            if *column != name {
                warnings.push(Warning {
                    line: bracket.line,
                    message: format!("the bracket's column \"{column}\" is round \"{name}\""),
                });
            }
        }
    }
    let dates = article
        .schedule
        .iter()
        .find(|row| row.name == name)
        .and_then(|row| {
            let dates = checks::date_range(&row.first_leg, &row.second_leg);
            if dates.is_none() {
                warnings.push(Warning {
                    line: row.line,
                    message: format!("unreadable schedule dates of \"{name}\""),
                });
            }
            dates
        });
    let id = fields::slug(&name);
    let id = id.strip_suffix("-round").unwrap_or(&id).to_string();
    Ok(Round {
        id,
        name,
        names: None,
        dates,
        dates_names: None,
        rules: None,
        ties: ties.iter().map(|built| built.tie.clone()).collect(),
    })
}

/// Name, stage and dates from the infobox.
fn competition_info(article: &Article) -> Result<CompetitionInfo, ImportError> {
    let infobox = article.infobox.as_ref().ok_or_else(|| ImportError {
        line: 1,
        message: "no {{Infobox international football competition}}".to_string(),
    })?;
    let title = infobox.named_text("tourney_name");
    let year = infobox.named_text("year");
    let (name, stage) = match title.strip_suffix(" qualifying rounds") {
        Some(name) => (name.to_string(), Some("Qualifying rounds".to_string())),
        None => (title.clone(), None),
    };
    let name = if year.is_empty() {
        name
    } else {
        format!("{year} {name}")
    };
    let dates = infobox.named("dates").and_then(|param| {
        let text = wikitext::templates(&param.value)
            .next()
            .map(|t| t.positional_text(1))
            .unwrap_or_else(|| param.text());
        Some(text).filter(|t| !t.is_empty())
    });
    Ok(CompetitionInfo {
        name,
        stage,
        dates,
        // "The 16 winners of the play-off round advanced to the group stage."
        next_stage: article.next_stage.clone(),
        ..CompetitionInfo::default()
    })
}

/// The ties of one round, in the order of its results lines.
fn build_round(
    round: &RoundText,
    registry: &Registry,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Built>, ImportError> {
    let mut sides = Vec::new();
    for b in &round.boxes {
        let home = registry.resolve(&b.home, warnings)?;
        let away = registry.resolve(&b.away, warnings)?;
        checks::box_id(b, [&home, &away], registry, warnings);
        sides.push([home, away]);
    }
    let mut used = vec![false; round.boxes.len()];
    let mut ties = Vec::new();
    for result in &round.results {
        let t1 = registry.resolve(&result.team1, warnings)?;
        let t2 = registry.resolve(&result.team2, warnings)?;
        let mut legs: Vec<usize> = (0..round.boxes.len())
            .filter(|&i| {
                let [h, a] = &sides[i];
                (*h == t1 && *a == t2) || (*h == t2 && *a == t1)
            })
            .collect();
        if legs.len() != 2 {
            return Err(ImportError {
                line: result.line,
                message: format!(
                    "{} v {}: {} Football boxes in this round, expected 2",
                    result.team1.name,
                    result.team2.name,
                    legs.len()
                ),
            });
        }
        legs.sort_by_key(|&i| (round.boxes[i].date.clone(), i));
        let (first, second) = (&round.boxes[legs[0]], &round.boxes[legs[1]]);
        if sides[legs[0]][0] == sides[legs[1]][0] {
            return Err(ImportError {
                line: second.line,
                message: format!("both legs of \"{}\" have the same host", first.id),
            });
        }
        for &i in &legs {
            used[i] = true;
        }
        let teams = sides[legs[0]].clone();
        checks::result_vs_boxes(result, &t1, &teams, [first, second], warnings);
        let said = round
            .sentences
            .iter()
            .find(|said| said.boxes.contains(&legs[0]) || said.boxes.contains(&legs[1]))
            .ok_or_else(|| ImportError {
                line: second.line,
                message: format!("no sentence after the tie of \"{}\"", first.id),
            })?;
        if said.boxes.len() != 2 {
            warnings.push(Warning {
                line: said.sentence.line,
                message: format!(
                    "the sentence follows {} match boxes, not 2",
                    said.boxes.len()
                ),
            });
        }
        let sentence = said.sentence.clone();
        let winner = registry.resolve(
            &TeamRef {
                name: sentence.winner.clone(),
                country: None,
                line: sentence.line,
            },
            warnings,
        )?;
        if !teams.contains(&winner) {
            return Err(ImportError {
                line: sentence.line,
                message: format!("\"{}\" did not play this tie", sentence.winner),
            });
        }
        checks::result_vs_sentence(result, &t1, &winner, &sentence, warnings);
        let mut walkover_note = None;
        let walkover = match sentence.how {
            sentence::How::Walkover => {
                let note = result
                    .aggregate
                    .refns
                    .iter()
                    .find_map(|refn| refn.name.as_deref().and_then(notes::note));
                if note.is_none() {
                    warnings.push(Warning {
                        line: result.line,
                        message: "a walkover with no footnote of ours giving its reason"
                            .to_string(),
                    });
                }
                walkover_note = note.map(|n| n.text);
                Some(Walkover {
                    winner: winner.clone(),
                    reason: note.and_then(|n| n.walkover_reason).map(str::to_string),
                })
            }
            sentence::How::Aggregate | sentence::How::AwayGoals | sentence::How::Penalties(_) => {
                None
            }
        };
        let mut matches = Vec::new();
        for &i in &legs {
            let mut m = build_match(&round.boxes[i], &sides[i], warnings);
            if m.status == MatchStatus::Cancelled {
                if let Some(text) = walkover_note {
                    if !m.notes.iter().any(|n| n == text) {
                        m.notes.push(text.to_string());
                    }
                }
            }
            matches.push(m);
        }
        ties.push(Built {
            tie: Tie {
                id: format!("{}-v-{}", teams[0], teams[1]),
                teams: Some(teams.map(Some)),
                walkover,
                legs: matches,
                ..Tie::default()
            },
            sentence: Some(sentence),
            winner,
            line: result.line,
        });
    }
    if let Some(i) = used.iter().position(|u| !u) {
        return Err(ImportError {
            line: round.boxes[i].line,
            message: format!(
                "Football box \"{}\" belongs to no tie of its round's results lines",
                round.boxes[i].id
            ),
        });
    }
    Ok(ties)
}

/// A match from its box.
fn build_match(b: &FootballBox, sides: &[String; 2], warnings: &mut Vec<Warning>) -> Match {
    let (status, score) = match b.score {
        BoxScore::Played(score) => (MatchStatus::Played, Some(score)),
        BoxScore::Cancelled => (MatchStatus::Cancelled, None),
    };
    let mut penalties = b.penalties;
    if penalties.is_some() && score.is_none() {
        warnings.push(Warning {
            line: b.line,
            message: format!("\"{}\": a shoot-out on a match not played, left out", b.id),
        });
        penalties = None;
    }
    checks::goals(b, score, warnings);
    let shootout = checks::kicks(b, penalties, warnings);
    let mut match_notes: Vec<String> = Vec::new();
    for refn in &b.refns {
        let Some(name) = &refn.name else {
            warnings.push(Warning {
                line: refn.line,
                message: "a footnote without a name=, so no note of ours for it".to_string(),
            });
            continue;
        };
        match notes::note(name) {
            Some(note) => {
                if !match_notes.iter().any(|n| n == note.text) {
                    match_notes.push(note.text.to_string());
                }
            }
            None => warnings.push(Warning {
                line: refn.line,
                message: format!("no note of ours for the footnote \"{name}\"; left out"),
            }),
        }
    }
    let (kickoff, utc_offset) = match &b.time {
        Some((kickoff, offset)) => (Some(kickoff.clone()), Some(offset.clone())),
        None => (None, None),
    };
    Match {
        id: b.id.clone(),
        home: Some(sides[0].clone()),
        away: Some(sides[1].clone()),
        status,
        score,
        extra_time_score: None,
        penalties,
        date: b.date.clone(),
        kickoff,
        utc_offset,
        venue: b.venue.clone(),
        city: b.city.clone(),
        attendance: b.attendance,
        referee: b.referee.clone(),
        goals: b.goals.clone(),
        shootout,
        report: b.report.clone(),
        notes: match_notes,
    }
}

/// The rounds' ties in bracket order: the brackets give the first two
/// rounds; each later round follows the order of the ties its teams won.
fn order(
    article: &Article,
    built: Vec<Vec<Built>>,
    registry: &Registry,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Vec<Built>>, ImportError> {
    let mut pools: Vec<Vec<Option<Built>>> = built
        .into_iter()
        .map(|ties| ties.into_iter().map(Some).collect())
        .collect();
    let mut ordered: Vec<Vec<Built>> = vec![Vec::new(); pools.len()];
    let bracketed = !article.brackets.is_empty() && pools.len() >= 2;
    if bracketed {
        for bracket in &article.brackets {
            let (entries, second) = checks::place_bracket(bracket, &mut pools, registry, warnings)?;
            ordered[0].extend(entries);
            ordered[1].push(second);
        }
        for k in 0..2 {
            leftovers(&mut pools[k], &mut ordered[k], warnings);
        }
    } else if let (Some(pool), Some(first)) = (pools.first_mut(), ordered.first_mut()) {
        first.extend(pool.iter_mut().filter_map(Option::take));
    }
    let later = if bracketed { 2 } else { 1 };
    let joined = article.joined_from.clone();
    for k in later..ordered.len() {
        let winners: Vec<(String, String, usize)> = ordered[k - 1]
            .iter()
            .map(|b| (b.winner.clone(), b.tie.id.clone(), b.line))
            .collect();
        for (winner, from, line) in winners {
            let pool = &mut pools[k];
            let found = pool.iter().position(|b| {
                b.as_ref()
                    .and_then(|b| b.tie.known_teams())
                    .is_some_and(|teams| teams.contains(&winner.as_str()))
            });
            let Some(index) = found else {
                warnings.push(Warning {
                    line,
                    message: format!("{winner}, winner of {from}, plays no tie of the next round"),
                });
                continue;
            };
            if let Some(mut tie) = pool[index].take() {
                link(&mut tie.tie, &winner, &from);
                ordered[k].push(tie);
            } else if let Some(tie) = ordered[k].iter_mut().find(|b| {
                b.tie
                    .known_teams()
                    .is_some_and(|teams| teams.contains(&winner.as_str()))
            }) {
                link(&mut tie.tie, &winner, &from);
            }
        }
        leftovers(&mut pools[k], &mut ordered[k], warnings);
        for tie in ordered[k].iter_mut() {
            let from = tie.tie.from.clone().unwrap_or_default();
            if from.iter().any(Option::is_none) {
                tie.tie.entered = Some([0, 1].map(|i| match from[i] {
                    None => joined.clone(),
                    Some(_) => None,
                }));
            }
        }
    }
    Ok(ordered)
}

/// Records that `team` of `tie` is the winner of `from`.
fn link(tie: &mut Tie, team: &str, from: &str) {
    let Some(teams) = &tie.teams else { return };
    let mut links = tie.from.clone().unwrap_or_default();
    for (i, id) in teams.iter().enumerate() {
        if id.as_deref() == Some(team) {
            links[i] = Some(from.to_string());
        }
    }
    tie.from = Some(links);
}

/// Ties no bracket placed, appended with a warning.
fn leftovers(pool: &mut [Option<Built>], ordered: &mut Vec<Built>, warnings: &mut Vec<Warning>) {
    for tie in pool.iter_mut().filter_map(Option::take) {
        warnings.push(Warning {
            line: tie.line,
            message: format!("the tie {} is in no bracket; put last", tie.tie.id),
        });
        ordered.push(tie);
    }
}
