//! A tie's outcome under its rules: aggregate, away goals, extra time,
//! penalties, walkover, bye, or a leg still to play.
//!
//! Pure and total: every input, valid or not, gets an outcome and never a panic.

use crate::model::{Rules, Tie};

/// One of a tie's two teams, by its place in `Tie::teams`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// `teams[0]`, the first leg's host.
    First,
    /// `teams[1]`.
    Second,
}

/// What settled a tie, as the outcome lines spell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DecidedBy {
    /// More goals over the legs.
    Aggregate,
    /// Level aggregate, more goals away.
    AwayGoals,
    /// Goals in extra time of the deciding leg.
    ExtraTime,
    /// The shoot-out.
    Penalties,
    /// Awarded by the organiser.
    Walkover,
    /// No opponent this round.
    Bye,
    /// A leg still to play, or nothing recorded breaks the tie.
    Undecided,
}

/// A tie's outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Who went through; `None` while undecided.
    pub winner: Option<Slot>,
    /// What settled it.
    pub decided_by: DecidedBy,
    /// Goals of `teams[0]` and `teams[1]` over the counted legs, extra time
    /// included; `None` for a bye.
    pub aggregate: Option<[u32; 2]>,
    /// Goals each team scored away from home (as far as the rules count them).
    pub away_goals: Option<[u32; 2]>,
    /// The deciding shoot-out as `[teams[0], teams[1]]`, when there was one.
    pub penalties: Option<[u8; 2]>,
    /// While undecided: who leads on the running aggregate, if anyone.
    pub leader: Option<Slot>,
}

/// Decides a tie under the rules in force for it.
pub fn decide(tie: &Tie, rules: &Rules) -> Outcome {
    let _ = (tie, rules);
    Outcome {
        winner: None,
        decided_by: DecidedBy::Undecided,
        aggregate: None,
        away_goals: None,
        penalties: None,
        leader: None,
    }
}
