//! Reading a competition from JSON text without serde: a small hand-written
//! parser that builds the model as it goes.
//!
//! It is the wasm bundle's only reader, for the compiled-in file and for a
//! host's `data` alike (a host's object reaches it through `JSON.stringify`).
//! serde's deserializers, monomorphised for every type of the model, cost the
//! bundle several times more code. The native tools keep `json.rs`
//! (serde_json, with line and column for hand-edited files); a test checks
//! that both readers agree. It refuses what serde would (a wrong type, an
//! unknown or missing field, a number out of range) and names the place as a
//! path: `rounds[0].ties[0].legs[0].score`.

use crate::model::{
    AwayGoals, Competition, CompetitionInfo, Goal, GoalKind, Kick, Match, MatchStatus, Referee,
    Round, Rules, RulesOverride, Score, Side, Team, Tie, Walkover,
};
use crate::validate::Problem;

/// Reads a well-typed competition from JSON text, without validating it.
pub fn read_competition(text: &str) -> Result<Competition, Problem> {
    let mut parser = Parser {
        text,
        pos: 0,
        path: Vec::new(),
        problem: None,
    };
    let read = competition(&mut parser).and_then(|competition| {
        parser.ws();
        if parser.pos < text.len() {
            return Err(parser.fail("trailing characters after the competition"));
        }
        Ok(competition)
    });
    read.map_err(|Failed| {
        parser.problem.take().unwrap_or_else(|| Problem {
            place: ".".into(),
            message: "not a competition".into(),
        })
    })
}

/// One step of the path to a value.
enum Seg {
    Key(&'static str),
    Index(usize),
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    path: Vec<Seg>,
    /// What stopped the reading, once it stopped.
    problem: Option<Problem>,
}

/// The reading stopped; the parser holds the problem. (A zero-sized error,
/// not the `Problem` itself, so that each `?` costs the bundle less code.)
struct Failed;

type Res<T> = Result<T, Failed>;

impl Parser<'_> {
    /// The current place, as serde_path_to_error writes it ("." for the root).
    fn place(&self) -> String {
        let mut place = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(key) => {
                    if !place.is_empty() {
                        place.push('.');
                    }
                    place.push_str(key);
                }
                Seg::Index(index) => {
                    place.push('[');
                    place.push_str(&index.to_string());
                    place.push(']');
                }
            }
        }
        if place.is_empty() {
            place.push('.');
        }
        place
    }

    fn fail(&mut self, message: &str) -> Failed {
        self.problem = Some(Problem {
            place: self.place(),
            message: message.to_string(),
        });
        Failed
    }

    fn ws(&mut self) {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// The next byte after white space, not consumed.
    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.text.as_bytes().get(self.pos).copied()
    }

    /// Consumes `literal` (after white space) if it comes next.
    fn eat(&mut self, literal: &str) -> bool {
        self.ws();
        let found = self
            .text
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(literal));
        if found {
            self.pos += literal.len();
        }
        found
    }

    /// Consumes a `null`, if that is what comes next.
    fn null(&mut self) -> bool {
        self.eat("null")
    }

    fn expect(&mut self, literal: &str, what: &str) -> Res<()> {
        if self.eat(literal) {
            Ok(())
        } else {
            Err(self.fail(what))
        }
    }

    fn string(&mut self) -> Res<String> {
        if self.peek() != Some(b'"') {
            return Err(self.fail("invalid type: expected a string"));
        }
        self.pos += 1;
        let bytes = self.text.as_bytes();
        let mut out = String::new();
        let mut start = self.pos;
        loop {
            match bytes.get(self.pos) {
                None => return Err(self.fail("unterminated string")),
                Some(b'"') => {
                    out.push_str(self.text.get(start..self.pos).unwrap_or_default());
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(self.text.get(start..self.pos).unwrap_or_default());
                    let escape = bytes.get(self.pos + 1).copied();
                    self.pos += 2;
                    let decoded = match escape {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.fail("invalid escape in a string")),
                    };
                    out.push(decoded);
                    start = self.pos;
                }
                Some(_) => self.pos += 1,
            }
        }
    }

    /// The character of a `\uXXXX` escape (the `\u` read), surrogate pairs joined.
    fn unicode_escape(&mut self) -> Res<char> {
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high)
            && self
                .text
                .get(self.pos..)
                .is_some_and(|rest| rest.starts_with("\\u"))
        {
            self.pos += 2;
            let low = self.hex4()?;
            0x10000 + ((high - 0xD800) << 10) + (low.wrapping_sub(0xDC00) & 0x3FF)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| self.fail("invalid \\u escape in a string"))
    }

    fn hex4(&mut self) -> Res<u32> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = self
                .text
                .as_bytes()
                .get(self.pos)
                .and_then(|byte| char::from(*byte).to_digit(16));
            let Some(digit) = digit else {
                return Err(self.fail("invalid \\u escape in a string"));
            };
            value = value * 16 + digit;
            self.pos += 1;
        }
        Ok(value)
    }

    /// A whole number from 0 to `max`.
    fn uint(&mut self, max: u32) -> Res<u32> {
        let range = || format!("must be a whole number from 0 to {max}");
        let bytes = self.text.as_bytes();
        self.ws();
        let start = self.pos;
        let mut value: u64 = 0;
        while let Some(digit @ b'0'..=b'9') = bytes.get(self.pos) {
            value = value
                .saturating_mul(10)
                .saturating_add(u64::from(digit - b'0'));
            self.pos += 1;
        }
        let fraction = matches!(bytes.get(self.pos), Some(b'.' | b'e' | b'E'));
        if self.pos == start || fraction || value > u64::from(max) {
            return Err(self.fail(&range()));
        }
        Ok(u32::try_from(value).unwrap_or(max))
    }

    fn byte(&mut self) -> Res<u8> {
        self.uint(255)
            .map(|value| u8::try_from(value).unwrap_or(u8::MAX))
    }

    fn boolean(&mut self) -> Res<bool> {
        if self.eat("true") {
            Ok(true)
        } else if self.eat("false") {
            Ok(false)
        } else {
            Err(self.fail("invalid type: expected a boolean"))
        }
    }

    /// A string naming one of `names`; its index.
    fn variant(&mut self, names: &[&str]) -> Res<usize> {
        let found = self.string()?;
        names.iter().position(|name| *name == found).ok_or_else(|| {
            self.fail(&format!(
                "unknown variant `{found}`, expected one of `{}`",
                names.join("`, `")
            ))
        })
    }

    /// An object whose keys are among `fields`; `field` reads the value of
    /// the field of that index. Returns a bit set of the fields seen.
    fn object(
        &mut self,
        fields: &[&'static str],
        field: &mut dyn FnMut(&mut Self, usize) -> Res<()>,
    ) -> Res<u32> {
        if self.peek() != Some(b'{') {
            return Err(self.fail("invalid type: expected an object"));
        }
        self.pos += 1;
        let mut seen = 0_u32;
        if self.eat("}") {
            return Ok(seen);
        }
        loop {
            let key = self.string()?;
            let Some(index) = fields.iter().position(|name| *name == key) else {
                // Named by its own path, as the host wrote it.
                let mut place = self.place();
                if place == "." {
                    place.clear();
                } else {
                    place.push('.');
                }
                place.push_str(&key);
                self.problem = Some(Problem {
                    place,
                    message: format!(
                        "unknown field `{key}`, expected one of `{}`",
                        fields.join("`, `")
                    ),
                });
                return Err(Failed);
            };
            if seen & (1 << index) != 0 {
                return Err(self.fail(&format!("duplicate field `{key}`")));
            }
            seen |= 1 << index;
            self.expect(":", "expected `:` after a key")?;
            self.path.push(Seg::Key(fields[index]));
            field(self, index)?;
            self.path.pop();
            if self.eat("}") {
                return Ok(seen);
            }
            self.expect(",", "expected `,` or `}` in an object")?;
        }
    }

    /// Fails unless every field of `required` (indices into `fields`) was seen.
    fn require(&mut self, seen: u32, fields: &[&str], required: u32) -> Res<()> {
        match fields
            .iter()
            .enumerate()
            .find(|(index, _)| required & (1 << index) != 0 && seen & (1 << index) == 0)
        {
            Some((_, name)) => Err(self.fail(&format!("missing field `{name}`"))),
            None => Ok(()),
        }
    }

    /// An array; `item` reads each element. Returns the number of elements.
    fn array(&mut self, item: &mut dyn FnMut(&mut Self) -> Res<()>) -> Res<usize> {
        if self.peek() != Some(b'[') {
            return Err(self.fail("invalid type: expected an array"));
        }
        self.pos += 1;
        let mut count = 0;
        if self.eat("]") {
            return Ok(count);
        }
        loop {
            self.path.push(Seg::Index(count));
            item(self)?;
            self.path.pop();
            count += 1;
            if self.eat("]") {
                return Ok(count);
            }
            self.expect(",", "expected `,` or `]` in an array")?;
        }
    }

    fn list<T>(&mut self, read: fn(&mut Self) -> Res<T>) -> Res<Vec<T>> {
        let mut out = Vec::new();
        self.array(&mut |parser| {
            out.push(read(parser)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// An array of exactly two elements.
    fn pair<T: Default>(&mut self, read: fn(&mut Self) -> Res<T>) -> Res<[T; 2]> {
        let mut out: [T; 2] = Default::default();
        let mut index = 0;
        let count = self.array(&mut |parser| {
            let value = read(parser)?;
            if let Some(slot) = out.get_mut(index) {
                *slot = value;
            }
            index += 1;
            Ok(())
        })?;
        if count != 2 {
            return Err(self.fail(&format!("invalid length {count}, expected an array of two")));
        }
        Ok(out)
    }

    fn optional<T>(&mut self, read: fn(&mut Self) -> Res<T>) -> Res<Option<T>> {
        if self.null() {
            Ok(None)
        } else {
            read(self).map(Some)
        }
    }
}

fn string(parser: &mut Parser) -> Res<String> {
    parser.string()
}

fn optional_string(parser: &mut Parser) -> Res<Option<String>> {
    parser.optional(Parser::string)
}

fn score(parser: &mut Parser) -> Res<Score> {
    parser.pair(Parser::byte)
}

fn competition(p: &mut Parser) -> Res<Competition> {
    const FIELDS: &[&str] = &["format", "competition", "rules", "teams", "rounds"];
    let (mut format, mut info, mut rules, mut teams, mut rounds) = (0, None, None, vec![], vec![]);
    let seen = p.object(FIELDS, &mut |p, field| {
        match field {
            0 => format = p.uint(u32::MAX)?,
            1 => info = Some(competition_info(p)?),
            2 => rules = Some(default_rules(p)?),
            3 => teams = p.list(team)?,
            _ => rounds = p.list(round)?,
        }
        Ok(())
    })?;
    p.require(seen, FIELDS, 0b11111)?;
    match (info, rules) {
        (Some(competition), Some(rules)) => Ok(Competition {
            format,
            competition,
            rules,
            teams,
            rounds,
        }),
        _ => Err(p.fail("missing field")),
    }
}

fn competition_info(p: &mut Parser) -> Res<CompetitionInfo> {
    const FIELDS: &[&str] = &["name", "stage", "dates", "next_stage"];
    let mut info = CompetitionInfo::default();
    let seen = p.object(FIELDS, &mut |p, field| {
        let slot = match field {
            0 => {
                info.name = p.string()?;
                return Ok(());
            }
            1 => &mut info.stage,
            2 => &mut info.dates,
            _ => &mut info.next_stage,
        };
        *slot = optional_string(p)?;
        Ok(())
    })?;
    p.require(seen, FIELDS, 0b1)?;
    Ok(info)
}

fn away_goals(p: &mut Parser) -> Res<AwayGoals> {
    Ok(
        match p.variant(&["off", "normal_time", "including_extra_time"])? {
            0 => AwayGoals::Off,
            1 => AwayGoals::NormalTime,
            _ => AwayGoals::IncludingExtraTime,
        },
    )
}

const RULE_FIELDS: &[&str] = &["away_goals", "extra_time", "penalties", "legs"];

fn rules_override(p: &mut Parser) -> Res<RulesOverride> {
    let mut over = RulesOverride::default();
    p.object(RULE_FIELDS, &mut |p, field| {
        match field {
            0 => over.away_goals = p.optional(away_goals)?,
            1 => over.extra_time = p.optional(Parser::boolean)?,
            2 => over.penalties = p.optional(Parser::boolean)?,
            _ => over.legs = p.optional(Parser::byte)?,
        }
        Ok(())
    })?;
    Ok(over)
}

fn default_rules(p: &mut Parser) -> Res<Rules> {
    let over = rules_override(p)?;
    let seen = u32::from(over.away_goals.is_some())
        | u32::from(over.extra_time.is_some()) << 1
        | u32::from(over.penalties.is_some()) << 2;
    p.require(seen, RULE_FIELDS, 0b111)?;
    Ok(Rules {
        away_goals: over.away_goals.unwrap_or(AwayGoals::Off),
        extra_time: over.extra_time.unwrap_or(false),
        penalties: over.penalties.unwrap_or(false),
        legs: over.legs.unwrap_or(2),
    })
}

fn team(p: &mut Parser) -> Res<Team> {
    const FIELDS: &[&str] = &["id", "name", "country"];
    let mut team = Team {
        id: String::new(),
        name: String::new(),
        country: String::new(),
    };
    let seen = p.object(FIELDS, &mut |p, field| {
        *match field {
            0 => &mut team.id,
            1 => &mut team.name,
            _ => &mut team.country,
        } = p.string()?;
        Ok(())
    })?;
    p.require(seen, FIELDS, 0b111)?;
    Ok(team)
}

fn round(p: &mut Parser) -> Res<Round> {
    const FIELDS: &[&str] = &["id", "name", "dates", "rules", "ties"];
    let mut round = Round {
        id: String::new(),
        name: String::new(),
        dates: None,
        rules: None,
        ties: Vec::new(),
    };
    let seen = p.object(FIELDS, &mut |p, field| {
        match field {
            0 => round.id = p.string()?,
            1 => round.name = p.string()?,
            2 => round.dates = optional_string(p)?,
            3 => round.rules = p.optional(rules_override)?,
            _ => round.ties = p.list(tie)?,
        }
        Ok(())
    })?;
    p.require(seen, FIELDS, 0b10011)?;
    Ok(round)
}

fn tie(p: &mut Parser) -> Res<Tie> {
    const FIELDS: &[&str] = &[
        "id", "teams", "bye", "from", "entered", "walkover", "rules", "legs",
    ];
    let mut tie = Tie::default();
    let seen = p.object(FIELDS, &mut |p, field| {
        match field {
            0 => tie.id = p.string()?,
            1 => tie.teams = p.optional(|p| p.pair(string))?,
            2 => tie.bye = optional_string(p)?,
            3 => tie.from = p.optional(|p| p.pair(optional_string))?,
            4 => tie.entered = p.optional(|p| p.pair(optional_string))?,
            5 => tie.walkover = p.optional(walkover)?,
            6 => tie.rules = p.optional(rules_override)?,
            _ => tie.legs = p.list(leg)?,
        }
        Ok(())
    })?;
    p.require(seen, FIELDS, 0b1)?;
    Ok(tie)
}

fn walkover(p: &mut Parser) -> Res<Walkover> {
    const FIELDS: &[&str] = &["winner", "reason"];
    let mut walkover = Walkover {
        winner: String::new(),
        reason: None,
    };
    let seen = p.object(FIELDS, &mut |p, field| {
        match field {
            0 => walkover.winner = p.string()?,
            _ => walkover.reason = optional_string(p)?,
        }
        Ok(())
    })?;
    p.require(seen, FIELDS, 0b1)?;
    Ok(walkover)
}

fn side(p: &mut Parser) -> Res<Side> {
    Ok(match p.variant(&["home", "away"])? {
        0 => Side::Home,
        _ => Side::Away,
    })
}

fn leg(p: &mut Parser) -> Res<Match> {
    const FIELDS: &[&str] = &[
        "id",
        "home",
        "away",
        "status",
        "score",
        "extra_time_score",
        "penalties",
        "date",
        "kickoff",
        "utc_offset",
        "venue",
        "city",
        "attendance",
        "referee",
        "goals",
        "shootout",
        "report",
        "notes",
    ];
    let mut leg = Match::default();
    let seen = p.object(FIELDS, &mut |p, field| {
        let text = match field {
            0 => &mut leg.id,
            1 => &mut leg.home,
            2 => &mut leg.away,
            _ => {
                let optional = match field {
                    3 => {
                        leg.status =
                            match p.variant(&["played", "awarded", "cancelled", "scheduled"])? {
                                0 => MatchStatus::Played,
                                1 => MatchStatus::Awarded,
                                2 => MatchStatus::Cancelled,
                                _ => MatchStatus::Scheduled,
                            };
                        return Ok(());
                    }
                    4 => &mut leg.score,
                    5 => &mut leg.extra_time_score,
                    6 => &mut leg.penalties,
                    12 => {
                        leg.attendance = p.optional(|p| p.uint(u32::MAX))?;
                        return Ok(());
                    }
                    13 => {
                        leg.referee = p.optional(referee)?;
                        return Ok(());
                    }
                    14 => {
                        leg.goals = p.list(goal)?;
                        return Ok(());
                    }
                    15 => {
                        leg.shootout = p.list(kick)?;
                        return Ok(());
                    }
                    17 => {
                        leg.notes = p.list(string)?;
                        return Ok(());
                    }
                    _ => {
                        *match field {
                            7 => &mut leg.date,
                            8 => &mut leg.kickoff,
                            9 => &mut leg.utc_offset,
                            10 => &mut leg.venue,
                            11 => &mut leg.city,
                            _ => &mut leg.report,
                        } = optional_string(p)?;
                        return Ok(());
                    }
                };
                *optional = p.optional(score)?;
                return Ok(());
            }
        };
        *text = p.string()?;
        Ok(())
    })?;
    p.require(seen, FIELDS, 0b1111)?;
    Ok(leg)
}

fn referee(p: &mut Parser) -> Res<Referee> {
    const FIELDS: &[&str] = &["name", "country"];
    let mut referee = Referee {
        name: String::new(),
        country: None,
    };
    let seen = p.object(FIELDS, &mut |p, field| {
        match field {
            0 => referee.name = p.string()?,
            _ => referee.country = optional_string(p)?,
        }
        Ok(())
    })?;
    p.require(seen, FIELDS, 0b1)?;
    Ok(referee)
}

fn goal(p: &mut Parser) -> Res<Goal> {
    const FIELDS: &[&str] = &["team", "player", "minute", "kind"];
    let mut goal = Goal {
        team: Side::Home,
        player: String::new(),
        minute: None,
        kind: None,
    };
    let seen = p.object(FIELDS, &mut |p, field| {
        match field {
            0 => goal.team = side(p)?,
            1 => goal.player = p.string()?,
            2 => goal.minute = optional_string(p)?,
            _ => {
                goal.kind = p.optional(|p| {
                    Ok(match p.variant(&["normal", "penalty", "own_goal"])? {
                        0 => GoalKind::Normal,
                        1 => GoalKind::Penalty,
                        _ => GoalKind::OwnGoal,
                    })
                })?;
            }
        }
        Ok(())
    })?;
    p.require(seen, FIELDS, 0b11)?;
    Ok(goal)
}

fn kick(p: &mut Parser) -> Res<Kick> {
    const FIELDS: &[&str] = &["team", "player", "scored"];
    let mut kick = Kick {
        team: Side::Home,
        player: None,
        scored: false,
    };
    let seen = p.object(FIELDS, &mut |p, field| {
        match field {
            0 => kick.team = side(p)?,
            1 => kick.player = optional_string(p)?,
            _ => kick.scored = p.boolean()?,
        }
        Ok(())
    })?;
    p.require(seen, FIELDS, 0b101)?;
    Ok(kick)
}

/// Puts back what build.rs left out of the compiled-in file because the rest
/// of the file says it (see `json::to_embedded`): an empty tie id is
/// `first-v-second` of its teams; a leg with an empty home and away is
/// hosted by `teams[0]`, then `teams[1]`; an empty match id is
/// `Home name v Away name`. The file is 2 KB smaller gzipped without them.
/// Only for the compiled-in file: a host's `data` is read as written.
pub fn fill_in_derived(competition: &mut Competition) {
    let Competition { teams, rounds, .. } = competition;
    let name = |id: &str| crate::model::team_name(teams, id);
    for tie in rounds.iter_mut().flat_map(|round| &mut round.ties) {
        if let Some([first, second]) = &tie.teams {
            if tie.id.is_empty() {
                tie.id = [first, "-v-", second].concat();
            }
            for (index, leg) in tie.legs.iter_mut().enumerate() {
                if leg.home.is_empty() && leg.away.is_empty() {
                    let (home, away) = if index % 2 == 0 {
                        (first, second)
                    } else {
                        (second, first)
                    };
                    leg.home.clone_from(home);
                    leg.away.clone_from(away);
                }
            }
        }
        for leg in &mut tie.legs {
            if leg.id.is_empty() {
                leg.id = [name(&leg.home), " v ", name(&leg.away)].concat();
            }
        }
    }
}

#[cfg(all(test, feature = "cli"))]
mod tests {
    use super::*;

    fn both(text: &str) -> (Result<Competition, Problem>, Result<Competition, Problem>) {
        (read_competition(text), crate::json::read_competition(text))
    }

    #[test]
    fn the_data_files_read_as_serde_reads_them() {
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../data"))
            .expect("the data folder")
        {
            let path = entry.expect("an entry").path();
            let text = std::fs::read_to_string(&path).expect("a data file");
            let (ours, serde) = both(&text);
            assert_eq!(ours.expect("ours reads it"), serde.expect("serde reads it"));
            // The minified form the bundle embeds, too.
            let minified =
                crate::json::to_minified(&crate::json::read_competition(&text).expect("read"));
            assert_eq!(
                read_competition(&minified),
                crate::json::read_competition(&minified)
            );
        }
    }

    #[test]
    fn generated_competitions_read_as_serde_reads_them() {
        for teams in [2, 8, 64, 256] {
            let competition = crate::generate::generate(teams, 7).expect("generated");
            let text = crate::json::to_pretty(&competition);
            assert_eq!(read_competition(&text), Ok(competition));
        }
    }

    #[test]
    fn the_embedded_form_comes_back_whole() {
        let mut competitions = vec![crate::generate::generate(16, 3).expect("generated")];
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../data"))
            .expect("the data folder")
        {
            let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("a file");
            competitions.push(crate::json::read_competition(&text).expect("read"));
        }
        for competition in competitions {
            let embedded = crate::json::to_embedded(&competition).expect("comes back");
            assert!(embedded.len() < crate::json::to_minified(&competition).len());
            let mut back = read_competition(&embedded).expect("reads");
            fill_in_derived(&mut back);
            assert_eq!(back, competition);
        }
        // A tie id that only looks derived stays as written.
        let mut odd = crate::generate::generate(4, 1).expect("generated");
        if let Some(tie) = odd
            .rounds
            .first_mut()
            .and_then(|round| round.ties.first_mut())
        {
            tie.id.clear();
        }
        assert_eq!(crate::json::to_embedded(&odd), None);
    }

    #[test]
    fn escapes_and_every_optional_field() {
        let text = r#"{"format":1,"competition":{"name":"A \"cup\" \u00e9\ud83d\ude00\n","stage":null},
            "rules":{"away_goals":"including_extra_time","extra_time":true,"penalties":true,"legs":1},
            "teams":[{"id":"a","name":"A","country":"MAR"},{"id":"b","name":"B","country":"GUI"}],
            "rounds":[{"id":"r","name":"R","dates":"May","rules":{"legs":2,"away_goals":"off"},"ties":[
              {"id":"t","teams":["a","b"],"from":[null,"x"],"entered":["CL",null],
               "walkover":{"winner":"a","reason":"why"},"rules":{"penalties":false},
               "legs":[{"id":"A v B","home":"a","away":"b","status":"awarded","score":[3,0],
                 "extra_time_score":[3,1],"penalties":[4,2],"date":"2017-03-18","kickoff":"17:00",
                 "utc_offset":"+00:00","venue":"V","city":"C","attendance":4294967295,
                 "referee":{"name":"R","country":"N"},
                 "goals":[{"team":"away","player":"P","minute":"90+2","kind":"own_goal"}],
                 "shootout":[{"team":"home","player":"Q","scored":true},{"team":"away","scored":false}],
                 "report":"https://example.com/","notes":["n"]}]},
              {"id":"y","bye":"a"}]}]}"#;
        let (ours, serde) = both(text);
        assert_eq!(ours, serde);
        // Four hex digits, no sign (as serde_json, unlike `from_str_radix`).
        let signed = text.replacen(r"\u00e9", r"\u+0e9", 1);
        let (ours_signed, serde_signed) = both(&signed);
        assert!(ours_signed.is_err() && serde_signed.is_err());
        assert_eq!(
            ours.expect("reads").competition.name,
            "A \"cup\" \u{e9}\u{1f600}\n"
        );
    }

    #[test]
    fn refusals_name_the_place() {
        let good = crate::json::to_minified(&crate::generate::generate(4, 1).expect("generated"));
        let place = |text: &str| read_competition(text).expect_err("refused").place;
        let bad_score = good.replacen(r#""score":["#, r#""score":"2-0","x":["#, 1);
        assert_eq!(place(&bad_score), "rounds[0].ties[0].legs[0].score");
        let unknown = good.replacen(r#""name""#, r#""nom""#, 1);
        assert_eq!(place(&unknown), "competition.nom");
        assert_eq!(
            place(&good.replacen(r#""format":1"#, r#""format":1.5"#, 1)),
            "format"
        );
        assert_eq!(
            place(&good.replacen(r#""format":1"#, r#""format":-1"#, 1)),
            "format"
        );
        assert_eq!(place(r#"{"format":1}"#), ".");
        assert_eq!(place("[]"), ".");
        assert_eq!(place(&format!("{good} x")), ".");
        let big = good.replacen(r#""score":["#, r#""score":[256,"#, 1);
        let problem = read_competition(&big).expect_err("refused");
        assert_eq!(problem.place, "rounds[0].ties[0].legs[0].score[0]");
        assert!(problem.message.contains("0 to 255"), "{}", problem.message);
        // Never a panic, whatever is cut off.
        for end in 0..good.len() {
            if let Some(head) = good.get(..end) {
                assert!(read_competition(head).is_err());
            }
        }
    }
}
