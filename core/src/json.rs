//! Reading a competition from JSON text (native only): type errors with their
//! path, syntax errors with line and column, then the validator's problems.

use serde_json::error::Category;

use crate::model::Competition;
use crate::validate::Problem;

/// serde_json's message without the " at line L column C" it appends.
fn bare_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(end) if error.line() > 0 => text.get(..end).unwrap_or(&text).to_string(),
        Some(_) | None => text,
    }
}

/// A clearer message for a number that does not fit its field.
fn number_message(message: &str) -> Option<String> {
    let range = if message.contains("expected u8") {
        "0 to 255"
    } else if message.contains("expected u32") {
        "0 to 4294967295"
    } else {
        return None;
    };
    let found = message
        .strip_prefix("invalid value: ")
        .or_else(|| message.strip_prefix("invalid type: "))
        .and_then(|rest| rest.split(", expected").next())
        .unwrap_or("something else");
    Some(format!(
        "must be a whole number from {range} (found {found})"
    ))
}

/// The type or syntax error of a file that is not a well-typed competition.
fn type_problem(error: serde_path_to_error::Error<serde_json::Error>) -> Problem {
    let path = error.path().to_string();
    let inner = error.into_inner();
    let position = format!("line {}, column {}", inner.line(), inner.column());
    let message = bare_message(&inner);
    match inner.classify() {
        Category::Syntax | Category::Eof | Category::Io => Problem {
            place: position,
            message,
        },
        // The root, or a path of one empty key (`{"": 1}`): only the position names it.
        Category::Data if path == "." || path.is_empty() => Problem {
            place: position,
            message,
        },
        Category::Data => Problem {
            place: path,
            message: format!(
                "{} ({position})",
                number_message(&message).unwrap_or(message.clone())
            ),
        },
    }
}

/// Reads a well-typed competition without validating it: the one problem of a bad text.
pub fn read_competition(text: &str) -> Result<Competition, Problem> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let competition: Competition =
        serde_path_to_error::deserialize(&mut deserializer).map_err(type_problem)?;
    // Trailing characters after the object are a syntax error too.
    deserializer.end().map_err(|error| Problem {
        place: format!("line {}, column {}", error.line(), error.column()),
        message: bare_message(&error),
    })?;
    Ok(competition)
}

/// Parses and validates a competition file; on failure, every problem found.
pub fn parse_competition(text: &str) -> Result<Competition, Vec<Problem>> {
    let competition = read_competition(text).map_err(|problem| vec![problem])?;
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

/// The competition as indented JSON, the form kept in `data/`.
pub fn to_pretty(competition: &Competition) -> String {
    serde_json::to_string_pretty(competition).unwrap_or_default()
}

/// The form build.rs embeds: compact JSON without what
/// [`crate::derived::fill_in_derived`] puts back; `None` unless the whole
/// competition comes back unchanged.
pub fn to_embedded(competition: &Competition) -> Option<String> {
    crate::derived::without_derived(competition).map(|lean| to_minified(&lean))
}
