//! The 2017 competition as it stood at the end of a day.
#![allow(clippy::unwrap_used)]

use cup_bracket_core::as_of::{as_of, Day};
use cup_bracket_core::json::parse_competition;
use cup_bracket_core::model::{Competition, MatchStatus, Tie};
use cup_bracket_core::outcomes::outcomes;
use cup_bracket_core::rules::{decide, DecidedBy};
use cup_bracket_core::validate::validate;

fn data() -> Competition {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/2017-caf-confederation-cup-qualifying.json"
    );
    parse_competition(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn tie<'a>(competition: &'a Competition, id: &str) -> &'a Tie {
    competition
        .rounds
        .iter()
        .flat_map(|round| &round.ties)
        .find(|tie| tie.id == id)
        .unwrap()
}

fn statuses(tie: &Tie) -> Vec<MatchStatus> {
    tie.legs.iter().map(|leg| leg.status).collect()
}

#[test]
fn at_12_march_2017_every_first_round_tie_has_played_its_first_leg_only() {
    let before = data();
    let then = as_of(&before, "2017-03-12").unwrap();
    assert_eq!(validate(&then), vec![]);
    // The preliminary round is over, as it was.
    assert_eq!(then.rounds[0], before.rounds[0]);
    let first = &then.rounds[1];
    assert_eq!(first.ties.len(), 16);
    for tie in &first.ties {
        assert_eq!(
            statuses(tie),
            [MatchStatus::Played, MatchStatus::Scheduled],
            "{}",
            tie.id
        );
        let second = &tie.legs[1];
        assert_eq!(
            (
                second.score,
                second.attendance,
                second.goals.len(),
                &second.report
            ),
            (None, None, 0, &None),
            "{}",
            tie.id
        );
        assert!(
            second.date.is_some() && second.venue.is_some(),
            "{}",
            tie.id
        );
        assert_eq!(tie.walkover, None, "{}", tie.id);
        assert_eq!(decide(tie, &then.rules).decided_by, DecidedBy::Undecided);
    }
    // Every play-off place a first-round tie feeds is not known yet.
    for tie in &then.rounds[2].ties {
        let from = tie.from.as_ref().unwrap();
        assert!(from[1].is_some() && from[0].is_none(), "{}", tie.id);
        let teams = tie.teams.as_ref().unwrap();
        assert!(teams[0].is_some() && teams[1].is_none(), "{}", tie.id);
        assert_eq!(tie.legs[0].away, None, "{}", tie.id);
        assert_eq!(tie.legs[1].home, None, "{}", tie.id);
        assert_eq!(
            statuses(tie),
            [MatchStatus::Scheduled, MatchStatus::Scheduled],
            "{}",
            tie.id
        );
    }
    let lines = outcomes(&then);
    let horoya = lines
        .iter()
        .find(|line| line.tie == "horoya-v-ir-tanger")
        .unwrap();
    assert_eq!(
        horoya.summary,
        "Horoya will play the winner of AS Kaloum v IR Tanger."
    );
    assert_eq!(
        (horoya.winner.as_deref(), horoya.decided_by),
        (None, DecidedBy::Undecided)
    );
}

#[test]
fn kaloum_v_tanger_after_its_first_leg_says_what_each_team_needs() {
    let then = as_of(&data(), "2017-03-12").unwrap();
    let lines = outcomes(&then);
    let line = lines
        .iter()
        .find(|line| line.tie == "as-kaloum-v-ir-tanger")
        .unwrap();
    assert_eq!(
        serde_json::to_string(line).unwrap(),
        r#"{"tie":"as-kaloum-v-ir-tanger","winner":null,"loser":null,"decided_by":"undecided","aggregate":[1,0],"summary":"First leg: AS Kaloum 1–0 IR Tanger; second leg to play.","needs":{"as-kaloum":"Anything but a defeat, a one-goal defeat in which they score (2–1, 3–2 …), or a 1–0 defeat and then the shoot-out.","ir-tanger":"Win by 2 goals or more, or win 1–0 and then the shoot-out."}}"#
    );
    // Every first-round tie has needs; no other tie has.
    for line in &lines {
        assert_eq!(line.needs.is_some(), line.round == 1, "{}", line.tie);
    }
}

#[test]
fn a_walkover_counts_from_the_date_of_the_leg_it_replaced() {
    let before = data();
    // Djoliba 2–0 Al-Masry on 12 March; the second leg, on 18 March, was
    // cancelled and the tie awarded to Al-Masry.
    let djoliba = tie(&before, "djoliba-v-al-masry");
    assert_eq!(djoliba.legs[1].date.as_deref(), Some("2017-03-18"));
    assert_eq!(djoliba.legs[1].status, MatchStatus::Cancelled);

    let eve = as_of(&before, "2017-03-17").unwrap();
    assert_eq!(validate(&eve), vec![]);
    let open = tie(&eve, "djoliba-v-al-masry");
    assert_eq!(open.walkover, None);
    assert_eq!(
        statuses(open),
        [MatchStatus::Played, MatchStatus::Scheduled]
    );
    let outcome = decide(open, &eve.rules);
    assert_eq!(
        (outcome.decided_by, outcome.aggregate),
        (DecidedBy::Undecided, Some([2, 0]))
    );
    assert_eq!(
        tie(&eve, "kcca-v-al-masry").teams,
        Some([Some("kcca".into()), None])
    );
    let line = outcomes(&eve)
        .into_iter()
        .find(|line| line.tie == "djoliba-v-al-masry")
        .unwrap();
    let needs = line.needs.unwrap();
    assert_eq!(needs[1].team, "al-masry");
    assert_eq!(
        needs[1].sentence,
        "Win by 3 goals or more, or win 2–0 and then the shoot-out."
    );

    let day = as_of(&before, "2017-03-18").unwrap();
    assert_eq!(validate(&day), vec![]);
    let awarded = tie(&day, "djoliba-v-al-masry");
    assert_eq!(awarded, djoliba);
    assert_eq!(decide(awarded, &day.rules).decided_by, DecidedBy::Walkover);
    let next = tie(&day, "kcca-v-al-masry");
    assert_eq!(
        next.teams,
        Some([Some("kcca".into()), Some("al-masry".into())])
    );
    assert_eq!(
        statuses(next),
        [MatchStatus::Scheduled, MatchStatus::Scheduled]
    );
    assert_eq!(next.legs[0].away.as_deref(), Some("al-masry"));
}

#[test]
fn after_the_last_day_nothing_changes_and_before_the_first_nothing_is_played() {
    let before = data();
    assert_eq!(as_of(&before, "2017-04-22").unwrap(), before);
    assert_ne!(as_of(&before, "2017-04-21").unwrap(), before);
    let start = as_of(&before, "2017-02-09").unwrap();
    assert_eq!(validate(&start), vec![]);
    for round in &start.rounds {
        for tie in &round.ties {
            assert!(tie
                .legs
                .iter()
                .all(|leg| leg.status == MatchStatus::Scheduled));
            assert_eq!(tie.walkover, None);
            // A place fed by a bye is known: the bye is decided.
            if let (Some(teams), Some(from)) = (&tie.teams, &tie.from) {
                for (team, source) in teams.iter().zip(from) {
                    let by_bye = source.as_deref().is_some_and(|id| id.ends_with("-bye"));
                    assert_eq!(team.is_some(), source.is_none() || by_bye, "{}", tie.id);
                }
            }
        }
    }
}

#[test]
fn every_day_of_the_competition_gives_a_valid_file() {
    let before = data();
    for month in 2..=4 {
        for day in 1..=31 {
            let Ok(date) = Day::parse(&format!("2017-{month:02}-{day:02}")) else {
                continue;
            };
            let then = as_of(&before, &date.to_string()).unwrap();
            assert_eq!(validate(&then), vec![], "{date}");
        }
    }
}

#[test]
fn a_date_that_is_not_one_is_named() {
    assert_eq!(
        as_of(&data(), "12 March 2017").unwrap_err(),
        "\"12 March 2017\" is not a date as YYYY-MM-DD (such as 2017-03-12)"
    );
    assert_eq!(
        as_of(&data(), "2017-02-30").unwrap_err(),
        "\"2017-02-30\" has no day 30 in its month"
    );
}
