//! `{{Football box}}`: one match as the article writes it.

use super::fields;
use super::wikitext::{self, Node, Param, Template};
use super::{ImportError, Warning};
use crate::model::{Goal, GoalKind, Kick, Referee, Side};

/// A team as a template names it: the name, its `{{flagicon}}` and the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamRef {
    /// The name as written.
    pub name: String,
    /// The flagicon's code, when there is one.
    pub country: Option<String>,
    /// 1-based line.
    pub line: usize,
}

/// A `{{refn}}` footnote: its `name=` and line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refn {
    /// The footnote's `name=` (the key of our own note table).
    pub name: Option<String>,
    /// 1-based line.
    pub line: usize,
}

/// What a box says of the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoxScore {
    /// Played: `[home, away]`.
    Played([u8; 2]),
    /// "Cancelled": never played.
    Cancelled,
}

/// One `{{Football box}}`, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FootballBox {
    /// 1-based line of the template.
    pub line: usize,
    /// The box's `id`.
    pub id: String,
    /// "2017-03-11".
    pub date: Option<String>,
    /// Local kick-off and UTC offset.
    pub time: Option<(String, String)>,
    /// `team1`.
    pub home: TeamRef,
    /// `team2`.
    pub away: TeamRef,
    /// `score`.
    pub score: BoxScore,
    /// 1-based line of `score`.
    pub score_line: usize,
    /// `penaltyscore`.
    pub penalties: Option<[u8; 2]>,
    /// Scorers of `goals1` and `goals2`.
    pub goals: Vec<Goal>,
    /// Kicks of `penalties1` and `penalties2`, each list in its written order.
    pub kicks: [Vec<Kick>; 2],
    /// 1-based line of the `penalties1`/`penalties2` parameters.
    pub kicks_line: [usize; 2],
    /// `stadium`, split.
    pub venue: Option<String>,
    /// `stadium`'s city.
    pub city: Option<String>,
    /// `attendance`.
    pub attendance: Option<u32>,
    /// `referee`.
    pub referee: Option<Referee>,
    /// `report`.
    pub report: Option<String>,
    /// Footnotes anywhere in the box.
    pub refns: Vec<Refn>,
}

/// Reads a `{{Football box}}`; warnings for optional fields it cannot read.
pub fn read(template: &Template, warnings: &mut Vec<Warning>) -> Result<FootballBox, ImportError> {
    let line = template.line;
    let err = |line: usize, message: String| ImportError { line, message };
    let id = template.named_text("id");
    if id.is_empty() {
        return Err(err(line, "Football box without an id".to_string()));
    }
    let home = team(template, "team1")
        .ok_or_else(|| err(line, format!("Football box \"{id}\" has no team1")))?;
    let away = team(template, "team2")
        .ok_or_else(|| err(line, format!("Football box \"{id}\" has no team2")))?;
    let score_param = template
        .named("score")
        .ok_or_else(|| err(line, format!("Football box \"{id}\" has no score")))?;
    let score_text = score_param.text();
    let score = match fields::score(&score_text) {
        Some(score) => BoxScore::Played(score),
        None if score_text.eq_ignore_ascii_case("cancelled")
            || score_text.eq_ignore_ascii_case("canceled") =>
        {
            BoxScore::Cancelled
        }
        None => {
            return Err(err(
                score_param.line,
                format!("Football box \"{id}\": unreadable score \"{score_text}\""),
            ))
        }
    };
    let date = optional(template, "date", warnings, |param| {
        wikitext::templates(&param.value)
            .find(|t| t.is("Start date"))
            .and_then(fields::start_date)
    });
    let time = optional(template, "time", warnings, |param| {
        wikitext::templates(&param.value)
            .find(|t| t.is("UTZ"))
            .and_then(fields::utz)
    });
    let penalties = optional(template, "penaltyscore", warnings, |param| {
        fields::score(&param.text())
    });
    let attendance = optional(template, "attendance", warnings, |param| {
        fields::attendance(&param.text())
    });
    let referee = optional(template, "referee", warnings, |param| {
        fields::name_country(&param.text()).map(|(name, country)| Referee { name, country })
    });
    let report = Some(template.named_text("report")).filter(|r| !r.is_empty());
    let (venue, city) = fields::venue_city(&template.named_text("stadium"));
    let mut goals = Vec::new();
    for (key, side) in [("goals1", Side::Home), ("goals2", Side::Away)] {
        if let Some(param) = template.named(key) {
            goals.extend(read_goals(param, side, warnings));
        }
    }
    let mut kicks = [Vec::new(), Vec::new()];
    let mut kicks_line = [line, line];
    for (i, (key, side)) in [("penalties1", Side::Home), ("penalties2", Side::Away)]
        .into_iter()
        .enumerate()
    {
        if let Some(param) = template.named(key) {
            kicks[i] = read_kicks(param, side);
            kicks_line[i] = param.line;
        }
    }
    let mut refns = Vec::new();
    for param in &template.params {
        collect_refns(&param.value, &mut refns);
    }
    Ok(FootballBox {
        line,
        id,
        date,
        time,
        home,
        away,
        score,
        score_line: score_param.line,
        penalties,
        goals,
        kicks,
        kicks_line,
        venue,
        city,
        attendance,
        referee,
        report,
        refns,
    })
}

/// A non-empty optional field read by `parse`; a warning (and `None`) when it cannot be read.
fn optional<T>(
    template: &Template,
    key: &str,
    warnings: &mut Vec<Warning>,
    parse: impl Fn(&Param) -> Option<T>,
) -> Option<T> {
    let param = template.named(key)?;
    let empty = param.text().is_empty() && wikitext::templates(&param.value).next().is_none();
    if empty {
        return None;
    }
    let value = parse(param);
    if value.is_none() {
        warnings.push(Warning {
            line: param.line,
            message: format!(
                "Football box \"{}\": unreadable {key} \"{}\", left out",
                template.named_text("id"),
                param.text()
            ),
        });
    }
    value
}

/// `team1 = Name {{flagicon|XXX}}` or `team2 = {{flagicon|XXX}} Name`.
pub fn team(template: &Template, key: &str) -> Option<TeamRef> {
    let param = template.named(key)?;
    team_ref(&param.value, param.value_line())
}

/// A team name with an optional `{{flagicon}}` from a value's nodes.
pub fn team_ref(nodes: &[Node], line: usize) -> Option<TeamRef> {
    let name = wikitext::plain(nodes).trim().to_string();
    if name.is_empty() {
        return None;
    }
    let country = wikitext::templates(nodes)
        .find(|t| t.is("flagicon"))
        .map(|t| t.positional_text(1))
        .filter(|c| !c.is_empty());
    Some(TeamRef {
        name,
        country,
        line,
    })
}

/// One goal line: "Name {{goal|65}}", "• Name {{goal|45+1|pen.}}".
fn read_goals(param: &Param, side: Side, warnings: &mut Vec<Warning>) -> Vec<Goal> {
    let mut goals = Vec::new();
    for line in wikitext::lines(&param.value, param.value_line()) {
        let Some(goal) = wikitext::templates(&line.nodes).find(|t| t.is("goal")) else {
            continue;
        };
        let player = item_text(&line.nodes);
        if player.is_empty() {
            warnings.push(Warning {
                line: line.line,
                message: "a goal without a scorer, left out".to_string(),
            });
            continue;
        }
        // {{goal|minute|modifier?|minute|modifier?…}}
        let values: Vec<String> = goal
            .params
            .iter()
            .filter(|p| p.name.is_none())
            .map(Param::text)
            .collect();
        let mut i = 0;
        while i < values.len() {
            let minute = values[i].clone();
            i += 1;
            let mut kind = None;
            if let Some(modifier) = values.get(i).filter(|v| is_modifier(v)) {
                kind = match modifier.as_str() {
                    "pen." | "pen" | "p" => Some(GoalKind::Penalty),
                    "o.g." | "og" | "o.g" => Some(GoalKind::OwnGoal),
                    _ => None,
                };
                i += 1;
            }
            goals.push(Goal {
                team: side,
                player: player.clone(),
                minute: Some(minute).filter(|m| !m.is_empty()),
                kind,
            });
        }
        if values.is_empty() {
            goals.push(Goal {
                team: side,
                player,
                minute: None,
                kind: None,
            });
        }
    }
    goals
}

/// A `{{goal}}` value that qualifies the minute before it rather than being one.
fn is_modifier(value: &str) -> bool {
    !value.is_empty() && !value.starts_with(|c: char| c.is_ascii_digit())
}

/// One kick line: "• {{pengoal}} Name" or "• {{penmiss}}".
fn read_kicks(param: &Param, side: Side) -> Vec<Kick> {
    let mut kicks = Vec::new();
    for line in wikitext::lines(&param.value, param.value_line()) {
        let scored = wikitext::templates(&line.nodes).find_map(|t| {
            if t.is("pengoal") {
                Some(true)
            } else if t.is("penmiss") {
                Some(false)
            } else {
                None
            }
        });
        let Some(scored) = scored else { continue };
        let player = item_text(&line.nodes);
        kicks.push(Kick {
            team: side,
            player: (!player.is_empty()).then_some(player),
            scored,
        });
    }
    kicks
}

/// A list item's text: bullets and surrounding space removed.
fn item_text(nodes: &[Node]) -> String {
    wikitext::plain(nodes)
        .trim()
        .trim_start_matches(['•', '*', '#', ':'])
        .trim()
        .to_string()
}

/// Every `{{refn}}` in the nodes, nested ones included.
pub fn collect_refns(nodes: &[Node], out: &mut Vec<Refn>) {
    for template in wikitext::templates(nodes) {
        if template.is("refn") {
            out.push(Refn {
                name: Some(template.named_text("name")).filter(|n| !n.is_empty()),
                line: template.line,
            });
        }
        for param in &template.params {
            collect_refns(&param.value, out);
        }
    }
}
