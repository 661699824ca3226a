//! The competition compiled into the bundle: the data file, validated and
//! minified by build.rs, read at start-up.

use cup_bracket_core::model::Competition;

/// The data file as build.rs left it: valid, compact JSON.
pub const COMPILED_IN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/competition.json"));

/// The compiled-in competition. build.rs validated it, so reading it cannot
/// fail short of a broken build; an empty competition stands in if it did.
pub fn compiled_in() -> Competition {
    read(COMPILED_IN_JSON).unwrap_or_else(|_| empty())
}

/// In the browser, the JSON text is parsed by the engine's own `JSON.parse`,
/// which keeps a JSON parser out of the wasm.
#[cfg(target_arch = "wasm32")]
fn read(json: &str) -> Result<Competition, String> {
    let value = js_sys::JSON::parse(json).map_err(|_| "not JSON".to_string())?;
    serde_wasm_bindgen::from_value(value).map_err(|error| error.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn read(json: &str) -> Result<Competition, String> {
    cup_bracket_core::json::parse_competition(json).map_err(|problems| {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn empty() -> Competition {
    use cup_bracket_core::model::{AwayGoals, CompetitionInfo, Rules, FORMAT_VERSION};
    Competition {
        format: FORMAT_VERSION,
        competition: CompetitionInfo {
            name: String::new(),
            stage: None,
            dates: None,
            next_stage: None,
        },
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
