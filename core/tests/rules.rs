//! Deciding ties: real results under the rules their competitions used.
#![allow(clippy::unwrap_used)]

mod support;

use cup_bracket_core::model::{AwayGoals, MatchStatus, Rules, Tie};
use cup_bracket_core::rules::{decide, DecidedBy, Outcome, Slot};
use cup_bracket_core::summary::summary;
use support::*;

/// The outcome and the summary sentence of a tie between two named teams.
fn settle(rules: Rules, names: [&str; 2], tie: Tie) -> (Outcome, String) {
    let competition = one_tie(rules, names, tie.clone());
    let outcome = decide(&tie, &rules);
    let sentence = summary(&competition, &tie, &outcome);
    (outcome, sentence)
}

#[test]
fn caf_2017_ir_tanger_on_aggregate() {
    // AS Douanes Niamey 1–2 IR Tanger, IR Tanger 1–0 AS Douanes Niamey.
    let names = ["AS Douanes Niamey", "IR Tanger"];
    let tie = home_and_away(names[0], names[1], [1, 2], [1, 0]);
    let (outcome, sentence) = settle(caf_2017(), names, tie);
    assert_eq!(outcome.winner, Some(Slot::Second));
    assert_eq!(outcome.loser(), Some(Slot::First));
    assert_eq!(outcome.decided_by, DecidedBy::Aggregate);
    assert_eq!(outcome.aggregate, Some([1, 3]));
    assert_eq!(sentence, "IR Tanger won 3–1 on aggregate.");
}

#[test]
fn caf_2017_js_kabylie_wins_after_losing_the_first_leg_3_0() {
    let names = ["Monrovia Club Breweries", "JS Kabylie"];
    let tie = home_and_away(names[0], names[1], [3, 0], [4, 0]);
    let (outcome, sentence) = settle(caf_2017(), names, tie);
    assert_eq!(outcome.aggregate, Some([3, 4]));
    assert_eq!(sentence, "JS Kabylie won 4–3 on aggregate.");
}

#[test]
fn away_goals_after_90_minutes_vipers() {
    // Vipers 0–0 Volcan Club, Volcan Club 1–1 Vipers: Vipers through on away goals.
    let names = ["Vipers", "Volcan Club"];
    let tie = home_and_away(names[0], names[1], [0, 0], [1, 1]);
    let (outcome, sentence) = settle(caf_2017(), names, tie);
    assert_eq!(outcome.winner, Some(Slot::First));
    assert_eq!(outcome.decided_by, DecidedBy::AwayGoals);
    assert_eq!(outcome.away_goals, Some([1, 0]));
    assert_eq!(sentence, "1–1 on aggregate. Vipers won on away goals.");
}

#[test]
fn away_goals_after_90_minutes_apejes_academy() {
    // APEJES Academy 1–0 ASC Niarry Tally, ASC Niarry Tally 2–1 APEJES Academy.
    let names = ["APEJES Academy", "ASC Niarry Tally"];
    let tie = home_and_away(names[0], names[1], [1, 0], [2, 1]);
    let (outcome, sentence) = settle(caf_2017(), names, tie);
    assert_eq!(outcome.winner, Some(Slot::First));
    assert_eq!(
        sentence,
        "2–2 on aggregate. APEJES Academy won on away goals."
    );
}

#[test]
fn away_goals_off_sends_a_level_tie_on() {
    // The same Vipers legs with away goals off: level, no shoot-out recorded.
    let names = ["Vipers", "Volcan Club"];
    let tie = home_and_away(names[0], names[1], [0, 0], [1, 1]);
    let outcome = decide(&tie, &rules(AwayGoals::Off, false, true));
    assert_eq!(outcome.decided_by, DecidedBy::Undecided);
    assert_eq!(outcome.winner, None);
    assert_eq!(outcome.leader, None);
}

#[test]
fn schalke_through_on_away_goals_in_2017_europa_league() {
    // Schalke 04 1–1 Borussia Mönchengladbach, then 2–2 in Mönchengladbach.
    let names = ["Schalke 04", "Borussia Monchengladbach"];
    let tie = home_and_away(names[0], names[1], [1, 1], [2, 2]);
    let (outcome, sentence) = settle(uefa_before_2021(), names, tie);
    assert_eq!(outcome.winner, Some(Slot::First));
    assert_eq!(outcome.decided_by, DecidedBy::AwayGoals);
    assert_eq!(outcome.aggregate, Some([3, 3]));
    assert_eq!(sentence, "3–3 on aggregate. Schalke 04 won on away goals.");
}

fn psg_chelsea_2015() -> Tie {
    // PSG 1–1 Chelsea; Chelsea 1–1 PSG after 90, 2–2 after extra time (Thiago Silva, 114').
    tie(
        "Paris Saint-Germain",
        "Chelsea",
        vec![
            played("Paris Saint-Germain", "Chelsea", [1, 1]),
            aet(played("Chelsea", "Paris Saint-Germain", [1, 1]), [2, 2]),
        ],
    )
}

#[test]
fn away_goal_in_extra_time_psg_at_chelsea_2015() {
    let (outcome, sentence) = settle(
        uefa_before_2021(),
        ["Paris Saint-Germain", "Chelsea"],
        psg_chelsea_2015(),
    );
    assert_eq!(outcome.winner, Some(Slot::First));
    assert_eq!(outcome.decided_by, DecidedBy::AwayGoals);
    assert_eq!(outcome.aggregate, Some([3, 3]));
    assert_eq!(outcome.away_goals, Some([2, 1]));
    assert!(outcome.extra_time);
    assert_eq!(
        sentence,
        "3–3 on aggregate. Paris Saint-Germain won on away goals."
    );
}

#[test]
fn extra_time_goals_count_once_under_the_normal_time_rule() {
    // Under "normal_time", PSG's goal at Stamford Bridge in extra time is not an away goal.
    let rules = rules(AwayGoals::NormalTime, true, true);
    let outcome = decide(&psg_chelsea_2015(), &rules);
    assert_eq!(outcome.decided_by, DecidedBy::Undecided);
    assert_eq!(outcome.aggregate, Some([3, 3]));
    let mut with_shootout = psg_chelsea_2015();
    with_shootout.legs[1].penalties = Some([4, 2]);
    let outcome = decide(&with_shootout, &rules);
    assert_eq!(outcome.decided_by, DecidedBy::Penalties);
    assert_eq!(outcome.winner, Some(Slot::Second));
}

#[test]
fn porto_beat_roma_in_extra_time_2019() {
    // Roma 2–1 Porto; Porto 2–1 Roma after 90 (away goals level 1–1), 3–1 after extra time.
    let names = ["Roma", "Porto"];
    let tie = tie(
        "Roma",
        "Porto",
        vec![
            played("Roma", "Porto", [2, 1]),
            aet(played("Porto", "Roma", [2, 1]), [3, 1]),
        ],
    );
    let (outcome, sentence) = settle(uefa_before_2021(), names, tie);
    assert_eq!(outcome.winner, Some(Slot::Second));
    assert_eq!(outcome.decided_by, DecidedBy::ExtraTime);
    assert_eq!(outcome.aggregate, Some([3, 4]));
    assert_eq!(sentence, "Porto won 4–3 on aggregate after extra time.");
}

fn atletico_inter_2024() -> Tie {
    // Inter 1–0 Atlético; Atlético 2–1 Inter after extra time, 3–2 on penalties.
    tie(
        "Inter Milan",
        "Atletico Madrid",
        vec![
            played("Inter Milan", "Atletico Madrid", [1, 0]),
            pens(
                aet(played("Atletico Madrid", "Inter Milan", [2, 1]), [2, 1]),
                [3, 2],
            ),
        ],
    )
}

#[test]
fn extra_time_then_penalties_without_away_goals_uefa_2024() {
    let names = ["Inter Milan", "Atletico Madrid"];
    let (outcome, sentence) = settle(uefa_from_2021(), names, atletico_inter_2024());
    assert_eq!(outcome.winner, Some(Slot::Second));
    assert_eq!(outcome.decided_by, DecidedBy::Penalties);
    assert_eq!(outcome.aggregate, Some([2, 2]));
    assert_eq!(outcome.penalties, Some([2, 3]));
    assert_eq!(outcome.away_goals, None);
    assert_eq!(
        sentence,
        "2–2 on aggregate. Atletico Madrid won 3–2 on penalties."
    );
}

#[test]
fn the_same_legs_under_the_old_away_goals_rule_go_to_inter() {
    // Inter scored in Madrid and Atlético did not score in Milan.
    let outcome = decide(&atletico_inter_2024(), &uefa_before_2021());
    assert_eq!(outcome.winner, Some(Slot::First));
    assert_eq!(outcome.decided_by, DecidedBy::AwayGoals);
}

#[test]
fn straight_to_penalties_caf_2017_al_masry() {
    // Ifeanyi Ubah 1–0 Al-Masry; Al-Masry 1–0 Ifeanyi Ubah, 3–0 on penalties; no extra time.
    let names = ["Ifeanyi Ubah", "Al-Masry"];
    let tie = tie(
        names[0],
        names[1],
        vec![
            played(names[0], names[1], [1, 0]),
            pens(played(names[1], names[0], [1, 0]), [3, 0]),
        ],
    );
    let (outcome, sentence) = settle(caf_2017(), names, tie);
    assert_eq!(outcome.winner, Some(Slot::Second));
    assert_eq!(outcome.decided_by, DecidedBy::Penalties);
    assert!(!outcome.extra_time);
    assert_eq!(sentence, "1–1 on aggregate. Al-Masry won 3–0 on penalties.");
}

#[test]
fn penalties_are_mapped_from_home_and_away_to_the_tie_order_kcca() {
    // KCCA 1–0 Al-Masry; Al-Masry 1–0 KCCA, KCCA won the shoot-out 4–3 away from home.
    let names = ["KCCA", "Al-Masry"];
    let tie = tie(
        names[0],
        names[1],
        vec![
            played(names[0], names[1], [1, 0]),
            pens(played(names[1], names[0], [1, 0]), [3, 4]),
        ],
    );
    let (outcome, sentence) = settle(caf_2017(), names, tie);
    assert_eq!(outcome.winner, Some(Slot::First));
    assert_eq!(outcome.penalties, Some([4, 3]));
    assert_eq!(sentence, "1–1 on aggregate. KCCA won 4–3 on penalties.");
}

#[test]
fn level_after_everything_without_a_shootout_is_undecided() {
    let names = ["Al-Hilal Benghazi", "Ulinzi Stars"];
    let tie = home_and_away(names[0], names[1], [1, 0], [1, 0]);
    let (outcome, sentence) = settle(caf_2017(), names, tie);
    assert_eq!(outcome.winner, None);
    assert_eq!(outcome.loser(), None);
    assert_eq!(outcome.decided_by, DecidedBy::Undecided);
    assert_eq!(outcome.aggregate, Some([1, 1]));
    assert_eq!(outcome.leader, None);
    assert_eq!(sentence, "1–1 on aggregate; no result recorded.");
}

#[test]
fn walkover_after_a_first_leg_the_awarded_team_lost() {
    // Djoliba 2–0 Al-Masry; Djoliba could not play the second leg (FIFA suspended Mali).
    let names = ["Djoliba", "Al-Masry"];
    let tie = walkover(
        tie(
            names[0],
            names[1],
            vec![
                played(names[0], names[1], [2, 0]),
                unplayed(names[1], names[0], MatchStatus::Cancelled),
            ],
        ),
        "Al-Masry",
    );
    let (outcome, sentence) = settle(caf_2017(), names, tie);
    assert_eq!(outcome.winner, Some(Slot::Second));
    assert_eq!(outcome.loser(), Some(Slot::First));
    assert_eq!(outcome.decided_by, DecidedBy::Walkover);
    assert_eq!(outcome.aggregate, Some([2, 0]));
    assert_eq!(sentence, "Al-Masry won on walkover.");
}

#[test]
fn awarded_3_0_counts_like_a_played_match_celtic_legia_2014() {
    // Legia 4–1 Celtic; Legia won 2–0 in Edinburgh but the match was awarded 3–0 to
    // Celtic (an ineligible player): 4–4 on aggregate, Celtic through on away goals.
    let names = ["Legia Warsaw", "Celtic"];
    let tie = tie(
        names[0],
        names[1],
        vec![
            played(names[0], names[1], [4, 1]),
            awarded(played(names[1], names[0], [0, 2]), [3, 0]),
        ],
    );
    let (outcome, sentence) = settle(uefa_before_2021(), names, tie);
    assert_eq!(outcome.aggregate, Some([4, 4]));
    assert_eq!(outcome.winner, Some(Slot::Second));
    assert_eq!(outcome.decided_by, DecidedBy::AwayGoals);
    assert_eq!(sentence, "4–4 on aggregate. Celtic won on away goals.");
}

#[test]
fn both_legs_awarded() {
    let names = ["Home Club", "Away Club"];
    let tie = tie(
        names[0],
        names[1],
        vec![
            awarded(unplayed(names[0], names[1], MatchStatus::Scheduled), [0, 3]),
            awarded(unplayed(names[1], names[0], MatchStatus::Scheduled), [3, 0]),
        ],
    );
    let (outcome, sentence) = settle(caf_2017(), names, tie);
    assert_eq!(outcome.aggregate, Some([0, 6]));
    assert_eq!(outcome.decided_by, DecidedBy::Aggregate);
    assert_eq!(sentence, "Away Club won 6–0 on aggregate.");
}

#[test]
fn a_second_leg_to_play_is_undecided_with_a_leader() {
    let names = ["AS Kaloum", "IR Tanger"];
    let tie = tie(
        names[0],
        names[1],
        vec![
            played(names[0], names[1], [1, 0]),
            unplayed(names[1], names[0], MatchStatus::Scheduled),
        ],
    );
    let (outcome, sentence) = settle(caf_2017(), names, tie);
    assert_eq!(outcome.decided_by, DecidedBy::Undecided);
    assert_eq!(outcome.winner, None);
    assert_eq!(outcome.leader, Some(Slot::First));
    assert_eq!(outcome.aggregate, Some([1, 0]));
    assert_eq!(
        sentence,
        "First leg: AS Kaloum 1–0 IR Tanger; second leg to play."
    );
}

#[test]
fn a_missing_second_leg_is_undecided_even_with_a_big_lead() {
    let names = ["Rayon Sports", "Onze Createurs"];
    let tie = tie(names[0], names[1], vec![played(names[0], names[1], [6, 0])]);
    let outcome = decide(&tie, &caf_2017());
    assert_eq!(outcome.decided_by, DecidedBy::Undecided);
    assert_eq!(outcome.leader, Some(Slot::First));
}

#[test]
fn a_cancelled_leg_without_a_walkover_decides_nothing() {
    let names = ["Rayon Sports", "Onze Createurs"];
    let tie = tie(
        names[0],
        names[1],
        vec![
            played(names[0], names[1], [1, 0]),
            unplayed(names[1], names[0], MatchStatus::Cancelled),
        ],
    );
    let outcome = decide(&tie, &caf_2017());
    assert_eq!(outcome.decided_by, DecidedBy::Undecided);
    assert_eq!(outcome.aggregate, Some([1, 0]));
}

fn one_leg() -> Rules {
    Rules {
        legs: 1,
        ..uefa_from_2021()
    }
}

#[test]
fn one_match_final_flamengo_2022() {
    // Copa Libertadores final 2022: Flamengo 1–0 Athletico Paranaense.
    let names = ["Flamengo", "Athletico Paranaense"];
    let tie = tie(names[0], names[1], vec![played(names[0], names[1], [1, 0])]);
    let (outcome, sentence) = settle(one_leg(), names, tie);
    assert_eq!(outcome.winner, Some(Slot::First));
    assert_eq!(outcome.decided_by, DecidedBy::Aggregate);
    assert_eq!(sentence, "Flamengo won 1–0.");
}

#[test]
fn one_match_final_after_extra_time_palmeiras_2021() {
    // Copa Libertadores final 2021: Palmeiras 1–1 Flamengo, 2–1 after extra time.
    let names = ["Palmeiras", "Flamengo"];
    let tie = tie(
        names[0],
        names[1],
        vec![aet(played(names[0], names[1], [1, 1]), [2, 1])],
    );
    let (outcome, sentence) = settle(one_leg(), names, tie);
    assert_eq!(outcome.decided_by, DecidedBy::ExtraTime);
    assert_eq!(outcome.aggregate, Some([2, 1]));
    assert_eq!(sentence, "Palmeiras won 2–1 after extra time.");
}

#[test]
fn one_match_has_no_away_goals() {
    // A 1–1 draw: the visitors' goal is no away goal in a single match.
    let names = ["Host", "Visitor"];
    let tie = tie(
        names[0],
        names[1],
        vec![pens(played(names[0], names[1], [1, 1]), [5, 4])],
    );
    let rules = Rules {
        legs: 1,
        ..caf_2017()
    };
    let (outcome, sentence) = settle(rules, names, tie);
    assert_eq!(outcome.away_goals, None);
    assert_eq!(outcome.decided_by, DecidedBy::Penalties);
    assert_eq!(outcome.winner, Some(Slot::First));
    assert_eq!(sentence, "1–1 after 90 minutes. Host won 5–4 on penalties.");
}

#[test]
fn a_bye_goes_through_with_no_aggregate() {
    let competition = competition(caf_2017(), &["Djoliba"], vec![vec![bye("Djoliba")]]);
    let tie = &competition.rounds[0].ties[0];
    let outcome = decide(tie, &caf_2017());
    assert_eq!(outcome.decided_by, DecidedBy::Bye);
    assert_eq!(outcome.winner, Some(Slot::First));
    assert_eq!(outcome.loser(), None);
    assert_eq!(outcome.aggregate, None);
    assert_eq!(
        summary(&competition, tie, &outcome),
        "Djoliba received a bye."
    );
}

#[test]
fn decided_by_spells_as_the_outcome_lines() {
    let all = [
        (DecidedBy::Aggregate, "aggregate"),
        (DecidedBy::AwayGoals, "away_goals"),
        (DecidedBy::ExtraTime, "extra_time"),
        (DecidedBy::Penalties, "penalties"),
        (DecidedBy::Walkover, "walkover"),
        (DecidedBy::Bye, "bye"),
        (DecidedBy::Undecided, "undecided"),
    ];
    for (decided_by, text) in all {
        assert_eq!(decided_by.as_str(), text);
        assert_eq!(decided_by.to_string(), text);
    }
}

#[test]
fn a_tie_of_teams_not_known_yet_names_where_they_come_from() {
    use cup_bracket_core::summary::{place_name, Names};
    let to_play = |home: &str, away: &str| {
        tie(
            home,
            away,
            vec![
                played(home, away, [1, 0]),
                unplayed(away, home, MatchStatus::Scheduled),
            ],
        )
    };
    let unknown = |id: &str, from: [Option<&str>; 2], known: Option<&str>| {
        let mut tie = tie("Alpha", "Beta", vec![]);
        tie.id = id.into();
        tie.teams = Some([known.map(slug), None]);
        tie.from = Some(from.map(|source| source.map(String::from)));
        tie.legs = vec![
            unplayed("Alpha", "Beta", MatchStatus::Scheduled),
            unplayed("Beta", "Alpha", MatchStatus::Scheduled),
        ];
        tie.legs[0].id = format!("{id} first leg");
        tie.legs[1].id = format!("{id} second leg");
        tie.legs[0].home = known.map(slug);
        tie.legs[0].away = None;
        tie.legs[1].home = None;
        tie.legs[1].away = known.map(slug);
        tie
    };
    let mut semi = unknown("semi", [Some("ahly-v-zamalek"), Some("raja-v-wydad")], None);
    semi.legs[0].home = None;
    semi.legs[1].away = None;
    let competition = competition(
        caf_2017(),
        &["Ahly", "Zamalek", "Raja", "Wydad", "Esperance"],
        vec![
            vec![to_play("Ahly", "Zamalek"), to_play("Raja", "Wydad")],
            vec![semi],
            vec![unknown("final", [None, Some("semi")], Some("Esperance"))],
        ],
    );
    assert_eq!(cup_bracket_core::validate::validate(&competition), vec![]);
    let names = Names::new(&competition);
    let semi = &competition.rounds[1].ties[0];
    let final_ = &competition.rounds[2].ties[0];
    assert_eq!(names.place(semi, 0), "Winner of Ahly v Zamalek");
    assert_eq!(place_name(&competition, semi, 1), "Winner of Raja v Wydad");
    assert_eq!(names.place(final_, 0), "Esperance");
    // A feeder of unknown teams is named by its round and place in it.
    assert_eq!(names.place(final_, 1), "Winner of Round 1 tie 1");
    let sentence = |tie: &Tie| summary(&competition, tie, &decide(tie, &caf_2017()));
    assert_eq!(
        sentence(semi),
        "The winners of Ahly v Zamalek and Raja v Wydad will meet."
    );
    assert_eq!(
        sentence(final_),
        "Esperance will play the winner of Round 1 tie 1."
    );
    let outcome = decide(final_, &caf_2017());
    assert_eq!(
        (outcome.winner, outcome.decided_by),
        (None, DecidedBy::Undecided)
    );
}
