//! Where each tie sits in the bracket's grid: a column per round, rows in
//! "leaf" units so that a tie spans exactly the rows of the ties that feed it.
//!
//! Pure: computed once from the competition's `from` links, tested natively.

use cup_bracket_core::ids::Ids;
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
    // Tie ids numbered in file order; `index` holds each one's placement.
    let mut by_id = Ids::new();
    let mut index: Vec<usize> = Vec::new();
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
                .filter_map(|id| by_id.get(id))
                .filter_map(|number| index.get(number))
                .filter_map(|&at| placements.get(at));
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
            match by_id.insert(&tie.id) {
                Ok(_) => index.push(placements.len()),
                Err(number) => {
                    if let Some(at) = index.get_mut(number) {
                        *at = placements.len();
                    }
                }
            }
            placements.push(Placement {
                column,
                row: start,
                span: end - start,
            });
        }
    }
    Layout { placements, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::compiled_in;

    #[test]
    fn a_tie_spans_the_rows_of_the_ties_that_feed_it() {
        let competition = compiled_in();
        let Layout { placements, rows } = layout(&competition);
        // 32 preliminary entries (20 ties, 12 byes) make 32 rows.
        assert_eq!(rows, 32);
        let flat_of = |id: &str| {
            competition
                .rounds
                .iter()
                .flat_map(|round| &round.ties)
                .position(|tie| tie.id == id)
                .expect("the tie is in the data")
        };
        let kaloum_bye = placements[flat_of("as-kaloum-bye")];
        let niamey = placements[flat_of("as-douanes-niamey-v-ir-tanger")];
        let first_round = placements[flat_of("as-kaloum-v-ir-tanger")];
        assert_eq!(
            (kaloum_bye.column, niamey.column, first_round.column),
            (0, 0, 1)
        );
        assert_eq!(first_round.row, kaloum_bye.row.min(niamey.row));
        assert_eq!(first_round.span, 2);
        let play_off = placements[flat_of("horoya-v-ir-tanger")];
        assert_eq!(
            (play_off.column, play_off.row, play_off.span),
            (2, first_round.row, 2)
        );
    }

    #[test]
    fn ties_without_feeders_take_the_next_free_row_and_never_overlap() {
        let mut competition = compiled_in();
        for round in &mut competition.rounds {
            for tie in &mut round.ties {
                tie.from = None;
            }
        }
        let Layout { placements, .. } = layout(&competition);
        for pair in placements.windows(2) {
            if pair[0].column == pair[1].column {
                assert!(pair[1].row >= pair[0].row + pair[0].span);
            }
        }
    }
}
