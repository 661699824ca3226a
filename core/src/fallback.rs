//! The bracket as a plain HTML list of ties, made at build time from the same
//! data and rules as the widget: what a browser without WebAssembly shows.
//!
//! Pages ask for it with a marker comment, which [`inject`] replaces:
//! `<!-- cup-bracket:fallback -->`, or with options,
//! `<!-- cup-bracket:fallback rounds=preliminary heading=3 -->`
//! (`rounds`: comma-separated round ids, all by default; `heading`: the level
//! of the competition's heading, 2 by default, the rounds' one below it).

use std::fmt::{self, Write};

use crate::html::escape;
use crate::model::{Competition, Match, MatchStatus, Tie, TieKind};
use crate::outcomes::outcomes;
use crate::summary::{Names, EN_DASH};

/// The start of a marker comment.
pub const MARKER: &str = "<!-- cup-bracket:fallback";

/// The sentence shown above the list when the widget cannot run; it stays
/// `hidden` until the loader finds that WebAssembly is missing or blocked.
pub const NOTE: &str = "The interactive bracket could not start in this browser \
(it needs WebAssembly), so here are the results as a list.";

/// What a marker asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FallbackOptions {
    /// Ids of the rounds to list; all when `None`.
    pub rounds: Option<Vec<String>>,
    /// Level of the competition's heading (1 to 5); 2 when `None`.
    pub heading: Option<u8>,
}

/// Why a page could not be filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FallbackError {
    /// The marker's text as written.
    pub marker: String,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for FallbackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`: {}", self.marker, self.message)
    }
}

impl std::error::Error for FallbackError {}

/// "IR Tanger (MAR)", escaped; "Winner of AS Kaloum v IR Tanger" for a
/// place whose team is not known yet.
fn team_label(competition: &Competition, names: &Names<'_>, tie: &Tie, index: usize) -> String {
    let id = match tie.kind() {
        Some(TieKind::Contest(teams)) => teams.get(index).and_then(Option::as_deref),
        Some(TieKind::Bye(team)) => Some(team),
        None => None,
    };
    match id.and_then(|id| competition.team(id)) {
        Some(team) => format!("{} ({})", escape(&team.name), escape(&team.country)),
        None => escape(&names.place(tie, index)).into_owned(),
    }
}

/// One leg's result from the side of the tie's first team, as the article's
/// tables write it: "1–0", "2–1 (a.e.t.)", "cancelled".
fn leg_result(leg: &Match, first_team: Option<&str>) -> String {
    let goals = leg.extra_time_score.or(leg.score);
    let score = goals.map(|[home, away]| {
        let (ours, theirs) = if leg.home.as_deref() == first_team {
            (home, away)
        } else {
            (away, home)
        };
        let extra = if leg.extra_time_score.is_some() {
            " (a.e.t.)"
        } else {
            ""
        };
        format!("{ours}{EN_DASH}{theirs}{extra}")
    });
    match (leg.status, score) {
        (MatchStatus::Played, Some(score)) => score,
        (MatchStatus::Awarded, Some(score)) => format!("{score} (awarded)"),
        (MatchStatus::Played | MatchStatus::Awarded, None) => "no score".to_string(),
        (MatchStatus::Cancelled, _) => "cancelled".to_string(),
        (MatchStatus::Scheduled, _) => "to be played".to_string(),
    }
}

/// One `<li>`: both teams, each leg's score and the summary sentence.
fn tie_item<'a>(
    competition: &Competition,
    names: &Names<'a>,
    tie: &'a Tie,
    summary: &str,
) -> String {
    let summary = escape(summary);
    match tie.kind() {
        Some(TieKind::Bye(_)) => format!(
            "<li><span class=\"cb-fallback-teams\">{}</span>: {summary}</li>",
            team_label(competition, names, tie, 0)
        ),
        Some(TieKind::Contest(teams)) => {
            let legs: Vec<String> = tie
                .legs
                .iter()
                .map(|leg| leg_result(leg, teams[0].as_deref()))
                .collect();
            let legs = if legs.is_empty() {
                String::new()
            } else {
                format!(" {}.", legs.join(", "))
            };
            format!(
                "<li><span class=\"cb-fallback-teams\">{} v {}</span>:{legs} {summary}</li>",
                team_label(competition, names, tie, 0),
                team_label(competition, names, tie, 1),
            )
        }
        None => format!("<li>{summary}</li>"),
    }
}

/// The list of ties, round by round, with the (hidden) note above it.
///
/// An unknown round id in `options` is refused with its name.
pub fn render(competition: &Competition, options: &FallbackOptions) -> Result<String, String> {
    if let Some(rounds) = &options.rounds {
        for id in rounds {
            if !competition.rounds.iter().any(|round| &round.id == id) {
                return Err(format!("no round has the id `{id}`"));
            }
        }
    }
    let level = options.heading.unwrap_or(2);
    if !(1..=5).contains(&level) {
        return Err(format!("heading must be 1 to 5, not {level}"));
    }
    let info = &competition.competition;
    let title = match &info.stage {
        Some(stage) => format!("{} {EN_DASH} {}", escape(&info.name), escape(stage)),
        None => escape(&info.name).into_owned(),
    };
    let mut html = String::new();
    // Writing to a String cannot fail.
    let _ = write!(
        html,
        "<div class=\"cb-fallback\"><p class=\"cb-fallback-note\" hidden>{}</p><h{level}>{title}</h{level}>",
        escape(NOTE)
    );
    let results = outcomes(competition);
    let names = Names::new(competition);
    let inner = level + 1;
    for (index, round) in competition.rounds.iter().enumerate() {
        let shown = options
            .rounds
            .as_ref()
            .is_none_or(|ids| ids.contains(&round.id));
        if !shown {
            continue;
        }
        let _ = write!(html, "<h{inner}>{}</h{inner}><ul>", escape(&round.name));
        for result in results.iter().filter(|result| result.round == index) {
            if let Some(tie) = round.ties.get(result.index) {
                html.push_str(&tie_item(competition, &names, tie, &result.summary));
            }
        }
        html.push_str("</ul>");
    }
    html.push_str("</div>");
    Ok(html)
}

/// Reads a marker's options: `rounds=a,b` and `heading=N`.
fn parse_marker(options: &str) -> Result<FallbackOptions, String> {
    let mut parsed = FallbackOptions::default();
    for word in options.split_whitespace() {
        match word.split_once('=') {
            Some(("rounds", ids)) => {
                parsed.rounds = Some(ids.split(',').map(str::to_string).collect());
            }
            Some(("heading", level)) => {
                let level = level
                    .parse()
                    .map_err(|_| format!("heading must be a number, not `{level}`"))?;
                parsed.heading = Some(level);
            }
            _ => return Err(format!("unknown option `{word}`")),
        }
    }
    Ok(parsed)
}

/// `page` with every marker comment replaced by its list; the page unchanged
/// (and zero) when it has none.
pub fn inject(page: &str, competition: &Competition) -> Result<(String, usize), FallbackError> {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    let mut count = 0;
    while let Some(start) = rest.find(MARKER) {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find("-->") else {
            return Err(FallbackError {
                marker: after.lines().next().unwrap_or(after).to_string(),
                message: "the comment is not closed".into(),
            });
        };
        let marker = &after[..end + 3];
        let error = |message: String| FallbackError {
            marker: marker.to_string(),
            message,
        };
        let options = parse_marker(&after[MARKER.len()..end]).map_err(error)?;
        out.push_str(&render(competition, &options).map_err(error)?);
        count += 1;
        rest = &after[end + 3..];
    }
    out.push_str(rest);
    Ok((out, count))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::generate;

    fn small() -> Competition {
        generate(4, 7).expect("a generated competition")
    }

    #[test]
    fn lists_every_tie_with_its_summary() {
        let competition = small();
        let html = render(&competition, &FallbackOptions::default()).expect("a list");
        for result in outcomes(&competition) {
            assert!(
                html.contains(escape(&result.summary).as_ref()),
                "{}",
                result.summary
            );
        }
        assert_eq!(html.matches("<li>").count(), outcomes(&competition).len());
        assert!(
            html.starts_with("<div class=\"cb-fallback\"><p class=\"cb-fallback-note\" hidden>")
        );
        assert_eq!(html.matches("<h3>").count(), competition.rounds.len());
    }

    #[test]
    fn a_marker_chooses_rounds_and_heading() {
        let competition = small();
        let first = competition.rounds[0].id.clone();
        let page = format!("<main>{MARKER} rounds={first} heading=3 --></main><p>after</p>");
        let (html, count) = inject(&page, &competition).expect("a filled page");
        assert_eq!(count, 1);
        assert!(html.starts_with("<main><div class=\"cb-fallback\">"));
        assert!(html.ends_with("</div></main><p>after</p>"));
        assert_eq!(html.matches("<h4>").count(), 1);
        assert!(html.contains(&format!("<h3>{}", escape(&competition.competition.name))));
    }

    #[test]
    fn bad_markers_are_named() {
        let competition = small();
        let error = inject("<!-- cup-bracket:fallback rounds=nope -->", &competition)
            .expect_err("an unknown round");
        assert!(error.to_string().contains("no round has the id `nope`"));
        assert!(inject("<!-- cup-bracket:fallback colour=red -->", &competition).is_err());
        assert!(inject("<!-- cup-bracket:fallback heading=9 -->", &competition).is_err());
        assert!(inject("<!-- cup-bracket:fallback", &competition).is_err());
        let (same, count) = inject("<p>no marker</p>", &competition).expect("unchanged");
        assert_eq!((same.as_str(), count), ("<p>no marker</p>", 0));
    }

    #[test]
    fn a_place_not_known_yet_is_named_by_its_feeder() {
        let competition = crate::generate::generate_played(4, 7, 0.25).expect("generated");
        let html = render(&competition, &FallbackOptions::default()).expect("a list");
        assert!(html.contains("Winner of "), "{html}");
        assert!(html.contains("The winners of "), "{html}");
        assert!(html.contains("to be played"), "{html}");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<b>\"A&B\"</b>"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }
}
