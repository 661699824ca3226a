//! The competition file's types, as `shared/spec/competition-format.md` says.
//!
//! Serde maps these one to one onto the JSON file. Optional fields are skipped
//! when absent so that a file round-trips through serde unchanged. The types
//! accept anything well-typed; what the spec forbids beyond types (unknown ids,
//! a penalty shoot-out on the first leg, …) is the validator's job.

use serde::{Deserialize, Serialize};

use crate::lang::{in_lang, optional_in};
pub use crate::lang::{Lang, Names};

/// The file format version this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole competition file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competition {
    /// Always [`FORMAT_VERSION`]; the validator refuses any other.
    pub format: u32,
    /// What the competition is called, as shown in headings.
    pub competition: CompetitionInfo,
    /// The default rules of every tie.
    pub rules: Rules,
    /// Every team once.
    pub teams: Vec<Team>,
    /// The rounds, in playing order.
    pub rounds: Vec<Round>,
}

/// The competition's name, stage and dates, as shown to readers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompetitionInfo {
    /// "2017 CAF Confederation Cup".
    pub name: String,
    /// `name` in other languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Names>,
    /// "Qualifying rounds".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    /// `stage` in other languages (an extension of the spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_names: Option<Names>,
    /// "10 February – 22 April 2017".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates: Option<String>,
    /// `dates` in other languages (an extension of the spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates_names: Option<Names>,
    /// Where the last round's winners go, as shown over their column (an
    /// extension of the spec): "Group stage".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_stage: Option<String>,
    /// `next_stage` in other languages (an extension of the spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_stage_names: Option<Names>,
}

impl CompetitionInfo {
    /// The competition's name in `lang`, the English one where it has none.
    pub fn name_in(&self, lang: Lang) -> &str {
        in_lang(&self.name, self.names.as_ref(), lang)
    }

    /// The stage in `lang`, the English one where it has none.
    pub fn stage_in(&self, lang: Lang) -> Option<&str> {
        optional_in(self.stage.as_deref(), self.stage_names.as_ref(), lang)
    }

    /// The dates in `lang`, the English ones where they have none.
    pub fn dates_in(&self, lang: Lang) -> Option<&str> {
        optional_in(self.dates.as_deref(), self.dates_names.as_ref(), lang)
    }

    /// The next stage in `lang`, the English one where it has none.
    pub fn next_stage_in(&self, lang: Lang) -> Option<&str> {
        optional_in(
            self.next_stage.as_deref(),
            self.next_stage_names.as_ref(),
            lang,
        )
    }
}

/// How away goals count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AwayGoals {
    /// Away goals never decide.
    Off,
    /// Away goals break a level aggregate after normal time only.
    NormalTime,
    /// Away goals also decide after extra time (UEFA until 2021).
    IncludingExtraTime,
}

/// The competition's default rules for deciding a tie.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// How away goals count.
    pub away_goals: AwayGoals,
    /// Whether 30 minutes of extra time follow a level second leg.
    pub extra_time: bool,
    /// Whether a shoot-out decides what is still level.
    pub penalties: bool,
    /// 1 for a single match, 2 for home and away.
    #[serde(default = "two_legs", skip_serializing_if = "is_two_legs")]
    pub legs: u8,
}

fn two_legs() -> u8 {
    2
}

fn is_two_legs(legs: &u8) -> bool {
    *legs == 2
}

/// A round's or a tie's own rules: each field given replaces the inherited one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesOverride {
    /// Replaces [`Rules::away_goals`] when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub away_goals: Option<AwayGoals>,
    /// Replaces [`Rules::extra_time`] when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_time: Option<bool>,
    /// Replaces [`Rules::penalties`] when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penalties: Option<bool>,
    /// Replaces [`Rules::legs`] when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legs: Option<u8>,
}

impl Rules {
    /// These rules with the given override's fields put in their place.
    pub fn with(self, over: Option<&RulesOverride>) -> Rules {
        let Some(over) = over else { return self };
        Rules {
            away_goals: over.away_goals.unwrap_or(self.away_goals),
            extra_time: over.extra_time.unwrap_or(self.extra_time),
            penalties: over.penalties.unwrap_or(self.penalties),
            legs: over.legs.unwrap_or(self.legs),
        }
    }
}

/// A club.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    /// Lowercase slug, unique in the file: "ir-tanger".
    pub id: String,
    /// As shown: "IR Tanger".
    pub name: String,
    /// `name` in other languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Names>,
    /// FIFA trigram of the article's `{{flagicon|XXX}}`: "MAR".
    pub country: String,
}

impl Team {
    /// The team's name in `lang`, the English one where it has none.
    pub fn name_in(&self, lang: Lang) -> &str {
        in_lang(&self.name, self.names.as_ref(), lang)
    }
}

/// One round of ties.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    /// Unique among rounds: "preliminary".
    pub id: String,
    /// As shown: "Preliminary round".
    pub name: String,
    /// `name` in other languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Names>,
    /// When it was played, as shown under the heading (an extension of the
    /// spec): "10–19 February 2017".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates: Option<String>,
    /// `dates` in other languages (an extension of the spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates_names: Option<Names>,
    /// Overrides the competition's rules for this round's ties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<RulesOverride>,
    /// The ties in the order the bracket shows them.
    pub ties: Vec<Tie>,
}

impl Round {
    /// The round's name in `lang`, the English one where it has none.
    pub fn name_in(&self, lang: Lang) -> &str {
        in_lang(&self.name, self.names.as_ref(), lang)
    }

    /// The round's dates in `lang`, the English ones where they have none.
    pub fn dates_in(&self, lang: Lang) -> Option<&str> {
        optional_in(self.dates.as_deref(), self.dates_names.as_ref(), lang)
    }
}

/// A tie between two teams, or a bye.
///
/// One struct serves both shapes of the file, so that a malformed tie reaches
/// the validator (which names what is wrong) instead of failing as "data did
/// not match any variant". [`Tie::kind`] tells the two apart.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tie {
    /// Unique among all ties of the file.
    pub id: String,
    /// The two team ids; the first hosts the first leg. A place is `None`
    /// (`null`) while the tie named by `from` for it is undecided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teams: Option<[Option<String>; 2]>,
    /// For a bye: the team that goes through without playing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bye: Option<String>,
    /// For each team, the earlier tie or bye it won, or `None` where it enters here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<[Option<String>; 2]>,
    /// For each team entering here, where it came from, as shown to readers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entered: Option<[Option<String>; 2]>,
    /// The tie was awarded, whatever its legs say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub walkover: Option<Walkover>,
    /// Overrides the round's rules for this tie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<RulesOverride>,
    /// One or two matches, in playing order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legs: Vec<Match>,
}

/// The two shapes a tie takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TieKind<'a> {
    /// A team goes through without playing.
    Bye(&'a str),
    /// Two teams play their legs; a place is `None` while the tie that
    /// feeds it is undecided.
    Contest(&'a [Option<String>; 2]),
}

impl Tie {
    /// Which shape this tie has; `None` when it has neither or both
    /// (the validator refuses such a tie).
    pub fn kind(&self) -> Option<TieKind<'_>> {
        match (&self.bye, &self.teams) {
            (Some(team), None) => Some(TieKind::Bye(team)),
            (None, Some(teams)) => Some(TieKind::Contest(teams)),
            (Some(_), Some(_)) | (None, None) => None,
        }
    }

    /// Both team ids of a contest whose places are both known.
    pub fn known_teams(&self) -> Option<[&str; 2]> {
        match self.kind()? {
            TieKind::Contest([Some(first), Some(second)]) => Some([first, second]),
            TieKind::Contest(_) | TieKind::Bye(_) => None,
        }
    }
}

/// An awarded tie.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Walkover {
    /// The team the tie was awarded to.
    pub winner: String,
    /// Why, in the project's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A team id or `null`, which must be written: `deserialize_with` makes a
/// missing `home` or `away` an error instead of serde's `None` for a missing
/// `Option` field.
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Option::<String>::deserialize(deserializer)
}

/// Where a match stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchStatus {
    /// Played; its score counts.
    Played,
    /// A result given by the organiser, counted like a played one.
    Awarded,
    /// Never played.
    Cancelled,
    /// Not played yet.
    #[default]
    Scheduled,
}

impl MatchStatus {
    /// Whether the match has a result that counts towards the aggregate.
    pub fn counts(self) -> bool {
        match self {
            MatchStatus::Played | MatchStatus::Awarded => true,
            MatchStatus::Cancelled | MatchStatus::Scheduled => false,
        }
    }
}

/// Goals or kicks as `[home, away]`.
pub type Score = [u8; 2];

/// One match (a leg) of a tie.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Match {
    /// The article's `{{Football box}}` id: "IR Tanger v AS Kaloum".
    pub id: String,
    /// Team id of the host; `None` (`null`, written out) in the place of a
    /// tie's team that is not known yet.
    #[serde(deserialize_with = "present")]
    pub home: Option<String>,
    /// Team id of the visitor; `None` as `home`.
    #[serde(deserialize_with = "present")]
    pub away: Option<String>,
    /// Played, awarded, cancelled or scheduled.
    pub status: MatchStatus,
    /// Goals at the end of normal time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    /// Goals after extra time, the normal-time goals included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_time_score: Option<Score>,
    /// Kicks scored in the shoot-out after this match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penalties: Option<Score>,
    /// "2017-03-18".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Local kick-off: "17:00".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kickoff: Option<String>,
    /// The local time's offset from UTC: "+00:00".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utc_offset: Option<String>,
    /// The stadium.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The stadium's city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Spectators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance: Option<u32>,
    /// Who refereed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referee: Option<Referee>,
    /// Scorers, in the order scored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    /// The shoot-out's kicks, in kicking order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shootout: Vec<Kick>,
    /// The match report's URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<String>,
    /// Short sentences shown under the match box.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// A match official.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referee {
    /// "Abubakar Ago".
    pub name: String,
    /// The referee's country as written: "Nigeria".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// Which side of a match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The host.
    Home,
    /// The visitor.
    Away,
}

/// How a goal was scored, when not from open play.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    /// From open play.
    Normal,
    /// From the penalty spot.
    Penalty,
    /// Into the scorer's own net.
    OwnGoal,
}

/// A goal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// The side the goal counts for.
    pub team: Side,
    /// The scorer.
    pub player: String,
    /// The minute as written: "65", "90+2".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minute: Option<String>,
    /// Penalty or own goal; absent for open play.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<GoalKind>,
}

/// One kick of a shoot-out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kick {
    /// The kicker's side.
    pub team: Side,
    /// The kicker, where the source names them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub player: Option<String>,
    /// Whether it went in.
    pub scored: bool,
}

impl Competition {
    /// The team with this id.
    pub fn team(&self, id: &str) -> Option<&Team> {
        self.teams.iter().find(|team| team.id == id)
    }

    /// The rules in force for a tie: the competition's, then its round's, then its own.
    pub fn rules_for(&self, round: &Round, tie: &Tie) -> Rules {
        self.rules
            .with(round.rules.as_ref())
            .with(tie.rules.as_ref())
    }
}

/// The name of the team with this id among `teams`, or "" (for code that
/// holds the teams apart from the rounds it is changing).
pub fn team_name<'a>(teams: &'a [Team], id: &str) -> &'a str {
    team_name_in(teams, id, Lang::En)
}

/// [`team_name`] in `lang`, the English name where the team has none.
pub fn team_name_in<'a>(teams: &'a [Team], id: &str, lang: Lang) -> &'a str {
    teams
        .iter()
        .find(|team| team.id == id)
        .map_or("", |team| team.name_in(lang))
}
