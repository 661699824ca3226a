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
            dates: None,
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
            dates: None,
            next_stage: Some("Champions".into()),
        },
        rules,
        teams: roster,
        rounds,
    })
}
