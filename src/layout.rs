//! Where each tie sits in the bracket's grid: a column per round, rows in
//! "leaf" units so that a tie spans exactly the rows of the ties that feed it.
//!
//! Pure: computed once from the competition's `from` links, tested natively.

use std::collections::HashMap;

use cup_bracket_core::model::Competition;

/// A tie's cell: its column (the round) and the rows it spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The round's index.
    pub column: usize,
    /// The first row (0-based) of the tie's cell.
    pub row: usize,
    /// How many rows the cell spans (at least 1).
    pub span: usize,
}

/// Every tie's placement, flat in file order, and the number of rows in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// One placement per tie, rounds in order, ties in order.
    pub placements: Vec<Placement>,
    /// The rows of the whole grid.
    pub rows: usize,
}

/// Lays out the competition: a tie spans the rows of its feeders; one without
/// feeders takes the next free row of its column.
pub fn layout(competition: &Competition) -> Layout {
    let mut placements: Vec<Placement> = Vec::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    let mut rows = 0;
    for (column, round) in competition.rounds.iter().enumerate() {
        // The first row still free in this column, so ties never overlap.
        let mut free = 0;
        for tie in &round.ties {
            let feeders = tie
                .from
                .iter()
                .flatten()
                .flatten()
                .filter_map(|id| by_id.get(id.as_str()))
                .filter_map(|&index| placements.get(index));
            let span_of_feeders = feeders.fold(None, |acc: Option<(usize, usize)>, feeder| {
                let end = feeder.row + feeder.span;
                Some(match acc {
                    Some((start, stop)) => (start.min(feeder.row), stop.max(end)),
                    None => (feeder.row, end),
                })
            });
            let (start, end) = match span_of_feeders {
                Some((start, end)) if start >= free => (start, end),
                Some((start, end)) => (free, free + (end - start)),
                None => (free, free + 1),
            };
            free = end;
            rows = rows.max(end);
            by_id.insert(tie.id.as_str(), placements.len());
            placements.push(Placement {
                column,
                row: start,
                span: end - start,
            });
        }
    }
    Layout { placements, rows }
}
