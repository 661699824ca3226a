//! Hypothetical results on legs still to play, and how the bracket follows.
#![allow(clippy::unwrap_used)]

use cup_bracket_core::as_of::as_of;
use cup_bracket_core::json::parse_competition;
use cup_bracket_core::model::{Competition, MatchStatus, Tie};
use cup_bracket_core::outcomes::outcomes;
use cup_bracket_core::rules::{decide, DecidedBy};
use cup_bracket_core::validate::validate;
use cup_bracket_core::what_if::{what_if, Hypothetical, WhatIfError};

/// The 2017 competition at the end of 12 March: every first-round tie
/// between its legs.
fn march_12() -> Competition {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/2017-caf-confederation-cup-qualifying.json"
    );
    let data = parse_competition(&std::fs::read_to_string(path).unwrap()).unwrap();
    as_of(&data, "2017-03-12").unwrap()
}

fn tie<'a>(competition: &'a Competition, id: &str) -> &'a Tie {
    competition
        .rounds
        .iter()
        .flat_map(|round| &round.ties)
        .find(|tie| tie.id == id)
        .unwrap()
}

fn set(texts: &[&str]) -> Vec<Hypothetical> {
    texts
        .iter()
        .map(|text| Hypothetical::parse(text).unwrap())
        .collect()
}

fn parse_error(text: &str) -> String {
    Hypothetical::parse(text).unwrap_err().to_string()
}

#[test]
fn results_are_read_with_extra_time_and_a_shootout() {
    let plain = Hypothetical::parse("IR Tanger v AS Kaloum=2-1").unwrap();
    assert_eq!(
        (
            plain.leg.as_str(),
            plain.score,
            plain.extra_time_score,
            plain.penalties
        ),
        ("IR Tanger v AS Kaloum", [2, 1], None, None)
    );
    let full = Hypothetical::parse("IR Tanger v AS Kaloum = 1–1 aet 2-1 pens 4-3").unwrap();
    assert_eq!(
        (
            full.leg.as_str(),
            full.score,
            full.extra_time_score,
            full.penalties
        ),
        ("IR Tanger v AS Kaloum", [1, 1], Some([2, 1]), Some([4, 3]))
    );
    let shootout = Hypothetical::parse("A=B v C=0-0 pens 5-4").unwrap();
    assert_eq!(
        (
            shootout.leg.as_str(),
            shootout.extra_time_score,
            shootout.penalties
        ),
        ("A=B v C", None, Some([5, 4]))
    );
}

#[test]
fn a_result_that_cannot_be_read_is_named() {
    assert_eq!(
        parse_error("IR Tanger v AS Kaloum 2-1"),
        "\"IR Tanger v AS Kaloum 2-1\": no \"=\" between the match and its score (as in \"IR Tanger v AS Kaloum=2-1\")"
    );
    assert_eq!(parse_error("=2-1"), "\"=2-1\": no match id before \"=\"");
    assert_eq!(parse_error("X="), "\"X=\": no score after \"=\"");
    for bad in ["X=2", "X=2-", "X=-1", "X=2-x", "X=256-0", "X=+1-0", "X=2:1"] {
        let score = bad.trim_start_matches("X=");
        assert_eq!(
            parse_error(bad),
            format!("\"{bad}\": \"{score}\" is not a score (home goals, a dash, away goals, each 0 to 255: \"2-1\")")
        );
    }
    assert_eq!(
        parse_error("X=1-1 et 2-1"),
        "\"X=1-1 et 2-1\": \"et\" is neither \"aet\" nor \"pens\" (as in \"…=1-1 aet 2-1 pens 4-3\")"
    );
    assert_eq!(
        parse_error("X=1-1 pens"),
        "\"X=1-1 pens\": \"pens\" needs a score after it"
    );
    assert_eq!(
        parse_error("X=1-1 pens 4-3 pens 5-4"),
        "\"X=1-1 pens 4-3 pens 5-4\": \"pens\" is given twice"
    );
    assert_eq!(
        parse_error("X=1-1 pens 4-3 aet 2-2"),
        "\"X=1-1 pens 4-3 aet 2-2\": \"aet\" comes before \"pens\""
    );
}

#[test]
fn a_second_leg_decides_its_tie_and_fills_the_place_it_feeds() {
    let before = march_12();
    let after = what_if(&before, &set(&["IR Tanger v AS Kaloum=2-1"])).unwrap();
    assert_eq!(validate(&after), vec![]);
    // 2–2 on aggregate; AS Kaloum scored away.
    let decided = tie(&after, "as-kaloum-v-ir-tanger");
    let outcome = decide(decided, &after.rules);
    assert_eq!(outcome.decided_by, DecidedBy::AwayGoals);
    assert_eq!(outcome.aggregate, Some([2, 2]));
    let next = tie(&after, "horoya-v-ir-tanger");
    assert_eq!(
        next.teams,
        Some([Some("horoya".into()), Some("as-kaloum".into())])
    );
    assert_eq!(
        [next.legs[0].away.as_deref(), next.legs[1].home.as_deref()],
        [Some("as-kaloum"), Some("as-kaloum")]
    );
    let lines = outcomes(&after);
    let line = lines
        .iter()
        .find(|line| line.tie == "as-kaloum-v-ir-tanger")
        .unwrap();
    assert_eq!(
        line.summary,
        "2–2 on aggregate. AS Kaloum won on away goals."
    );
    assert_eq!(line.needs, None);
    // Nothing else changed, and the input is untouched.
    assert_eq!(before, march_12());
    assert_eq!(after.rounds[0], before.rounds[0]);
}

#[test]
fn results_are_played_in_order_through_the_rounds() {
    let before = march_12();
    // The play-off leg's visitor is not known until its feeder is decided.
    let error = what_if(&before, &set(&["Horoya v IR Tanger=1-0"])).unwrap_err();
    assert_eq!(
        error.message,
        "the teams of \"Horoya v IR Tanger\" are not known yet (the winner of \"as-kaloum-v-ir-tanger\" is not decided)"
    );
    let after = what_if(
        &before,
        &set(&[
            "IR Tanger v AS Kaloum=0-0",
            "Horoya v IR Tanger=1-0",
            "IR Tanger v Horoya=1-0 pens 3-4",
        ]),
    )
    .unwrap();
    assert_eq!(validate(&after), vec![]);
    let play_off = tie(&after, "horoya-v-ir-tanger");
    assert_eq!(
        play_off.legs[1].home.as_deref(),
        Some("as-kaloum"),
        "AS Kaloum host the second leg"
    );
    let outcome = decide(play_off, &after.rules);
    assert_eq!(outcome.decided_by, DecidedBy::Penalties);
    let line = outcomes(&after)
        .into_iter()
        .find(|line| line.tie == "horoya-v-ir-tanger")
        .unwrap();
    assert_eq!(line.winner.as_deref(), Some("horoya"));
    assert_eq!(
        line.summary,
        "1–1 on aggregate. Horoya won 4–3 on penalties."
    );
}

#[test]
fn a_result_that_is_not_possible_is_refused() {
    let before = march_12();
    let refused = |text: &str| -> WhatIfError { what_if(&before, &set(&[text])).unwrap_err() };
    assert_eq!(
        refused("No Such Match=1-0").message,
        "no match has the id \"No Such Match\""
    );
    assert_eq!(
        refused("AS Kaloum v IR Tanger=1-0").message,
        "\"AS Kaloum v IR Tanger\" is not a leg still to play (it is played)"
    );
    // CAF 2017 has no extra time.
    let error = refused("IR Tanger v AS Kaloum=1-0 aet 2-0");
    assert!(
        error.message.contains(
            "rounds[1].ties[3].legs[1].extra_time_score: this tie's rules have no extra time"
        ),
        "{error}"
    );
    // A shoot-out after a tie already decided.
    let error = refused("IR Tanger v AS Kaloum=3-0 pens 4-3");
    assert!(
        error.to_string().starts_with(
            "\"IR Tanger v AS Kaloum=3-0 pens 4-3\": not possible: rounds[1].ties[3].legs[1].penalties: penalties on a tie already decided (1–3 on aggregate)"
        ),
        "{error}"
    );
    // A level shoot-out.
    assert!(refused("IR Tanger v AS Kaloum=1-0 pens 4-4")
        .message
        .contains("cannot end level"));
}

#[test]
fn a_leg_set_twice_is_refused_the_second_time() {
    let error = what_if(
        &march_12(),
        &set(&["IR Tanger v AS Kaloum=2-1", "IR Tanger v AS Kaloum=0-0"]),
    )
    .unwrap_err();
    assert_eq!(error.input, "IR Tanger v AS Kaloum=0-0");
    assert!(error.message.contains("it is played"), "{error}");
    assert_eq!(
        march_12().rounds[1].ties[3].legs[1].status,
        MatchStatus::Scheduled
    );
}
