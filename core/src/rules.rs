//! A tie's outcome under its rules: aggregate, away goals, extra time,
//! penalties, walkover, bye, or a leg still to play (or a team not known yet).
//!
//! Pure and total: every input, valid or not, gets an outcome and never a panic.
//! The steps run in the order football applies them: the aggregate after
//! normal time, away goals, extra time (and, under UEFA's pre-2021 rule, away
//! goals scored in it), then the shoot-out. What a step does not settle stays
//! undecided; nothing is ever guessed.

use serde::Serialize;

use crate::model::{AwayGoals, Rules, Score, Tie, TieKind};

/// One of a tie's two teams, by its place in `Tie::teams`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Slot {
    /// `teams[0]`, the first leg's host.
    First,
    /// `teams[1]`.
    Second,
}

impl Slot {
    /// The index of this slot in `Tie::teams` and in `[u32; 2]` pairs.
    pub fn index(self) -> usize {
        match self {
            Slot::First => 0,
            Slot::Second => 1,
        }
    }

    /// The other team of the tie.
    pub fn other(self) -> Slot {
        match self {
            Slot::First => Slot::Second,
            Slot::Second => Slot::First,
        }
    }

    /// This slot's element of a pair.
    pub fn of<T: Copy>(self, pair: [T; 2]) -> T {
        match self {
            Slot::First => pair[0],
            Slot::Second => pair[1],
        }
    }

    /// The slot of `team` among the tie's `teams`, if it is one of them (a
    /// `None` place holds no team).
    pub fn find(teams: &[Option<String>; 2], team: &str) -> Option<Slot> {
        if teams[0].as_deref() == Some(team) {
            Some(Slot::First)
        } else if teams[1].as_deref() == Some(team) {
            Some(Slot::Second)
        } else {
            None
        }
    }
}

/// What settled a tie, as the outcome lines spell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
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

impl DecidedBy {
    /// The spelling of the outcome lines: "aggregate", "away_goals", …
    pub fn as_str(self) -> &'static str {
        match self {
            DecidedBy::Aggregate => "aggregate",
            DecidedBy::AwayGoals => "away_goals",
            DecidedBy::ExtraTime => "extra_time",
            DecidedBy::Penalties => "penalties",
            DecidedBy::Walkover => "walkover",
            DecidedBy::Bye => "bye",
            DecidedBy::Undecided => "undecided",
        }
    }
}

impl std::fmt::Display for DecidedBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A tie's outcome.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// Who went through; `None` while undecided.
    pub winner: Option<Slot>,
    /// What settled it.
    pub decided_by: DecidedBy,
    /// Goals of `teams[0]` and `teams[1]` over the counted legs, extra time
    /// included; `None` for a bye.
    pub aggregate: Option<[u32; 2]>,
    /// Goals each team scored away from home (as far as the rules count them);
    /// `None` when away goals do not apply (rule off, one leg, bye).
    pub away_goals: Option<[u32; 2]>,
    /// The deciding leg's shoot-out as `[teams[0], teams[1]]`, when one is recorded.
    pub penalties: Option<[u8; 2]>,
    /// While undecided: who leads on the running aggregate, if anyone.
    pub leader: Option<Slot>,
    /// Whether extra time was played and counted on the deciding leg.
    pub extra_time: bool,
    /// How many legs the rules call for (1 or 2).
    pub legs: u8,
    /// How many legs count towards the aggregate (played or awarded, with a score).
    pub counted_legs: u8,
}

impl Outcome {
    /// The team that went out: the winner's opponent; `None` for a bye or while undecided.
    pub fn loser(&self) -> Option<Slot> {
        match self.decided_by {
            DecidedBy::Bye | DecidedBy::Undecided => None,
            DecidedBy::Aggregate
            | DecidedBy::AwayGoals
            | DecidedBy::ExtraTime
            | DecidedBy::Penalties
            | DecidedBy::Walkover => self.winner.map(Slot::other),
        }
    }

    /// Whether the tie has a winner.
    pub fn is_decided(&self) -> bool {
        self.winner.is_some()
    }

    /// An outcome with nothing counted: undecided, for a tie of `legs` legs.
    fn nothing_counted(legs: u8) -> Outcome {
        Outcome {
            winner: None,
            decided_by: DecidedBy::Undecided,
            aggregate: None,
            away_goals: None,
            penalties: None,
            leader: None,
            extra_time: false,
            legs,
            counted_legs: 0,
        }
    }

    fn bye(legs: u8) -> Outcome {
        Outcome {
            winner: Some(Slot::First),
            decided_by: DecidedBy::Bye,
            ..Outcome::nothing_counted(legs)
        }
    }
}

/// The larger of a pair, or `None` when level.
fn ahead(pair: [u32; 2]) -> Option<Slot> {
    match pair[0].cmp(&pair[1]) {
        std::cmp::Ordering::Greater => Some(Slot::First),
        std::cmp::Ordering::Less => Some(Slot::Second),
        std::cmp::Ordering::Equal => None,
    }
}

/// Goals added up over the counted legs, each pair as `[teams[0], teams[1]]`.
#[derive(Default)]
struct Tally {
    /// After normal time of every leg.
    normal: [u32; 2],
    /// With extra time of the deciding leg.
    full: [u32; 2],
    /// Away goals in normal time.
    away_normal: [u32; 2],
    /// Away goals with those of extra time.
    away_full: [u32; 2],
    /// Legs that count.
    counted: u8,
    /// A leg that does not (yet) count: scheduled, cancelled, or malformed.
    pending: bool,
    /// Extra time counted on the deciding leg.
    extra_time: bool,
    /// The deciding leg's shoot-out, in team order.
    penalties: Option<[u8; 2]>,
}

fn add(pair: &mut [u32; 2], slot: Slot, goals: u8) {
    match slot {
        // Saturating: a file of millions of legs must not panic in a debug build.
        Slot::First => pair[0] = pair[0].saturating_add(u32::from(goals)),
        Slot::Second => pair[1] = pair[1].saturating_add(u32::from(goals)),
    }
}

/// In team order, a `[home, away]` pair of the match whose host is `home`.
fn in_team_order(home: Slot, score: Score) -> [u8; 2] {
    match home {
        Slot::First => score,
        Slot::Second => [score[1], score[0]],
    }
}

fn tally(tie: &Tie, teams: &[Option<String>; 2], rules: &Rules, deciding: usize) -> Tally {
    let mut tally = Tally::default();
    for (index, leg) in tie.legs.iter().enumerate() {
        let home = leg.home.as_deref().and_then(|home| Slot::find(teams, home));
        let away = leg.away.as_deref().and_then(|away| Slot::find(teams, away));
        let (Some(home), Some(away)) = (home, away) else {
            tally.pending = true;
            continue;
        };
        if home == away || !leg.status.counts() {
            tally.pending = true;
            continue;
        }
        let Some(score) = leg.score else {
            tally.pending = true;
            continue;
        };
        let is_deciding = index == deciding;
        // Extra time only follows the deciding leg, and only where the rules have it.
        let extra = leg
            .extra_time_score
            .filter(|_| is_deciding && rules.extra_time);
        let full = extra.unwrap_or(score);
        add(&mut tally.normal, home, score[0]);
        add(&mut tally.normal, away, score[1]);
        add(&mut tally.full, home, full[0]);
        add(&mut tally.full, away, full[1]);
        add(&mut tally.away_normal, away, score[1]);
        add(&mut tally.away_full, away, full[1]);
        tally.extra_time |= extra.is_some();
        tally.counted = tally.counted.saturating_add(1);
        if is_deciding && rules.penalties {
            tally.penalties = leg.penalties.map(|kicks| in_team_order(home, kicks));
        }
    }
    tally
}

/// Decides a tie under the rules in force for it.
pub fn decide(tie: &Tie, rules: &Rules) -> Outcome {
    let legs = rules.legs.clamp(1, 2);
    let teams = match tie.kind() {
        Some(TieKind::Bye(_)) => return Outcome::bye(legs),
        Some(TieKind::Contest(teams)) => teams,
        None => {
            // Neither or both shapes: the validator refuses it; nothing to decide.
            return Outcome::nothing_counted(legs);
        }
    };
    let deciding = usize::from(legs) - 1;
    let tally = tally(tie, teams, rules, deciding);
    let away_rule = if legs == 2 {
        rules.away_goals
    } else {
        // A single match has no away side.
        AwayGoals::Off
    };
    let away_goals = match away_rule {
        AwayGoals::Off => None,
        AwayGoals::NormalTime => Some(tally.away_normal),
        AwayGoals::IncludingExtraTime if tally.extra_time => Some(tally.away_full),
        AwayGoals::IncludingExtraTime => Some(tally.away_normal),
    };
    let mut outcome = Outcome {
        winner: None,
        decided_by: DecidedBy::Undecided,
        aggregate: Some(tally.full),
        away_goals,
        penalties: tally.penalties,
        leader: None,
        extra_time: tally.extra_time,
        legs,
        counted_legs: tally.counted,
    };
    let settled = |winner: Slot, by: DecidedBy, outcome: Outcome| Outcome {
        winner: Some(winner),
        decided_by: by,
        ..outcome
    };

    // A place not known yet: nothing is decided, whatever else the tie says.
    if teams.iter().any(Option::is_none) {
        outcome.leader = ahead(tally.full);
        return outcome;
    }
    // A walkover stands whatever the legs say.
    if let Some(walkover) = &tie.walkover {
        return match Slot::find(teams, &walkover.winner) {
            Some(winner) => settled(winner, DecidedBy::Walkover, outcome),
            None => outcome,
        };
    }
    if tally.pending || usize::from(tally.counted) < usize::from(legs) {
        outcome.leader = ahead(tally.full);
        return outcome;
    }
    if let Some(winner) = ahead(tally.normal) {
        return settled(winner, DecidedBy::Aggregate, outcome);
    }
    let away_after_normal = match away_rule {
        AwayGoals::Off => None,
        AwayGoals::NormalTime | AwayGoals::IncludingExtraTime => ahead(tally.away_normal),
    };
    if let Some(winner) = away_after_normal {
        return settled(winner, DecidedBy::AwayGoals, outcome);
    }
    if tally.extra_time {
        if let Some(winner) = ahead(tally.full) {
            return settled(winner, DecidedBy::ExtraTime, outcome);
        }
        // Level after extra time: only UEFA's old rule counts away goals scored in it.
        let away_after_extra = match away_rule {
            AwayGoals::Off | AwayGoals::NormalTime => None,
            AwayGoals::IncludingExtraTime => ahead(tally.away_full),
        };
        if let Some(winner) = away_after_extra {
            return settled(winner, DecidedBy::AwayGoals, outcome);
        }
    }
    if let Some(winner) = tally
        .penalties
        .and_then(|kicks| ahead(kicks.map(u32::from)))
    {
        return settled(winner, DecidedBy::Penalties, outcome);
    }
    outcome
}
