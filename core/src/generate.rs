//! A synthetic, valid competition of any power-of-two size, for scaling
//! benchmarks: two-legged knockout rounds down to a one-match final, with
//! away-goal, extra-time and shoot-out decisions among ordinary ones.
//!
//! Deterministic: the same size and seed give the same file, so benchmark
//! runs compare like with like.

use crate::model::{
    AwayGoals, Competition, CompetitionInfo, Match, MatchStatus, Round, Rules, RulesOverride,
    Score, Team, Tie,
};
use crate::rules::decide;

/// The largest field `generate` builds (65,535 ties).
pub const MAX_TEAMS: usize = 1 << 16;

/// SplitMix64: small, fast and the same on every platform.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `bound` (bound > 0).
    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound.max(1)
    }

    /// Goals in one side's 90 minutes, roughly as often as in real football.
    fn goals(&mut self, home: bool) -> u8 {
        let weights: [u64; 6] = if home {
            [24, 34, 24, 11, 5, 2]
        } else {
            [34, 36, 19, 7, 3, 1]
        };
        let mut roll = self.below(weights.iter().sum());
        let mut goals = 0;
        for weight in weights {
            if roll < weight {
                break;
            }
            roll -= weight;
            goals += 1;
        }
        goals
    }
}

const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mi", "ra", "to", "be", "nu", "sa", "di", "go", "ve", "zo", "pe", "li", "ma", "ru",
];
const PREFIXES: [&str; 8] = [
    "FC", "AS", "CS", "US", "Real", "Sporting", "Racing", "Union",
];
const COUNTRIES: [&str; 12] = [
    "MAR", "EGY", "NGA", "GHA", "CMR", "SEN", "TUN", "ALG", "RSA", "KEN", "ZAM", "CIV",
];

/// A made-up town, unique per number: the number's base-16 digits as syllables.
fn town(number: usize) -> String {
    let mut rest = number;
    let mut name = String::new();
    loop {
        name.push_str(SYLLABLES.get(rest % 16).copied().unwrap_or("xa"));
        rest /= 16;
        if rest == 0 {
            break;
        }
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => name,
    }
}

fn round_name(ties: usize) -> (String, String) {
    match ties {
        1 => ("final".into(), "Final".into()),
        2 => ("semi-finals".into(), "Semi-finals".into()),
        4 => ("quarter-finals".into(), "Quarter-finals".into()),
        _ => (
            format!("round-of-{}", ties * 2),
            format!("Round of {}", ties * 2),
        ),
    }
}

fn leg(teams: &[Team], home: usize, away: usize, score: Score) -> Match {
    let name = |index: usize| teams.get(index).map_or("?", |team| team.name.as_str());
    let id = |index: usize| teams.get(index).map_or("?", |team| team.id.as_str());
    Match {
        id: format!("{} v {}", name(home), name(away)),
        home: Some(id(home).to_string()),
        away: Some(id(away).to_string()),
        status: MatchStatus::Played,
        score: Some(score),
        ..Match::default()
    }
}

/// Plays a tie between team indexes `first` (host of the first leg) and `second`.
fn play(random: &mut Random, teams: &[Team], first: usize, second: usize, rules: &Rules) -> Tie {
    let mut legs = vec![leg(
        teams,
        first,
        second,
        [random.goals(true), random.goals(false)],
    )];
    if rules.legs == 2 {
        legs.push(leg(
            teams,
            second,
            first,
            [random.goals(true), random.goals(false)],
        ));
    }
    let mut tie = Tie {
        id: format!(
            "{}-v-{}",
            teams.get(first).map_or("?", |team| team.id.as_str()),
            teams.get(second).map_or("?", |team| team.id.as_str())
        ),
        teams: Some([first, second].map(|index| {
            Some(
                teams
                    .get(index)
                    .map_or_else(String::new, |team| team.id.clone()),
            )
        })),
        legs,
        ..Tie::default()
    };
    // Level after 90 minutes and away goals: extra time, then (if still level) penalties.
    if decide(
        &tie,
        &Rules {
            extra_time: false,
            penalties: false,
            ..*rules
        },
    )
    .winner
    .is_none()
    {
        let Some(last) = tie.legs.last_mut() else {
            return tie;
        };
        let score = last.score.unwrap_or_default();
        let extra = [
            u8::from(random.below(4) == 0),
            u8::from(random.below(5) == 0),
        ];
        last.extra_time_score = Some([score[0] + extra[0], score[1] + extra[1]]);
        if decide(
            &tie,
            &Rules {
                penalties: false,
                ..*rules
            },
        )
        .winner
        .is_none()
        {
            let winner_kicks = 3 + random.below(3) as u8;
            let loser_kicks = random.below(u64::from(winner_kicks)) as u8;
            if let Some(last) = tie.legs.last_mut() {
                last.penalties = Some(if random.below(2) == 0 {
                    [winner_kicks, loser_kicks]
                } else {
                    [loser_kicks, winner_kicks]
                });
            }
        }
    }
    tie
}

/// A valid competition of `teams` teams (a power of two from 2 to [`MAX_TEAMS`]).
pub fn generate(teams: usize, seed: u64) -> Result<Competition, String> {
    if !(2..=MAX_TEAMS).contains(&teams) || !teams.is_power_of_two() {
        return Err(format!(
            "--teams must be a power of two from 2 to {MAX_TEAMS}, not {teams}"
        ));
    }
    let mut random = Random(seed);
    let roster: Vec<Team> = (0..teams)
        .map(|index| {
            let prefix = PREFIXES
                .get(index % PREFIXES.len())
                .copied()
                .unwrap_or("FC");
            let name = format!("{prefix} {}", town(index));
            Team {
                id: name.to_lowercase().replace(' ', "-"),
                name,
                names: None,
                country: COUNTRIES
                    .get(random.below(COUNTRIES.len() as u64) as usize)
                    .copied()
                    .unwrap_or("MAR")
                    .to_string(),
            }
        })
        .collect();
    let rules = Rules {
        away_goals: AwayGoals::NormalTime,
        extra_time: true,
        penalties: true,
        legs: 2,
    };
    let index_of: std::collections::HashMap<&str, usize> = roster
        .iter()
        .enumerate()
        .map(|(index, team)| (team.id.as_str(), index))
        .collect();
    // Each entrant: a team index and the tie it came from.
    let mut entrants: Vec<(usize, Option<String>)> =
        (0..teams).map(|index| (index, None)).collect();
    let mut rounds = Vec::new();
    while entrants.len() >= 2 {
        let count = entrants.len() / 2;
        let (id, name) = round_name(count);
        let final_match = count == 1;
        let round_rules = Rules {
            legs: if final_match { 1 } else { 2 },
            ..rules
        };
        let mut ties = Vec::with_capacity(count);
        let mut next = Vec::with_capacity(count);
        for pair in entrants.chunks(2) {
            let [(first, first_from), (second, second_from)] = pair else {
                continue;
            };
            let mut tie = play(&mut random, &roster, *first, *second, &round_rules);
            if first_from.is_some() || second_from.is_some() {
                tie.from = Some([first_from.clone(), second_from.clone()]);
            }
            let winner = decide(&tie, &round_rules)
                .winner
                .and_then(|slot| {
                    tie.teams
                        .as_ref()
                        .and_then(|teams| teams[slot.index()].clone())
                })
                .and_then(|id| index_of.get(id.as_str()).copied())
                .unwrap_or(*first);
            next.push((winner, Some(tie.id.clone())));
            ties.push(tie);
        }
        rounds.push(Round {
            id,
            name,
            names: None,
            dates: None,
            dates_names: None,
            rules: final_match.then_some(RulesOverride {
                legs: Some(1),
                ..RulesOverride::default()
            }),
            ties,
        });
        entrants = next;
    }
    Ok(Competition {
        format: crate::model::FORMAT_VERSION,
        competition: CompetitionInfo {
            name: format!("Synthetic Cup ({teams} teams)"),
            stage: Some("Knockout rounds".into()),
            next_stage: Some("Champions".into()),
            ..CompetitionInfo::default()
        },
        rules,
        teams: roster,
        rounds,
    })
}

/// The day the generated competitions start: Friday 10 February 2017.
const FIRST_DAY: (i64, u32, u32) = (2017, 2, 10);

/// Kick-offs, one a tie in turn (UTC).
const KICKOFFS: [&str; 3] = ["15:00", "17:30", "20:00"];

/// Days since 1970-01-01 of a Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01, as `YYYY-MM-DD`.
fn civil_from_days(days: i64) -> String {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A date, kick-off and UTC offset for every leg: round `r` starts two weeks
/// after round `r − 1`, its ties' first legs spread over three days (Friday
/// to Sunday), second legs a week later.
fn schedule(competition: &mut Competition) {
    let start = days_from_civil(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2);
    for (round_index, round) in competition.rounds.iter_mut().enumerate() {
        for (tie_index, tie) in round.ties.iter_mut().enumerate() {
            let spread = tie_index % 3;
            for (leg_index, leg) in tie.legs.iter_mut().enumerate() {
                let offset = 14 * round_index + 7 * leg_index + spread;
                let offset = i64::try_from(offset).unwrap_or(i64::MAX / 2);
                leg.date = Some(civil_from_days(start + offset));
                leg.kickoff = KICKOFFS.get(spread).map(|time| (*time).to_string());
                leg.utc_offset = Some("+00:00".to_string());
            }
        }
    }
}

/// Ids that name no team for the ties whose teams are not known yet (the
/// generated ids name the teams the generator had them play): the tie
/// `round-of-16-3`, its legs "Round of 16 tie 3, first leg" and "…, second
/// leg" ("…, match" for one), and every `from` that names it.
fn neutral_ids(competition: &mut Competition) {
    let mut renamed: Vec<(String, String)> = Vec::new();
    for round in &mut competition.rounds {
        for (index, tie) in round.ties.iter_mut().enumerate() {
            if let Some(from) = &mut tie.from {
                for source in from.iter_mut().flatten() {
                    if let Some((_, new)) = renamed.iter().find(|(old, _)| old == source) {
                        source.clone_from(new);
                    }
                }
            }
            if tie.known_teams().is_some() || tie.bye.is_some() {
                continue;
            }
            let id = format!("{}-{}", round.id, index + 1);
            renamed.push((std::mem::replace(&mut tie.id, id), tie.id.clone()));
            let count = tie.legs.len();
            for (number, leg) in tie.legs.iter_mut().enumerate() {
                let which = match (count, number) {
                    (1, _) => "match",
                    (_, 0) => "first leg",
                    _ => "second leg",
                };
                leg.id = format!("{} tie {}, {which}", round.name, index + 1);
            }
        }
    }
}

/// A valid competition of `teams` teams stopped part way: every leg dated,
/// the first `played` (a fraction from 0 to 1) of them in date order played
/// as [`generate`] plays them, the rest scheduled; the places of ties whose
/// feeder is undecided are `null` (and such ties' ids name no team).
pub fn generate_played(teams: usize, seed: u64, played: f64) -> Result<Competition, String> {
    if !(0.0..=1.0).contains(&played) {
        return Err(format!(
            "--played must be a fraction from 0 to 1, not {played}"
        ));
    }
    let mut competition = generate(teams, seed)?;
    schedule(&mut competition);
    // Legs in date order (kick-off, then file order, breaking ties).
    let mut order: Vec<(String, usize, usize, usize, usize)> = Vec::new();
    for (round_index, round) in competition.rounds.iter().enumerate() {
        for (tie_index, tie) in round.ties.iter().enumerate() {
            for (leg_index, leg) in tie.legs.iter().enumerate() {
                let when = [leg.date.as_deref(), leg.kickoff.as_deref()]
                    .map(Option::unwrap_or_default)
                    .concat();
                order.push((when, order.len(), round_index, tie_index, leg_index));
            }
        }
    }
    order.sort();
    // A fraction of at most 65,535 × 2 legs: exact enough in an f64.
    let count = (played * order.len() as f64).round() as usize;
    for (_, _, round, tie, leg) in order.into_iter().skip(count) {
        if let Some(leg) = competition
            .rounds
            .get_mut(round)
            .and_then(|round| round.ties.get_mut(tie))
            .and_then(|tie| tie.legs.get_mut(leg))
        {
            crate::places::unplay(leg);
        }
    }
    crate::places::forget_undecided(&mut competition);
    neutral_ids(&mut competition);
    Ok(competition)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_days_as_the_calendar_does() {
        let start = days_from_civil(2017, 2, 10);
        assert_eq!(civil_from_days(start), "2017-02-10");
        assert_eq!(civil_from_days(start + 19), "2017-03-01");
        assert_eq!(civil_from_days(start + 324), "2017-12-31");
        assert_eq!(civil_from_days(start + 325), "2018-01-01");
        assert_eq!(
            civil_from_days(days_from_civil(2016, 2, 28) + 1),
            "2016-02-29"
        );
        assert_eq!(days_from_civil(1970, 1, 1), 0);
    }

    #[test]
    fn a_competition_stopped_part_way_is_valid() {
        for played in [0.0, 0.3, 0.5, 0.77, 1.0] {
            let competition = generate_played(64, 3, played).expect("generated");
            assert_eq!(crate::validate::validate(&competition), vec![], "{played}");
            let legs: Vec<&crate::model::Match> = competition
                .rounds
                .iter()
                .flat_map(|round| &round.ties)
                .flat_map(|tie| &tie.legs)
                .collect();
            let done = legs.iter().filter(|leg| leg.status.counts()).count();
            assert_eq!(
                done,
                (played * legs.len() as f64).round() as usize,
                "{played}"
            );
            // Played legs all come before the first leg to play.
            let last_played = legs
                .iter()
                .filter(|leg| leg.status.counts())
                .map(|leg| &leg.date)
                .max();
            let first_to_play = legs
                .iter()
                .filter(|leg| !leg.status.counts())
                .map(|leg| &leg.date)
                .min();
            if let (Some(last), Some(first)) = (last_played, first_to_play) {
                assert!(last <= first, "{played}");
            }
        }
        assert_eq!(generate_played(64, 3, 1.0).map(|c| c.rounds.len()), Ok(6));
        assert!(generate_played(64, 3, 1.5).is_err());
        assert!(generate_played(64, 3, f64::NAN).is_err());
    }
}
