//! `{{4TeamBracket-2legs}}`: one four-team bracket of the draw (two
//! preliminary entries feeding one first-round tie).

use super::fields;
use super::football_box::{team_ref, TeamRef};
use super::wikitext::{self, Template};
use super::ImportError;

/// One score cell: a number, "Bye", a dash, or a template.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// The goals written, if a number.
    pub goals: Option<u8>,
    /// "Bye".
    pub bye: bool,
    /// Marked "(a)": went through on away goals.
    pub away_goals: bool,
    /// `{{pso|n}}`: kicks scored in the shoot-out.
    pub penalties: Option<u8>,
    /// `{{w/o}}`: went through on walkover.
    pub walkover: bool,
    /// 1-based line.
    pub line: usize,
}

/// A team's row: the team (or nothing), its two legs and its aggregate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// The team, when the row names one.
    pub team: Option<TeamRef>,
    /// Goals in the first and the second leg.
    pub legs: [Cell; 2],
    /// The aggregate cell.
    pub aggregate: Cell,
}

/// One bracket, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bracket {
    /// 1-based line of the template.
    pub line: usize,
    /// The two columns' names ("Preliminary round", "First round").
    pub round_names: [String; 2],
    /// The four rows of the first column: entries 1–2 and 3–4.
    pub first: [Row; 4],
    /// The two rows of the second column.
    pub second: [Row; 2],
}

/// Reads a `{{4TeamBracket-2legs}}`.
pub fn read(template: &Template) -> Result<Bracket, ImportError> {
    let row = |round: u8, n: u8| -> Result<Row, ImportError> {
        let team = template
            .named(&format!("RD{round}-team{n}"))
            .and_then(|param| team_ref(&param.value, param.value_line()));
        let cell = |suffix: &str| cell(template, &format!("RD{round}-score{n}-{suffix}"));
        Ok(Row {
            team,
            legs: [cell("1")?, cell("2")?],
            aggregate: cell("A")?,
        })
    };
    Ok(Bracket {
        line: template.line,
        round_names: [template.named_text("RD1"), template.named_text("RD2")],
        first: [row(1, 1)?, row(1, 2)?, row(1, 3)?, row(1, 4)?],
        second: [row(2, 1)?, row(2, 2)?],
    })
}

fn cell(template: &Template, key: &str) -> Result<Cell, ImportError> {
    let Some(param) = template.named(key) else {
        return Ok(Cell {
            line: template.line,
            ..Cell::default()
        });
    };
    let mut cell = Cell {
        line: param.line,
        ..Cell::default()
    };
    let text = param.text();
    let (number, away) = match text.strip_suffix("(a)") {
        Some(rest) => (rest.trim(), true),
        None => (text.as_str(), false),
    };
    cell.away_goals = away;
    match number {
        "" | "—" | "–" | "-" => {}
        "Bye" | "bye" => cell.bye = true,
        _ => {
            cell.goals = Some(fields::number(number).ok_or_else(|| ImportError {
                line: param.line,
                message: format!("{key}: unreadable score \"{text}\""),
            })?);
        }
    }
    for inner in wikitext::templates(&param.value) {
        if inner.is("pso") {
            cell.penalties = fields::number(&inner.positional_text(1));
        } else if inner.is("w/o") {
            cell.walkover = true;
        }
    }
    Ok(cell)
}
