//! The validator: every rejection of the spec, each at its exact place.
#![allow(clippy::unwrap_used)]

mod support;

use cup_bracket_core::json::parse_competition;
use cup_bracket_core::model::{Competition, MatchStatus, Names, RulesOverride, Team};
use cup_bracket_core::validate::{is_slug, validate, Problem};
use support::*;

/// The CAF 2017 path of IR Tanger: a preliminary tie, then AS Kaloum (who had a bye).
fn base() -> Competition {
    ir_tanger_path()
}

/// The problems of a changed copy of the base file.
fn problems_after(change: impl FnOnce(&mut Competition)) -> Vec<Problem> {
    let mut competition = base();
    change(&mut competition);
    validate(&competition)
}

/// Asserts a problem at exactly `place` whose message contains `words`.
fn assert_problem(problems: &[Problem], place: &str, words: &str) {
    assert!(
        problems
            .iter()
            .any(|problem| problem.place == place && problem.message.contains(words)),
        "no problem at {place} saying {words:?} in {problems:#?}"
    );
}

/// Asserts exactly one problem, at `place`, whose message contains `words`.
fn assert_only(problems: &[Problem], place: &str, words: &str) {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_problem(problems, place, words);
}

#[test]
fn the_base_file_is_valid() {
    assert_eq!(validate(&base()), vec![]);
}

#[test]
fn unknown_format() {
    let problems = problems_after(|c| c.format = 2);
    assert_only(&problems, "format", "unknown format 2");
}

#[test]
fn duplicate_team_id() {
    let problems = problems_after(|c| {
        let copy = c.teams[2].clone();
        c.teams.push(copy);
    });
    assert_only(&problems, "teams[3].id", "duplicate team id \"ir-tanger\"");
}

#[test]
fn team_id_that_is_not_a_lowercase_slug() {
    let problems = problems_after(|c| {
        c.teams.push(Team {
            id: "Vipers SC".into(),
            name: "Vipers".into(),
            names: None,
            country: "UGA".into(),
        });
    });
    assert_only(&problems, "teams[3].id", "not a lowercase slug");
    assert!(is_slug("al-hilal-al-ubayyid"));
    assert!(is_slug("1-de-agosto"));
    for bad in [
        "",
        "Vipers",
        "al--masry",
        "-vipers",
        "vipers-",
        "étoile-du-congo",
        "a b",
    ] {
        assert!(!is_slug(bad), "{bad:?}");
    }
}

#[test]
fn duplicate_tie_id() {
    let problems = problems_after(|c| {
        c.rounds[1].ties[0].id = "as-douanes-niamey-v-ir-tanger".into();
        c.rounds[1].ties[0].from = None;
    });
    assert_only(&problems, "rounds[1].ties[0].id", "duplicate tie id");
}

#[test]
fn duplicate_match_id() {
    let problems = problems_after(|c| {
        c.rounds[1].ties[0].legs[1].id = "IR Tanger v AS Douanes Niamey".into();
    });
    assert_only(
        &problems,
        "rounds[1].ties[0].legs[1].id",
        "first at rounds[0].ties[1].legs[1].id",
    );
}

#[test]
fn team_id_not_in_teams() {
    let problems = problems_after(|c| {
        c.rounds[0].ties[0].bye = Some("djoliba".into());
        c.rounds[1].ties[0].from = None;
    });
    assert_only(
        &problems,
        "rounds[0].ties[0].bye",
        "unknown team \"djoliba\"",
    );
}

#[test]
fn match_whose_teams_are_not_the_ties() {
    let problems = problems_after(|c| {
        c.rounds[0].ties[1].legs[1].away = Some("as-kaloum".into());
    });
    assert_only(
        &problems,
        "rounds[0].ties[1].legs[1].away",
        "not one of this tie's teams",
    );
}

#[test]
fn second_leg_hosted_by_the_first_legs_host() {
    let problems = problems_after(|c| {
        let leg = &mut c.rounds[1].ties[0].legs[1];
        leg.home = Some("as-kaloum".into());
        leg.away = Some("ir-tanger".into());
    });
    assert_only(
        &problems,
        "rounds[1].ties[0].legs[1].home",
        "first leg's host",
    );
}

#[test]
fn played_or_awarded_match_without_a_score() {
    let problems = problems_after(|c| {
        c.rounds[0].ties[1].legs[0].score = None;
        c.rounds[1].ties[0].legs[1].status = MatchStatus::Awarded;
        c.rounds[1].ties[0].legs[1].score = None;
    });
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_problem(
        &problems,
        "rounds[0].ties[1].legs[0].score",
        "a played match needs a score",
    );
    assert_problem(
        &problems,
        "rounds[1].ties[0].legs[1].score",
        "an awarded match needs a score",
    );
}

#[test]
fn a_report_that_is_not_a_web_address() {
    let problems = problems_after(|c| {
        c.rounds[1].ties[0].legs[1].report = Some("javascript:alert(document.domain)".into());
        c.rounds[0].ties[1].legs[0].report = Some("https://www.cafonline.com/".into());
    });
    assert_only(
        &problems,
        "rounds[1].ties[0].legs[1].report",
        "\"javascript:alert(document.domain)\" is not an http: or https: URL",
    );
}

#[test]
fn extra_time_score_below_score() {
    let problems = problems_after(|c| {
        let tie = &mut c.rounds[1].ties[0];
        tie.rules = Some(RulesOverride {
            extra_time: Some(true),
            ..RulesOverride::default()
        });
        // Level 1–1 on aggregate after 90 minutes, then "0–2" after extra time.
        tie.legs[1].score = Some([1, 0]);
        tie.legs[1].extra_time_score = Some([0, 2]);
    });
    assert_only(
        &problems,
        "rounds[1].ties[0].legs[1].extra_time_score",
        "0–2 after extra time is below the normal-time score 1–0",
    );
}

#[test]
fn penalties_on_the_first_leg() {
    let problems = problems_after(|c| {
        c.rounds[0].ties[1].legs[0].penalties = Some([4, 3]);
    });
    assert_only(
        &problems,
        "rounds[0].ties[1].legs[0].penalties",
        "only follows the deciding leg",
    );
}

/// Ifeanyi Ubah v Al-Masry as in CAF 2017: level, straight to penalties.
fn al_masry() -> Competition {
    let names = ["Ifeanyi Ubah", "Al-Masry"];
    one_tie(
        caf_2017(),
        names,
        tie(
            names[0],
            names[1],
            vec![
                played(names[0], names[1], [1, 0]),
                pens(played(names[1], names[0], [1, 0]), [3, 0]),
            ],
        ),
    )
}

#[test]
fn al_masry_is_valid() {
    assert_eq!(validate(&al_masry()), vec![]);
}

#[test]
fn level_penalties() {
    let mut competition = al_masry();
    competition.rounds[0].ties[0].legs[1].penalties = Some([4, 4]);
    assert_only(
        &validate(&competition),
        "rounds[0].ties[0].legs[1].penalties",
        "cannot end level (4–4)",
    );
}

#[test]
fn penalties_on_a_tie_decided_on_aggregate() {
    let problems = problems_after(|c| {
        c.rounds[0].ties[1].legs[1].penalties = Some([5, 4]);
    });
    assert_only(
        &problems,
        "rounds[0].ties[1].legs[1].penalties",
        "already decided (1–3 on aggregate)",
    );
}

#[test]
fn penalties_on_a_tie_decided_on_away_goals() {
    // Vipers 0–0 Volcan Club, Volcan Club 1–1 Vipers: no shoot-out was needed.
    let names = ["Vipers", "Volcan Club"];
    let mut tie = home_and_away(names[0], names[1], [0, 0], [1, 1]);
    tie.legs[1].penalties = Some([4, 2]);
    let problems = validate(&one_tie(caf_2017(), names, tie));
    assert_only(
        &problems,
        "rounds[0].ties[0].legs[1].penalties",
        "settled on away goals",
    );
}

#[test]
fn extra_time_on_a_tie_decided_after_90_minutes() {
    // Roma 2–1 Porto, then a 3–1 Porto win in 90 minutes needs no extra time.
    let names = ["Roma", "Porto"];
    let tie = tie(
        names[0],
        names[1],
        vec![
            played(names[0], names[1], [2, 1]),
            aet(played(names[1], names[0], [3, 1]), [3, 1]),
        ],
    );
    let problems = validate(&one_tie(uefa_before_2021(), names, tie));
    assert_only(
        &problems,
        "rounds[0].ties[0].legs[1].extra_time_score",
        "already decided after 90 minutes",
    );
}

#[test]
fn extra_time_the_rules_do_not_allow() {
    let mut competition = al_masry();
    competition.rounds[0].ties[0].legs[1].extra_time_score = Some([1, 0]);
    assert_only(
        &validate(&competition),
        "rounds[0].ties[0].legs[1].extra_time_score",
        "rules have no extra time",
    );
}

#[test]
fn penalties_the_rules_do_not_allow() {
    let mut competition = al_masry();
    competition.rules.penalties = false;
    assert_only(
        &validate(&competition),
        "rounds[0].ties[0].legs[1].penalties",
        "no penalty shoot-out",
    );
}

#[test]
fn penalties_skipping_the_extra_time_the_rules_play() {
    let mut competition = al_masry();
    competition.rules.extra_time = true;
    assert_only(
        &validate(&competition),
        "rounds[0].ties[0].legs[1].extra_time_score",
        "extra time before penalties",
    );
}

#[test]
fn walkover_winner_outside_the_tie() {
    let problems = problems_after(|c| {
        let tie = &mut c.rounds[1].ties[0];
        *tie = walkover(tie.clone(), "Djoliba");
    });
    assert_only(
        &problems,
        "rounds[1].ties[0].walkover.winner",
        "not one of this tie's teams",
    );
}

#[test]
fn from_an_unknown_tie() {
    let problems = problems_after(|c| {
        c.rounds[1].ties[0].from = Some([Some("as-kaloum-v-djoliba".into()), None]);
    });
    assert_only(&problems, "rounds[1].ties[0].from[0]", "unknown tie");
}

#[test]
fn from_a_later_tie() {
    let problems = problems_after(|c| {
        c.rounds[0].ties[1].from = Some([None, Some("as-kaloum-v-ir-tanger".into())]);
    });
    assert_only(&problems, "rounds[0].ties[1].from[1]", "not an earlier tie");
}

#[test]
fn from_a_tie_whose_winner_is_not_the_team_it_feeds() {
    let problems = problems_after(|c| {
        c.rounds[1].ties[0].from = Some([
            Some("as-douanes-niamey-v-ir-tanger".into()),
            Some("as-kaloum-bye".into()),
        ]);
    });
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_problem(
        &problems,
        "rounds[1].ties[0].from[0]",
        "the winner of \"as-douanes-niamey-v-ir-tanger\" is \"ir-tanger\", not \"as-kaloum\"",
    );
    assert_problem(&problems, "rounds[1].ties[0].from[1]", "is \"as-kaloum\"");
}

#[test]
fn from_an_undecided_tie_is_fine() {
    let problems = problems_after(|c| {
        let leg = &mut c.rounds[0].ties[1].legs[1];
        leg.status = MatchStatus::Scheduled;
        leg.score = None;
    });
    assert_eq!(problems, vec![]);
}

/// IR Tanger's path between the preliminary legs: AS Douanes Niamey v IR
/// Tanger has its second leg to play, so AS Kaloum's opponent is not known.
fn undecided() -> Competition {
    let mut competition = base();
    let leg = &mut competition.rounds[0].ties[1].legs[1];
    leg.status = MatchStatus::Scheduled;
    leg.score = None;
    let tie = &mut competition.rounds[1].ties[0];
    tie.teams = Some([Some("as-kaloum".into()), None]);
    for leg in &mut tie.legs {
        leg.status = MatchStatus::Scheduled;
        leg.score = None;
    }
    tie.legs[0].away = None;
    tie.legs[1].home = None;
    competition
}

#[test]
fn a_place_not_known_yet_is_valid() {
    assert_eq!(validate(&undecided()), vec![]);
    // As JSON: the null place and the legs' nulls are written out.
    let text = serde_json::to_string(&undecided()).unwrap();
    assert!(text.contains(r#""teams":["as-kaloum",null]"#), "{text}");
    assert!(text.contains(r#""home":"as-kaloum","away":null"#), "{text}");
    assert_eq!(parse_competition(&text).unwrap(), undecided());
}

#[test]
fn a_leg_without_home_or_away_is_refused_not_read_as_null() {
    let text = serde_json::to_string_pretty(&undecided())
        .unwrap()
        .replacen("\"away\": null,", "", 1);
    let problems = parse_competition(&text).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].place, "rounds[1].ties[0].legs[0]");
    assert!(problems[0].message.contains("missing field `away`"));
}

#[test]
fn null_team_whose_from_tie_is_decided() {
    let problems = problems_after(|c| {
        let tie = &mut c.rounds[1].ties[0];
        tie.teams = Some([Some("as-kaloum".into()), None]);
        for leg in &mut tie.legs {
            leg.status = MatchStatus::Scheduled;
            leg.score = None;
        }
        tie.legs[0].away = None;
        tie.legs[1].home = None;
    });
    assert_only(
        &problems,
        "rounds[1].ties[0].teams[1]",
        "null, but \"as-douanes-niamey-v-ir-tanger\" is decided: its winner \"ir-tanger\" plays here",
    );
}

#[test]
fn null_team_whose_tie_has_a_leg_that_is_not_scheduled() {
    let mut competition = undecided();
    let leg = &mut competition.rounds[1].ties[0].legs[0];
    leg.status = MatchStatus::Played;
    leg.score = Some([1, 0]);
    competition.rounds[1].ties[0].legs[1].status = MatchStatus::Cancelled;
    let problems = validate(&competition);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_problem(
        &problems,
        "rounds[1].ties[0].legs[0].status",
        "teams[1] is null, so every leg is still to play",
    );
    assert_problem(
        &problems,
        "rounds[1].ties[0].legs[1].status",
        "teams[1] is null",
    );
}

#[test]
fn null_team_without_a_from_for_it() {
    let mut competition = undecided();
    competition.rounds[1].ties[0].from = Some([Some("as-kaloum-bye".into()), None]);
    assert_only(
        &validate(&competition),
        "rounds[1].ties[0].teams[1]",
        "null, but from[1] names no tie",
    );
    competition.rounds[1].ties[0].from = None;
    assert_only(
        &validate(&competition),
        "rounds[1].ties[0].teams[1]",
        "null, but from[1] names no tie",
    );
}

#[test]
fn null_team_from_an_unknown_or_later_tie() {
    let mut competition = undecided();
    competition.rounds[1].ties[0].from = Some([
        Some("as-kaloum-bye".into()),
        Some("as-kaloum-v-djoliba".into()),
    ]);
    assert_only(
        &validate(&competition),
        "rounds[1].ties[0].from[1]",
        "unknown tie \"as-kaloum-v-djoliba\"",
    );
}

#[test]
fn legs_null_in_the_wrong_place() {
    let mut competition = undecided();
    // The first leg's host and visitor swapped: AS Kaloum hosts it as teams[0].
    let leg = &mut competition.rounds[1].ties[0].legs[0];
    leg.home = None;
    leg.away = Some("as-kaloum".into());
    let problems = validate(&competition);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_problem(
        &problems,
        "rounds[1].ties[0].legs[0].home",
        "null, but teams[0] is known: \"as-kaloum\"",
    );
    assert_problem(
        &problems,
        "rounds[1].ties[0].legs[0].away",
        "\"as-kaloum\", but teams[1] is null",
    );
}

#[test]
fn a_leg_null_where_the_tie_knows_its_team() {
    let problems = problems_after(|c| c.rounds[1].ties[0].legs[1].home = None);
    assert_only(
        &problems,
        "rounds[1].ties[0].legs[1].home",
        "null, but teams[1] is known: \"ir-tanger\"",
    );
}

#[test]
fn a_leg_naming_a_team_where_the_tie_has_null() {
    let mut competition = undecided();
    competition.rounds[1].ties[0].legs[1].home = Some("ir-tanger".into());
    assert_only(
        &validate(&competition),
        "rounds[1].ties[0].legs[1].home",
        "\"ir-tanger\", but teams[1] is null",
    );
}

#[test]
fn a_tie_with_both_teams_and_bye_or_neither() {
    let problems = problems_after(|c| {
        c.rounds[0].ties[0].teams = Some([Some("as-kaloum".into()), Some("ir-tanger".into())]);
        c.rounds[0].ties[1].teams = None;
    });
    assert_problem(&problems, "rounds[0].ties[0]", "not both");
    assert_problem(&problems, "rounds[0].ties[1]", "needs \"teams\"");
}

#[test]
fn more_legs_than_the_rules_allow() {
    let problems = problems_after(|c| {
        c.rounds[0].ties[1].rules = Some(RulesOverride {
            legs: Some(1),
            ..RulesOverride::default()
        });
    });
    assert_only(
        &problems,
        "rounds[0].ties[1].legs",
        "2 legs, but this tie's rules allow 1",
    );
}

#[test]
fn legs_rule_other_than_one_or_two() {
    let problems = problems_after(|c| c.rules.legs = 3);
    assert_only(&problems, "rules.legs", "legs must be 1 or 2, not 3");
}

#[test]
fn a_tie_without_legs_or_walkover() {
    let problems = problems_after(|c| c.rounds[0].ties[1].legs.clear());
    assert_only(&problems, "rounds[0].ties[1].legs", "one or two legs");
}

#[test]
fn several_problems_in_one_pass_in_file_order() {
    let problems = problems_after(|c| {
        c.format = 7;
        c.rounds[0].ties[1].legs[0].score = None;
        c.rounds[1].ties[0].legs[1].penalties = Some([2, 2]);
    });
    let places: Vec<&str> = problems.iter().map(|p| p.place.as_str()).collect();
    assert_eq!(
        places,
        [
            "format",
            "rounds[0].ties[1].legs[0].score",
            "rounds[1].ties[0].legs[1].penalties",
            "rounds[1].ties[0].legs[1].penalties",
        ],
        "{problems:#?}"
    );
}

fn base_json() -> String {
    serde_json::to_string_pretty(&base()).unwrap()
}

#[test]
fn json_of_the_base_file_parses() {
    assert_eq!(parse_competition(&base_json()).unwrap(), base());
}

#[test]
fn unknown_rule_value_names_its_place() {
    let text = base_json().replace("\"normal_time\"", "\"sometimes\"");
    let problems = parse_competition(&text).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].place, "rules.away_goals");
    assert!(problems[0].message.contains("unknown variant `sometimes`"));
}

#[test]
fn scores_must_be_whole_numbers_from_0_to_255() {
    let mut value = serde_json::to_value(base()).unwrap();
    // A marker no other number of the file has, to put each bad number in its place.
    value["rounds"][0]["ties"][1]["legs"][0]["score"][0] = serde_json::json!(77);
    let marked = serde_json::to_string_pretty(&value).unwrap();
    assert_eq!(marked.matches("77").count(), 1);
    for bad in ["256", "-1", "1.5", "\"2\"", "1e3"] {
        let problems = parse_competition(&marked.replace("77", bad)).unwrap_err();
        assert_eq!(problems.len(), 1, "{bad}: {problems:#?}");
        assert_eq!(
            problems[0].place, "rounds[0].ties[1].legs[0].score[0]",
            "{bad}"
        );
        assert!(
            problems[0]
                .message
                .contains("must be a whole number from 0 to 255"),
            "{bad}: {}",
            problems[0].message
        );
    }
}

#[test]
fn not_json_gets_line_and_column() {
    let problems = parse_competition("{\n  \"format\": 1,\n  oops\n}").unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].place, "line 3, column 3");
    assert_eq!(
        problems[0].to_string(),
        "line 3, column 3: key must be a string"
    );
}

#[test]
fn trailing_text_after_the_object_is_refused() {
    let problems = parse_competition(&format!("{}\n]", base_json())).unwrap_err();
    assert!(problems[0].place.starts_with("line "), "{problems:#?}");
}

fn names(fr: Option<&str>, ar: Option<&str>) -> Option<Names> {
    Some(Names {
        fr: fr.map(String::from),
        ar: ar.map(String::from),
    })
}

#[test]
fn names_in_other_languages_are_valid() {
    let problems = problems_after(|c| {
        c.competition.names = names(Some("Coupe test"), Some("كأس الاختبار"));
        c.competition.stage = Some("Qualifying rounds".into());
        c.competition.stage_names = names(Some("Tours de qualification"), None);
        c.teams[2].names = names(None, Some("اتحاد طنجة"));
        c.rounds[1].names = names(Some("Premier tour"), Some("الدور الأول"));
        c.rounds[1].dates = Some("10–19 March 2017".into());
        c.rounds[1].dates_names = names(Some("10–19 mars 2017"), None);
        // No language at all is harmless.
        c.rounds[0].names = names(None, None);
    });
    assert_eq!(problems, vec![]);
}

#[test]
fn an_empty_translation_is_refused_at_its_place() {
    let problems = problems_after(|c| {
        c.competition.names = names(Some(""), Some("كأس"));
        c.competition.next_stage = Some("Group stage".into());
        c.competition.next_stage_names = names(Some("Phase de groupes"), Some("  "));
        c.teams[1].names = names(Some(" "), None);
        c.rounds[0].names = names(None, Some(""));
        c.rounds[1].dates = Some("10–19 March 2017".into());
        c.rounds[1].dates_names = names(Some("\t"), None);
    });
    let places: Vec<&str> = problems.iter().map(|p| p.place.as_str()).collect();
    assert_eq!(
        places,
        [
            "competition.names.fr",
            "competition.next_stage_names.ar",
            "teams[1].names.fr",
            "rounds[0].names.ar",
            "rounds[1].dates_names.fr",
        ]
    );
    for problem in &problems {
        assert_eq!(
            problem.message,
            "an empty translation: leave it out and the English text is shown"
        );
    }
}

#[test]
fn translations_of_a_text_not_given_are_refused() {
    let problems = problems_after(|c| {
        c.competition.stage = None;
        c.competition.stage_names = names(Some("Tours de qualification"), None);
        c.competition.dates_names = names(None, Some("من 10 فبراير"));
        c.rounds[0].dates = None;
        c.rounds[0].dates_names = names(Some("10–19 février 2017"), None);
    });
    let found: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "competition.stage_names: translations of `stage`, which is not given",
            "competition.dates_names: translations of `dates`, which is not given",
            "rounds[0].dates_names: translations of `dates`, which is not given",
        ]
    );
}

#[test]
fn names_in_json_take_only_the_known_languages() {
    let mut value = serde_json::to_value(base()).unwrap();
    value["teams"][2]["names"] = serde_json::json!({ "fr": "IR Tanger", "ar": "اتحاد طنجة" });
    let text = serde_json::to_string_pretty(&value).unwrap();
    let read = parse_competition(&text).unwrap();
    assert_eq!(
        read.teams[2].names,
        names(Some("IR Tanger"), Some("اتحاد طنجة"))
    );
    // It writes back as it was read.
    assert_eq!(serde_json::to_value(&read).unwrap(), value);

    value["teams"][2]["names"] = serde_json::json!({ "de": "IR Tanger" });
    let problems = parse_competition(&serde_json::to_string_pretty(&value).unwrap()).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].place, "teams[2].names.de");
    assert!(
        problems[0].message.contains("unknown field `de`"),
        "{}",
        problems[0].message
    );
    value["teams"][2]["names"] = serde_json::json!({ "fr": 7 });
    let problems = parse_competition(&serde_json::to_string_pretty(&value).unwrap()).unwrap_err();
    assert_eq!(problems[0].place, "teams[2].names.fr");
}
