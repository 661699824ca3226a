//! The sentence after each tie: "JS Kabylie won 4–3 on aggregate." and its kin.

use super::fields;

/// How the article says a tie was settled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum How {
    /// "X won 4–3 on aggregate."
    Aggregate,
    /// "1–1 on aggregate. X won on away goals."
    AwayGoals,
    /// "1–1 on aggregate. X won 3–0 on penalties."
    Penalties([u8; 2]),
    /// "X won on walkover after …"
    Walkover,
}

/// A tie's sentence, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// 1-based line.
    pub line: usize,
    /// The whole sentence as written.
    pub text: String,
    /// The winner's name as written.
    pub winner: String,
    /// The aggregate as written (winner's goals first for "X won a–b on
    /// aggregate"); `None` for a walkover.
    pub aggregate: Option<[u8; 2]>,
    /// How the tie was settled.
    pub how: How,
}

/// Whether a line of text looks like a tie's sentence.
pub fn is_sentence(text: &str) -> bool {
    text.ends_with(" on aggregate.")
        || text.ends_with(" on away goals.")
        || text.ends_with(" on penalties.")
        || text.contains(" won on walkover")
}

/// Reads a sentence; `None` when it has none of the known shapes.
pub fn read(text: &str, line: usize) -> Option<Sentence> {
    let text = text.trim();
    let sentence = |winner: &str, aggregate, how| Sentence {
        line,
        text: text.to_string(),
        winner: winner.trim().to_string(),
        aggregate,
        how,
    };
    if let Some((winner, _reason)) = text.split_once(" won on walkover") {
        return Some(sentence(winner, None, How::Walkover));
    }
    if let Some((level, rest)) = text.split_once(" on aggregate. ") {
        let aggregate = fields::score(level)?;
        if let Some(winner) = rest.strip_suffix(" won on away goals.") {
            return Some(sentence(winner, Some(aggregate), How::AwayGoals));
        }
        let rest = rest.strip_suffix(" on penalties.")?;
        let (winner, pens) = rest.rsplit_once(" won ")?;
        return Some(sentence(
            winner,
            Some(aggregate),
            How::Penalties(fields::score(pens)?),
        ));
    }
    let rest = text.strip_suffix(" on aggregate.")?;
    let (winner, score) = rest.rsplit_once(" won ")?;
    Some(sentence(
        winner,
        Some(fields::score(score)?),
        How::Aggregate,
    ))
}
