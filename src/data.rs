//! The competition compiled into the bundle: the data file, validated and
//! minified by build.rs, read at start-up by the core crate's small JSON
//! reader (the same that reads a host's `data`). Measured against the other
//! ways (see README, "Performance"): `JSON.parse` + serde-wasm-bindgen cost
//! about 100 KB more code; the minified JSON compresses to 15 KB, 13 KB
//! without the ids and hosts that follow from the teams.

use cup_bracket_core::model::Competition;
use cup_bracket_core::read::{fill_in_derived, read_competition};

/// The data file as build.rs left it: valid, compact JSON, without the ids and
/// hosts that follow from the teams (`fill_in_derived` puts them back).
pub const COMPILED_IN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/competition.json"));

/// The compiled-in competition. build.rs validated it, so reading it cannot
/// fail short of a broken build; an empty competition stands in if it did.
pub fn compiled_in() -> Competition {
    let mut competition = read_competition(COMPILED_IN_JSON).unwrap_or_else(|_| empty());
    fill_in_derived(&mut competition);
    competition
}

fn empty() -> Competition {
    use cup_bracket_core::model::{AwayGoals, CompetitionInfo, Rules, FORMAT_VERSION};
    Competition {
        format: FORMAT_VERSION,
        competition: CompetitionInfo::default(),
        rules: Rules {
            away_goals: AwayGoals::Off,
            extra_time: false,
            penalties: false,
            legs: 2,
        },
        teams: Vec::new(),
        rounds: Vec::new(),
    }
}
