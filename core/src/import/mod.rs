//! The article's wikitext templates to the competition model.

use crate::model::Competition;

/// Reads an article's wikitext; the competition, or a message with the line number.
pub fn import(wikitext: &str) -> Result<Competition, String> {
    let _ = wikitext;
    Err("the importer is not written yet".to_string())
}
