//! The article's top level, walked once: infobox, schedule table, brackets,
//! and per round its results lines, match boxes and sentences.

use super::bracket::{self, Bracket};
use super::football_box::{self, FootballBox};
use super::sentence::{self, Sentence};
use super::two_leg_result::{self, TwoLegResult};
use super::wikitext::{self, Node, Template};
use super::{ImportError, Warning};

/// One row of the schedule table: a round and its legs' dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScheduleRow {
    /// "Preliminary round".
    pub name: String,
    /// "10–12 February 2017".
    pub first_leg: String,
    /// "17–19 February 2017".
    pub second_leg: String,
    /// 1-based line of the round's name.
    pub line: usize,
}

/// A tie's sentence and the boxes written since the previous sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// The sentence.
    pub sentence: Sentence,
    /// Indices into the round's boxes.
    pub boxes: Vec<usize>,
}

/// One round's part of the article, from its `{{TwoLegStart}}` on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundText {
    /// 1-based line of `{{TwoLegStart}}`.
    pub line: usize,
    /// The section heading before it, if one names a round of the schedule.
    pub heading: Option<(String, usize)>,
    /// The results lines.
    pub results: Vec<TwoLegResult>,
    /// The match boxes.
    pub boxes: Vec<FootballBox>,
    /// The sentences.
    pub sentences: Vec<Said>,
}

/// Everything the importer reads from the article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The infobox template.
    pub infobox: Option<Template>,
    /// The schedule table's rows.
    pub schedule: Vec<ScheduleRow>,
    /// The four-team brackets, in order.
    pub brackets: Vec<Bracket>,
    /// The rounds' sections, in order.
    pub rounds: Vec<RoundText>,
    /// Where teams joining from elsewhere came from ("Champions League first round").
    pub joined_from: Option<String>,
    /// Where the last round's winners go ("Group stage"), from the last "advanced to the …".
    pub next_stage: Option<String>,
}

/// Walks the parsed article.
pub fn read(nodes: &[Node], warnings: &mut Vec<Warning>) -> Result<Article, ImportError> {
    let mut article = Article::default();
    let lines = wikitext::lines(nodes, 1);
    let mut section = String::new();
    let mut schedule_lines: Vec<(String, usize)> = Vec::new();
    let mut heading: Option<(String, usize)> = None;
    let mut unsaid: Vec<usize> = Vec::new();
    for line in &lines {
        let text = wikitext::plain(&line.nodes).trim().to_string();
        let has_templates = wikitext::templates(&line.nodes).next().is_some();
        if !has_templates && !text.is_empty() {
            if text == "Schedule" || text == "Bracket" {
                section = text.clone();
            } else if section == "Schedule" {
                schedule_lines.push((text.clone(), line.line));
            }
            if let Some(rest) = text.split_once("losers of the ").map(|(_, r)| r) {
                if let Some((from, _)) = rest.split_once('.') {
                    article
                        .joined_from
                        .get_or_insert_with(|| from.trim().to_string());
                }
            }
            if let Some(rest) = text.split_once(" advanced to the ").map(|(_, r)| r) {
                let stage = rest.split([',', '.']).next().unwrap_or(rest).trim();
                let mut chars = stage.chars();
                article.next_stage = chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect());
            }
            if sentence::is_sentence(&text) {
                let Some(round) = article.rounds.last_mut() else {
                    continue;
                };
                let Some(sentence) = sentence::read(&text, line.line) else {
                    return Err(ImportError {
                        line: line.line,
                        message: format!("cannot read the tie's sentence \"{text}\""),
                    });
                };
                round.sentences.push(Said {
                    sentence,
                    boxes: std::mem::take(&mut unsaid),
                });
            } else if section != "Schedule"
                && schedule(&schedule_lines).iter().any(|row| row.name == text)
            {
                heading = Some((text, line.line));
            }
            continue;
        }
        for template in wikitext::templates(&line.nodes) {
            if template.is("Infobox international football competition") {
                article.infobox = Some(template.clone());
            } else if template.is("4TeamBracket-2legs") {
                article.brackets.push(bracket::read(template)?);
            } else if template.is("TwoLegStart") {
                if !unsaid.is_empty() {
                    warnings.push(Warning {
                        line: template.line,
                        message: "match boxes with no sentence after them".to_string(),
                    });
                    unsaid.clear();
                }
                article.rounds.push(RoundText {
                    line: template.line,
                    heading: heading.take(),
                    results: Vec::new(),
                    boxes: Vec::new(),
                    sentences: Vec::new(),
                });
            } else if template.is("TwoLegResult") || template.is("Football box") {
                let Some(round) = article.rounds.last_mut() else {
                    return Err(ImportError {
                        line: template.line,
                        message: format!(
                            "{{{{{}}}}} before any {{{{TwoLegStart}}}}",
                            template.name
                        ),
                    });
                };
                if template.is("TwoLegResult") {
                    round.results.push(two_leg_result::read(template)?);
                } else {
                    unsaid.push(round.boxes.len());
                    round.boxes.push(football_box::read(template, warnings)?);
                }
            }
        }
    }
    article.schedule = schedule(&schedule_lines);
    Ok(article)
}

/// The schedule table's rows: a name line followed by two "|dates" lines.
fn schedule(lines: &[(String, usize)]) -> Vec<ScheduleRow> {
    let mut rows = Vec::new();
    for (i, (name, line)) in lines.iter().enumerate() {
        if name.starts_with(['|', '!']) || name.contains('=') {
            continue;
        }
        let (Some((first, _)), Some((second, _))) = (lines.get(i + 1), lines.get(i + 2)) else {
            continue;
        };
        let (Some(first), Some(second)) = (first.strip_prefix('|'), second.strip_prefix('|'))
        else {
            continue;
        };
        rows.push(ScheduleRow {
            name: name.clone(),
            first_leg: first.trim().to_string(),
            second_leg: second.trim().to_string(),
            line: *line,
        });
    }
    rows
}
