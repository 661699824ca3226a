//! Reading a competition from JSON text (native only): type errors with their
//! path, syntax errors with line and column, then the validator's problems.

use crate::model::Competition;
use crate::validate::Problem;

/// Parses and validates a competition file; on failure, every problem found.
pub fn parse_competition(text: &str) -> Result<Competition, Vec<Problem>> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let competition: Competition =
        serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let place = error.path().to_string();
            let inner = error.into_inner();
            vec![Problem {
                place: if place == "." {
                    format!("line {}, column {}", inner.line(), inner.column())
                } else {
                    place
                },
                message: inner.to_string(),
            }]
        })?;
    let problems = crate::validate::validate(&competition);
    if problems.is_empty() {
        Ok(competition)
    } else {
        Err(problems)
    }
}

/// The competition as compact JSON, the form the widget embeds.
pub fn to_minified(competition: &Competition) -> String {
    // A model of strings, numbers and enums always serializes.
    serde_json::to_string(competition).unwrap_or_default()
}
