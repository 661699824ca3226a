//! Invariants of the rules, the validator and the file format, over generated input.
#![allow(clippy::unwrap_used)]

mod support;

use cup_bracket_core::json::parse_competition;
use cup_bracket_core::model::{
    AwayGoals, Competition, CompetitionInfo, Goal, GoalKind, Kick, Match, MatchStatus, Names,
    Referee, Round, Rules, RulesOverride, Score, Side, Team, Tie, Walkover,
};
use cup_bracket_core::outcomes::outcomes;
use cup_bracket_core::rules::{decide, DecidedBy, Slot};
use cup_bracket_core::validate::validate;
use proptest::option::of as maybe;
use proptest::prelude::*;

fn arb_away_goals() -> impl Strategy<Value = AwayGoals> {
    prop_oneof![
        Just(AwayGoals::Off),
        Just(AwayGoals::NormalTime),
        Just(AwayGoals::IncludingExtraTime),
    ]
}

fn arb_rules() -> impl Strategy<Value = Rules> {
    (arb_away_goals(), any::<bool>(), any::<bool>(), 1..=2u8).prop_map(
        |(away_goals, extra_time, penalties, legs)| Rules {
            away_goals,
            extra_time,
            penalties,
            legs,
        },
    )
}

/// Goals as football has them, now and then a cricket score.
fn arb_score() -> impl Strategy<Value = Score> {
    prop_oneof![
        9 => [0..=5u8, 0..=5u8],
        1 => [any::<u8>(), any::<u8>()],
    ]
}

/// Extra goals on top of a score, so that the extra-time score never goes below it.
fn plus(score: Score, extra: Score) -> Score {
    [
        score[0].saturating_add(extra[0]),
        score[1].saturating_add(extra[1]),
    ]
}

fn leg(home: &str, away: &str, score: Score) -> Match {
    Match {
        id: format!("{home} v {away}"),
        home: Some(home.into()),
        away: Some(away.into()),
        status: MatchStatus::Played,
        score: Some(score),
        ..Match::default()
    }
}

/// A two-legged (or one-match) tie between "alpha" and "beta", alpha hosting first.
#[derive(Clone, Debug)]
struct Case {
    rules: Rules,
    tie: Tie,
}

fn arb_case() -> impl Strategy<Value = Case> {
    (
        arb_rules(),
        arb_score(),
        arb_score(),
        maybe([0..=2u8, 0..=2u8]),
        maybe([0..=7u8, 0..=7u8]),
    )
        .prop_map(|(rules, first, second, extra, kicks)| {
            let mut legs = vec![leg("alpha", "beta", first)];
            if rules.legs == 2 {
                legs.push(leg("beta", "alpha", second));
            }
            if let Some(last) = legs.last_mut() {
                last.extra_time_score = extra.map(|extra| plus(last.score.unwrap(), extra));
                last.penalties = kicks;
            }
            Case {
                rules,
                tie: Tie {
                    id: "alpha-v-beta".into(),
                    teams: Some([Some("alpha".into()), Some("beta".into())]),
                    legs,
                    ..Tie::default()
                },
            }
        })
}

fn winner_id(tie: &Tie, winner: Option<Slot>) -> Option<String> {
    let teams = tie.teams.clone()?;
    winner.and_then(|slot| teams[slot.index()].clone())
}

fn flip<T: Copy>(pair: Option<[T; 2]>) -> Option<[T; 2]> {
    pair.map(|[a, b]| [b, a])
}

proptest! {
    #[test]
    fn swapping_the_teams_swaps_the_aggregate_and_keeps_the_winner(case in arb_case()) {
        let outcome = decide(&case.tie, &case.rules);
        let mut swapped = case.tie.clone();
        swapped.teams = swapped.teams.map(|[a, b]| [b, a]);
        let other = decide(&swapped, &case.rules);
        prop_assert_eq!(other.aggregate, flip(outcome.aggregate));
        prop_assert_eq!(other.away_goals, flip(outcome.away_goals));
        prop_assert_eq!(other.penalties, flip(outcome.penalties));
        prop_assert_eq!(other.decided_by, outcome.decided_by);
        prop_assert_eq!(winner_id(&swapped, other.winner), winner_id(&case.tie, outcome.winner));
        prop_assert_eq!(other.leader.map(Slot::other), outcome.leader);
    }

    #[test]
    fn once_the_aggregate_differs_nothing_after_it_matters(
        case in arb_case(),
        away_goals in arb_away_goals(),
        extra in maybe([0..=3u8, 0..=3u8]),
        kicks in maybe([0..=9u8, 0..=9u8]),
    ) {
        let plain = Rules { extra_time: false, penalties: false, ..case.rules };
        let mut bare = case.tie.clone();
        for leg in &mut bare.legs {
            leg.extra_time_score = None;
            leg.penalties = None;
        }
        let before = decide(&bare, &plain);
        prop_assume!(before.decided_by == DecidedBy::Aggregate);
        let mut busy = bare.clone();
        if let Some(last) = busy.legs.last_mut() {
            last.extra_time_score = extra.map(|extra| plus(last.score.unwrap(), extra));
            last.penalties = kicks;
        }
        let after = decide(&busy, &Rules { away_goals, ..case.rules });
        prop_assert_eq!(after.decided_by, DecidedBy::Aggregate);
        prop_assert_eq!(after.winner, before.winner);
    }

    #[test]
    fn with_away_goals_off_the_venue_does_not_matter(case in arb_case()) {
        let rules = Rules { away_goals: AwayGoals::Off, ..case.rules };
        let outcome = decide(&case.tie, &rules);
        let mut moved = case.tie.clone();
        for leg in &mut moved.legs {
            std::mem::swap(&mut leg.home, &mut leg.away);
            leg.score = flip(leg.score);
            leg.extra_time_score = flip(leg.extra_time_score);
            leg.penalties = flip(leg.penalties);
        }
        let other = decide(&moved, &rules);
        prop_assert_eq!(other, outcome);
    }

    #[test]
    fn every_tie_gets_exactly_one_of_first_second_or_undecided(case in arb_case()) {
        let outcome = decide(&case.tie, &case.rules);
        let undecided = outcome.decided_by == DecidedBy::Undecided;
        prop_assert_eq!(outcome.winner.is_some(), !undecided);
        prop_assert_eq!(outcome.loser(), outcome.winner.map(Slot::other));
        if !undecided {
            prop_assert_eq!(outcome.leader, None);
        }
    }

    #[test]
    fn a_valid_tie_is_won_by_the_team_the_numbers_say(case in arb_case()) {
        let competition = support::one_tie(case.rules, ["alpha", "beta"], case.tie.clone());
        prop_assume!(validate(&competition).is_empty());
        let outcome = decide(&case.tie, &case.rules);
        let aggregate = outcome.aggregate.unwrap();
        match (outcome.decided_by, outcome.winner) {
            (DecidedBy::Aggregate | DecidedBy::ExtraTime, Some(slot)) => {
                prop_assert!(slot.of(aggregate) > slot.other().of(aggregate));
            }
            (DecidedBy::AwayGoals | DecidedBy::Penalties, Some(_)) => {
                prop_assert_eq!(aggregate[0], aggregate[1]);
            }
            (DecidedBy::Undecided, None) => prop_assert_eq!(aggregate[0], aggregate[1]),
            (by, winner) => prop_assert!(false, "{by:?} with winner {winner:?}"),
        }
        if outcome.decided_by == DecidedBy::Penalties {
            let kicks = outcome.penalties.unwrap();
            let slot = outcome.winner.unwrap();
            prop_assert!(slot.of(kicks) > slot.other().of(kicks));
        }
    }
}

// Whole files, with every optional field now and then.

fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 é–'\"\\\\-]{0,12}"
}

/// A name's translations, now and then empty (which the validator refuses).
fn names() -> impl Strategy<Value = Option<Names>> {
    maybe((maybe(text()), maybe(text())).prop_map(|(fr, ar)| Names { fr, ar }))
}

fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("alpha".to_string()),
        Just("beta".to_string()),
        "[a-z]{1,6}(-[a-z0-9]{1,4})?",
    ]
}

fn arb_side() -> impl Strategy<Value = Side> {
    prop_oneof![Just(Side::Home), Just(Side::Away)]
}

fn arb_status() -> impl Strategy<Value = MatchStatus> {
    prop_oneof![
        Just(MatchStatus::Played),
        Just(MatchStatus::Awarded),
        Just(MatchStatus::Cancelled),
        Just(MatchStatus::Scheduled),
    ]
}

fn arb_match() -> impl Strategy<Value = Match> {
    let core = (
        text(),
        maybe(id()),
        maybe(id()),
        arb_status(),
        maybe(arb_score()),
        maybe(arb_score()),
        maybe(arb_score()),
    );
    let details = (
        maybe(text()),
        maybe(text()),
        maybe(text()),
        maybe(text()),
        maybe(any::<u32>()),
        maybe((text(), maybe(text())).prop_map(|(name, country)| Referee { name, country })),
        prop::collection::vec(
            (
                arb_side(),
                text(),
                maybe(text()),
                maybe(prop_oneof![
                    Just(GoalKind::Normal),
                    Just(GoalKind::Penalty),
                    Just(GoalKind::OwnGoal)
                ]),
            )
                .prop_map(|(team, player, minute, kind)| Goal {
                    team,
                    player,
                    minute,
                    kind,
                }),
            0..3,
        ),
        prop::collection::vec(
            (arb_side(), maybe(text()), any::<bool>()).prop_map(|(team, player, scored)| Kick {
                team,
                player,
                scored,
            }),
            0..3,
        ),
        (
            maybe(text()),
            prop::collection::vec(text(), 0..2),
            maybe(text()),
        ),
    );
    (core, details).prop_map(
        |(
            (id, home, away, status, score, extra_time_score, penalties),
            (
                date,
                kickoff,
                venue,
                city,
                attendance,
                referee,
                goals,
                shootout,
                (report, notes, utc_offset),
            ),
        )| Match {
            id,
            home,
            away,
            status,
            score,
            extra_time_score,
            penalties,
            date,
            kickoff,
            utc_offset,
            venue,
            city,
            attendance,
            referee,
            goals,
            shootout,
            report,
            notes,
        },
    )
}

fn arb_override() -> impl Strategy<Value = RulesOverride> {
    (
        maybe(arb_away_goals()),
        maybe(any::<bool>()),
        maybe(any::<bool>()),
        maybe(0..=3u8),
    )
        .prop_map(|(away_goals, extra_time, penalties, legs)| RulesOverride {
            away_goals,
            extra_time,
            penalties,
            legs,
        })
}

fn arb_tie() -> impl Strategy<Value = Tie> {
    (
        id(),
        maybe([maybe(id()), maybe(id())]),
        maybe(id()),
        maybe([maybe(id()), maybe(id())]),
        maybe([maybe(text()), maybe(text())]),
        maybe((id(), maybe(text())).prop_map(|(winner, reason)| Walkover { winner, reason })),
        maybe(arb_override()),
        prop::collection::vec(arb_match(), 0..3),
    )
        .prop_map(
            |(id, teams, bye, from, entered, walkover, rules, legs)| Tie {
                id,
                teams,
                bye,
                from,
                entered,
                walkover,
                rules,
                legs,
            },
        )
}

fn arb_competition() -> impl Strategy<Value = Competition> {
    (
        0..3u32,
        (
            (text(), names()),
            (maybe(text()), names()),
            (maybe(text()), names()),
            (maybe(text()), names()),
        ),
        (arb_rules(), 0..=3u8),
        prop::collection::vec((id(), text(), names(), "[A-Z]{3}"), 0..4),
        prop::collection::vec(
            (
                (id(), text(), names()),
                (maybe(text()), names()),
                maybe(arb_override()),
                prop::collection::vec(arb_tie(), 0..4),
            ),
            0..3,
        ),
    )
        .prop_map(|(format, info, (rules, legs), teams, rounds)| {
            let ((name, names), (stage, stage_names), (dates, dates_names), next) = info;
            let (next_stage, next_stage_names) = next;
            Competition {
                format,
                competition: CompetitionInfo {
                    name,
                    names,
                    stage,
                    stage_names,
                    dates,
                    dates_names,
                    next_stage,
                    next_stage_names,
                },
                rules: Rules { legs, ..rules },
                teams: teams
                    .into_iter()
                    .map(|(id, name, names, country)| Team {
                        id,
                        name,
                        names,
                        country,
                    })
                    .collect(),
                rounds: rounds
                    .into_iter()
                    .map(
                        |((id, name, names), (dates, dates_names), rules, ties)| Round {
                            id,
                            name,
                            names,
                            dates,
                            dates_names,
                            rules,
                            ties,
                        },
                    )
                    .collect(),
            }
        })
}

/// A valid file's text, to mutate.
fn valid_text() -> String {
    let names = ["Vipers", "Volcan Club"];
    let tie = support::home_and_away(names[0], names[1], [0, 0], [1, 1]);
    serde_json::to_string_pretty(&support::one_tie(support::caf_2017(), names, tie)).unwrap()
}

proptest! {
    #[test]
    fn files_round_trip_through_serde_json_unchanged(competition in arb_competition()) {
        let text = serde_json::to_string(&competition).unwrap();
        let back: Competition = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&back, &competition);
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), text);
    }

    #[test]
    fn any_well_typed_file_is_validated_and_decided_without_panic(competition in arb_competition()) {
        let problems = validate(&competition);
        let results = outcomes(&competition);
        let ties: usize = competition.rounds.iter().map(|round| round.ties.len()).sum();
        prop_assert_eq!(results.len(), ties);
        for result in &results {
            prop_assert!(!result.summary.is_empty());
        }
        // A file the validator passes parses back from its own JSON.
        if problems.is_empty() {
            let text = serde_json::to_string(&competition).unwrap();
            prop_assert!(parse_competition(&text).is_ok());
        }
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,200}") {
        let _ = parse_competition(&text);
    }

    #[test]
    fn mangled_files_never_panic(cuts in prop::collection::vec((any::<prop::sample::Index>(), 0..4usize, "[\\[\\]{}\",:0-9a-z\\-. ]{0,3}"), 1..4)) {
        let mut text = valid_text();
        for (at, length, insert) in cuts {
            let start = at.index(text.len() + 1);
            // Only cut at character boundaries; the file is mostly ASCII.
            if !text.is_char_boundary(start) {
                continue;
            }
            let end = (start + length).min(text.len());
            if !text.is_char_boundary(end) {
                continue;
            }
            text.replace_range(start..end, &insert);
        }
        if let Err(problems) = parse_competition(&text) {
            prop_assert!(!problems.is_empty());
            for problem in problems {
                prop_assert!(!problem.place.is_empty() && !problem.message.is_empty());
            }
        }
    }
}

// As of a day, and what-ifs: valid in, valid out; anything in, no panic.

use cup_bracket_core::as_of::as_of;
use cup_bracket_core::generate::generate_played;
use cup_bracket_core::what_if::{what_if, Hypothetical};

/// A day of the generated competitions' season (they start on 10 February 2017).
fn arb_day() -> impl Strategy<Value = String> {
    (2..=9u32, 1..=28u32).prop_map(|(month, day)| format!("2017-{month:02}-{day:02}"))
}

proptest! {
    #[test]
    fn a_valid_competition_as_of_any_day_is_valid(
        size in 1..=6u32,
        seed in any::<u64>(),
        played in 0.0..=1.0f64,
        day in arb_day(),
    ) {
        let competition = generate_played(1 << size, seed, played).unwrap();
        prop_assert_eq!(validate(&competition), vec![]);
        let then = as_of(&competition, &day).unwrap();
        prop_assert_eq!(validate(&then), vec![]);
        // A day later changes nothing already past.
        let again = as_of(&then, &day).unwrap();
        prop_assert_eq!(again, then);
    }

    #[test]
    fn what_ifs_keep_a_valid_competition_valid(
        size in 1..=5u32,
        seed in any::<u64>(),
        played in 0.0..=1.0f64,
        picks in prop::collection::vec(
            (any::<prop::sample::Index>(), [0..=4u8, 0..=4u8], maybe([0..=2u8, 0..=2u8]), maybe([0..=6u8, 0..=6u8])),
            1..6,
        ),
    ) {
        let mut competition = generate_played(1 << size, seed, played).unwrap();
        for (pick, score, extra, kicks) in picks {
            // A leg still to play whose teams are known, if any.
            let open: Vec<String> = competition
                .rounds
                .iter()
                .flat_map(|round| &round.ties)
                .flat_map(|tie| &tie.legs)
                .filter(|leg| leg.status == MatchStatus::Scheduled && leg.home.is_some() && leg.away.is_some())
                .map(|leg| leg.id.clone())
                .collect();
            if open.is_empty() {
                break;
            }
            let leg = &open[pick.index(open.len())];
            let mut text = format!("{leg}={}-{}", score[0], score[1]);
            if let Some(extra) = extra {
                text.push_str(&format!(" aet {}-{}", score[0] + extra[0], score[1] + extra[1]));
            }
            if let Some(kicks) = kicks {
                text.push_str(&format!(" pens {}-{}", kicks[0], kicks[1]));
            }
            let result = Hypothetical::parse(&text).unwrap();
            match what_if(&competition, &[result]) {
                Ok(next) => {
                    prop_assert_eq!(validate(&next), vec![]);
                    competition = next;
                }
                // Refused with the validator's words: a result the rules do not allow.
                Err(error) => prop_assert!(error.message.starts_with("not possible: "), "{}", error),
            }
        }
    }

    #[test]
    fn any_well_typed_file_as_of_any_day_or_with_what_ifs_never_panics(
        competition in arb_competition(),
        day in arb_day(),
        texts in prop::collection::vec("[a-z ]{0,6}=[0-9]{1,3}-[0-9]{1,3}( aet [0-9]-[0-9])?( pens [0-9]-[0-9])?", 0..3),
    ) {
        let then = as_of(&competition, &day).unwrap();
        let _ = outcomes(&then);
        let results: Vec<Hypothetical> = texts.iter().filter_map(|text| Hypothetical::parse(text).ok()).collect();
        let _ = what_if(&competition, &results);
    }

    #[test]
    fn any_text_as_a_result_never_panics(text in "\\PC{0,40}") {
        let _ = Hypothetical::parse(&text);
    }
}
