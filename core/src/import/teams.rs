//! The clubs: one id per club, spelling variants merged deliberately.

use std::collections::HashMap;

use super::fields::slug;
use super::football_box::TeamRef;
use super::{ImportError, Warning};
use crate::model::Team;

/// A spelling of a club that the project replaces with the club's one name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Variant {
    /// As the article writes it somewhere.
    pub written: &'static str,
    /// The name the project shows.
    pub name: &'static str,
    /// Why this spelling is the one kept.
    pub why: &'static str,
}

/// The spelling variants of the 2017 article, each resolved by hand.
pub const VARIANTS: &[Variant] = &[Variant {
    written: "Yong Sport Academy",
    name: "Yong Sports Academy",
    why: "the club's own name; the bracket, the results lines, the sentence and every \
          team1/team2 field spell it so, only two first-round box ids drop the \"s\"",
}];

/// Every team met so far, by name.
#[derive(Debug, Default)]
pub struct Registry {
    teams: Vec<Team>,
    by_name: HashMap<String, usize>,
}

impl Registry {
    /// Records a team from a results line (the article's list of ties); returns its id.
    pub fn declare(
        &mut self,
        team: &TeamRef,
        warnings: &mut Vec<Warning>,
    ) -> Result<String, ImportError> {
        let name = canonical(&team.name, team.line, warnings);
        if self.by_name.contains_key(&name) {
            return self.resolve(team, warnings);
        }
        let id = slug(&name);
        if id.is_empty() {
            return Err(ImportError {
                line: team.line,
                message: format!("team name \"{}\" gives an empty id", team.name),
            });
        }
        if let Some(other) = self.teams.iter().find(|t| t.id == id) {
            return Err(ImportError {
                line: team.line,
                message: format!(
                    "\"{name}\" and \"{}\" give the same id \"{id}\"",
                    other.name
                ),
            });
        }
        let country = team.country.clone().ok_or_else(|| ImportError {
            line: team.line,
            message: format!("no country given for \"{name}\""),
        })?;
        self.by_name.insert(name.clone(), self.teams.len());
        self.teams.push(Team {
            id: id.clone(),
            name,
            names: None,
            country,
        });
        Ok(id)
    }

    /// The id of a team named anywhere in the article; a warning for each variant spelling or country.
    pub fn resolve(
        &self,
        team: &TeamRef,
        warnings: &mut Vec<Warning>,
    ) -> Result<String, ImportError> {
        let name = canonical(&team.name, team.line, warnings);
        let index = match self.by_name.get(&name) {
            Some(&index) => index,
            None => {
                let key = loose(&name);
                let found = self.teams.iter().position(|t| loose(&t.name) == key);
                let Some(index) = found else {
                    return Err(ImportError {
                        line: team.line,
                        message: format!("unknown team \"{}\"", team.name),
                    });
                };
                warnings.push(Warning {
                    line: team.line,
                    message: format!(
                        "\"{}\" read as \"{}\" (an unlisted spelling variant)",
                        team.name, self.teams[index].name
                    ),
                });
                index
            }
        };
        let known = &self.teams[index];
        if let Some(country) = &team.country {
            if *country != known.country {
                warnings.push(Warning {
                    line: team.line,
                    message: format!(
                        "\"{}\" flagged {country} here but {} elsewhere; kept {}",
                        known.name, known.country, known.country
                    ),
                });
            }
        }
        Ok(known.id.clone())
    }

    /// The teams in the order they were declared.
    pub fn teams(&self) -> &[Team] {
        &self.teams
    }

    /// The team with this id.
    pub fn get(&self, id: &str) -> Option<&Team> {
        self.teams.iter().find(|t| t.id == id)
    }

    /// The teams, the ids listed first in that order, the rest after.
    pub fn into_teams(self, order: &[String]) -> Vec<Team> {
        let mut teams = self.teams;
        teams.sort_by_key(|t| {
            order
                .iter()
                .position(|id| *id == t.id)
                .unwrap_or(usize::MAX)
        });
        teams
    }
}

/// The project's name for a written name: a listed variant is replaced, with a warning.
fn canonical(written: &str, line: usize, warnings: &mut Vec<Warning>) -> String {
    match VARIANTS.iter().find(|v| v.written == written) {
        Some(variant) => {
            warnings.push(Warning {
                line,
                message: format!(
                    "\"{}\" is written for \"{}\"; merged",
                    variant.written, variant.name
                ),
            });
            variant.name.to_string()
        }
        None => written.to_string(),
    }
}

/// A key that ignores case, accents, punctuation and a plural "s".
fn loose(name: &str) -> String {
    slug(name)
        .split('-')
        .map(|word| word.strip_suffix('s').unwrap_or(word))
        .collect()
}
