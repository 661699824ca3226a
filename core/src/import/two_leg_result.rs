//! `{{TwoLegResult|team1|XXX|aggregate|team2|YYY|leg1|leg2}}`: one tie on one line.

use super::fields;
use super::football_box::{collect_refns, team_ref, Refn, TeamRef};
use super::wikitext::{self, Template};
use super::ImportError;

/// The aggregate cell: a score with `(a)` or `{{pso|x–y}}`, or `{{w/o}}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Aggregate {
    /// `[team1, team2]` goals over both legs; `None` for a walkover.
    pub score: Option<[u8; 2]>,
    /// Marked `(a)`: decided on away goals.
    pub away_goals: bool,
    /// `{{pso|x–y}}`: the shoot-out as `[team1, team2]`.
    pub penalties: Option<[u8; 2]>,
    /// `{{w/o}}`: a walkover.
    pub walkover: bool,
    /// Footnotes in the cell (the walkover's reason).
    pub refns: Vec<Refn>,
}

/// One `{{TwoLegResult}}` line, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TwoLegResult {
    /// 1-based line.
    pub line: usize,
    /// The first-leg host, as the line has it.
    pub team1: TeamRef,
    /// The other team.
    pub team2: TeamRef,
    /// The aggregate cell.
    pub aggregate: Aggregate,
    /// Each leg's score as `[team1, team2]`; `None` when not given.
    pub legs: [Option<[u8; 2]>; 2],
}

/// Reads a `{{TwoLegResult}}`.
pub fn read(template: &Template) -> Result<TwoLegResult, ImportError> {
    let line = template.line;
    let side = |name: usize, flag: usize| -> Option<TeamRef> {
        let param = template.positional(name)?;
        let mut team = team_ref(&param.value, param.value_line())?;
        team.country = Some(template.positional_text(flag)).filter(|c| !c.is_empty());
        Some(team)
    };
    let missing = |what: &str| ImportError {
        line,
        message: format!("TwoLegResult without {what}"),
    };
    let team1 = side(1, 2).ok_or_else(|| missing("a first team"))?;
    let team2 = side(4, 5).ok_or_else(|| missing("a second team"))?;
    let cell = template
        .positional(3)
        .ok_or_else(|| missing("an aggregate"))?;
    let mut aggregate = Aggregate::default();
    let text = cell.text();
    let (score_text, away) = match text.strip_suffix("(a)") {
        Some(score) => (score.trim(), true),
        None => (text.as_str(), false),
    };
    aggregate.away_goals = away;
    aggregate.score = fields::score(score_text);
    for inner in wikitext::templates(&cell.value) {
        if inner.is("pso") {
            aggregate.penalties = fields::score(&inner.positional_text(1));
            if aggregate.penalties.is_none() {
                return Err(ImportError {
                    line: inner.line,
                    message: format!(
                        "unreadable shoot-out score \"{}\"",
                        inner.positional_text(1)
                    ),
                });
            }
        } else if inner.is("w/o") {
            aggregate.walkover = true;
        }
    }
    collect_refns(&cell.value, &mut aggregate.refns);
    if aggregate.score.is_none() && !aggregate.walkover {
        return Err(ImportError {
            line: cell.line,
            message: format!("TwoLegResult: unreadable aggregate \"{text}\""),
        });
    }
    let leg = |n: usize| -> Result<Option<[u8; 2]>, ImportError> {
        let text = template.positional_text(n);
        if text.is_empty() {
            return Ok(None);
        }
        fields::score(&text).map(Some).ok_or_else(|| ImportError {
            line,
            message: format!("TwoLegResult: unreadable leg score \"{text}\""),
        })
    };
    Ok(TwoLegResult {
        line,
        team1,
        team2,
        aggregate,
        legs: [leg(6)?, leg(7)?],
    })
}
