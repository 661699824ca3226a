//! The article's wikitext templates to the competition model.

use std::fmt;

use crate::model::Competition;

/// A finished import: the competition and every disagreement between the article's sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The competition file's content.
    pub competition: Competition,
    /// Disagreements the importer resolved, each with its line.
    pub warnings: Vec<Warning>,
}

/// A disagreement between the article's sources, resolved by the importer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The 1-based line of the wikitext it concerns.
    pub line: usize,
    /// What disagrees and which way it was resolved.
    pub message: String,
}

/// Why an article could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// The 1-based line of the wikitext at fault.
    pub line: usize,
    /// What is wrong there.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ImportError {}

/// Reads an article's wikitext; the competition and its warnings, or the first error with its line.
pub fn import(wikitext: &str) -> Result<Imported, ImportError> {
    let _ = wikitext;
    Err(ImportError {
        line: 1,
        message: "the importer is not written yet".to_string(),
    })
}
