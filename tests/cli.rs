//! The `cup-bracket` binary: exit codes 0, 1 and 2, and what it prints.
#![allow(clippy::unwrap_used)]

#[path = "../core/tests/support/mod.rs"]
mod support;

use std::path::PathBuf;
use std::process::{Command, Output};

use support::*;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cup-bracket"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// A file of this test's own in the temp directory.
fn temp_file(name: &str, text: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("cup-bracket-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

/// IR Tanger's CAF 2017 path as a file.
fn good_text() -> String {
    serde_json::to_string_pretty(&ir_tanger_path()).unwrap()
}

#[test]
fn validate_a_good_file() {
    let path = temp_file("good.json", &good_text());
    let file = path.to_str().unwrap();
    let output = run(&["validate", file]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!("{file}: valid, 2 rounds, 2 ties, 1 bye, 3 teams, 4 matches\n")
    );
}

#[test]
fn validate_a_bad_file_prints_every_problem() {
    let text = good_text()
        .replacen("\"format\": 1", "\"format\": 2", 1)
        .replacen("\"id\": \"as-kaloum-bye\"", "\"id\": \"kaloum-bye\"", 1);
    let path = temp_file("bad.json", &text);
    let file = path.to_str().unwrap();
    let output = run(&["validate", file]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            format!("{file}: format: unknown format 2; this reader knows format 1"),
            format!("{file}: rounds[1].ties[0].from[0]: unknown tie \"as-kaloum-bye\""),
            format!("{file}: invalid, 2 problems"),
        ]
    );
}

#[test]
fn validate_text_that_is_not_json() {
    let path = temp_file("not.json", "{\n  \"format\": 1,\n  rounds: []\n}\n");
    let file = path.to_str().unwrap();
    let output = run(&["validate", file]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with(&format!("{file}: line 3, column 3: key must be a string")),
        "{}",
        stderr(&output)
    );
}

#[test]
fn validate_a_missing_file() {
    let output = run(&["validate", "/nonexistent/cup.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("cannot read"));
}

#[test]
fn outcomes_one_line_a_tie_in_file_order() {
    let path = temp_file("outcomes.json", &good_text());
    let output = run(&["outcomes", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            r#"{"tie":"as-kaloum-bye","winner":"as-kaloum","loser":null,"decided_by":"bye","aggregate":null,"summary":"AS Kaloum received a bye."}"#,
            r#"{"tie":"as-douanes-niamey-v-ir-tanger","winner":"ir-tanger","loser":"as-douanes-niamey","decided_by":"aggregate","aggregate":[1,3],"summary":"IR Tanger won 3–1 on aggregate."}"#,
            // The spec's own example line, key for key.
            r#"{"tie":"as-kaloum-v-ir-tanger","winner":"ir-tanger","loser":"as-kaloum","decided_by":"aggregate","aggregate":[1,3],"summary":"IR Tanger won 3–1 on aggregate."}"#,
        ]
    );
}

#[test]
fn outcomes_of_an_undecided_tie_have_null_winner_and_loser() {
    let text = good_text().replacen("\"status\": \"played\"", "\"status\": \"scheduled\"", 1);
    // The first match listed loses its status but keeps its score: refused.
    let path = temp_file("scheduled-with-score.json", &text);
    let output = run(&["outcomes", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert!(
        stderr(&output).contains("rounds[0].ties[1].legs[0].score: a scheduled match has no score")
    );

    let mut value: serde_json::Value = serde_json::from_str(&good_text()).unwrap();
    let leg = &mut value["rounds"][1]["ties"][0]["legs"][1];
    leg["status"] = "scheduled".into();
    leg.as_object_mut().unwrap().remove("score");
    let path = temp_file("scheduled.json", &value.to_string());
    let output = run(&["outcomes", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let last = stdout(&output).lines().last().unwrap().to_string();
    assert_eq!(
        last,
        r#"{"tie":"as-kaloum-v-ir-tanger","winner":null,"loser":null,"decided_by":"undecided","aggregate":[1,0],"summary":"First leg: AS Kaloum 1–0 IR Tanger; second leg to play.","needs":{"as-kaloum":"Anything but a defeat, a one-goal defeat in which they score (2–1, 3–2 …), or a 1–0 defeat and then the shoot-out.","ir-tanger":"Win by 2 goals or more, or win 1–0 and then the shoot-out."}}"#
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"][..],
        &["validate"][..],
        &["validate", "a.json", "b.json"][..],
        &["outcomes"][..],
        &["generate"][..],
        &["generate", "--teams"][..],
        &["generate", "--teams", "12"][..],
        &["generate", "--teams", "1"][..],
        &["generate", "--teams", "many"][..],
        &["generate", "--teams", "8", "--colour", "red"][..],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
        assert!(stderr(&output).starts_with("cup-bracket: "), "{args:?}");
    }
}

#[test]
fn help_exits_0() {
    for flag in ["help", "--help", "-h"] {
        let output = run(&[flag]);
        assert_eq!(output.status.code(), Some(0));
        assert!(stdout(&output).contains("cup-bracket validate FILE"));
        assert!(stdout(&output).contains("[--lang en|fr|ar]"));
    }
}

#[test]
fn generated_files_are_valid_deterministic_and_varied() {
    let output = run(&["generate", "--teams", "256"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert_eq!(stdout(&run(&["generate", "--teams", "256"])), text);
    assert_ne!(
        stdout(&run(&["generate", "--teams", "256", "--seed", "7"])),
        text
    );
    let path = temp_file("generated.json", &text);
    let file = path.to_str().unwrap();
    let output = run(&["validate", file]);
    assert_eq!(
        stdout(&output),
        format!("{file}: valid, 8 rounds, 255 ties, 256 teams, 509 matches\n"),
        "{}",
        stderr(&output)
    );
    let output = run(&["outcomes", file]);
    let out = stdout(&output);
    assert_eq!(out.lines().count(), 255);
    for kind in ["aggregate", "away_goals", "penalties"] {
        assert!(
            out.contains(&format!("\"decided_by\":\"{kind}\"")),
            "no {kind} decision"
        );
    }
    assert!(!out.contains("\"undecided\""));
    // The last line is the one-match final.
    assert!(out.lines().last().unwrap().starts_with("{\"tie\":"));
}

#[test]
fn import_of_a_missing_article_exits_1() {
    let output = run(&["import", "/nonexistent/article.wiki"]);
    assert_eq!(output.status.code(), Some(1));
}

/// The committed 2017 file.
const DATA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/2017-caf-confederation-cup-qualifying.json"
);

/// The outcome line of one tie.
fn line_of(out: &str, tie: &str) -> String {
    let key = format!("{{\"tie\":\"{tie}\",");
    out.lines()
        .find(|line| line.starts_with(&key))
        .unwrap_or_else(|| panic!("no line for {tie}"))
        .to_string()
}

#[test]
fn outcomes_as_of_a_day_say_what_each_team_needs() {
    let output = run(&["outcomes", DATA, "--as-of", "2017-03-12"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(out.lines().count(), 64);
    assert_eq!(
        line_of(&out, "as-kaloum-v-ir-tanger"),
        r#"{"tie":"as-kaloum-v-ir-tanger","winner":null,"loser":null,"decided_by":"undecided","aggregate":[1,0],"summary":"First leg: AS Kaloum 1–0 IR Tanger; second leg to play.","needs":{"as-kaloum":"Anything but a defeat, a one-goal defeat in which they score (2–1, 3–2 …), or a 1–0 defeat and then the shoot-out.","ir-tanger":"Win by 2 goals or more, or win 1–0 and then the shoot-out."}}"#
    );
    assert_eq!(
        line_of(&out, "horoya-v-ir-tanger"),
        r#"{"tie":"horoya-v-ir-tanger","winner":null,"loser":null,"decided_by":"undecided","aggregate":[0,0],"summary":"Horoya will play the winner of AS Kaloum v IR Tanger."}"#
    );
    // 16 first-round ties between their legs, each with needs; the
    // preliminary round's lines are those of the whole file.
    assert_eq!(out.matches("\"needs\":").count(), 16);
    let whole = stdout(&run(&["outcomes", DATA]));
    assert!(!whole.contains("\"needs\""));
    let preliminary = |text: &str| text.lines().take(32).collect::<Vec<_>>().join("\n");
    assert_eq!(preliminary(&out), preliminary(&whole));
}

#[test]
fn outcomes_with_a_what_if_follow_through_the_rounds() {
    let output = run(&[
        "outcomes",
        DATA,
        "--as-of",
        "2017-03-12",
        "--set",
        "IR Tanger v AS Kaloum=2-1",
        "--set",
        "Horoya v IR Tanger=0-1",
        "--set",
        "IR Tanger v Horoya=0-1 pens 4-3",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(
        line_of(&out, "as-kaloum-v-ir-tanger"),
        r#"{"tie":"as-kaloum-v-ir-tanger","winner":"as-kaloum","loser":"ir-tanger","decided_by":"away_goals","aggregate":[2,2],"summary":"2–2 on aggregate. AS Kaloum won on away goals."}"#
    );
    assert_eq!(
        line_of(&out, "horoya-v-ir-tanger"),
        r#"{"tie":"horoya-v-ir-tanger","winner":"as-kaloum","loser":"horoya","decided_by":"penalties","aggregate":[1,1],"summary":"1–1 on aggregate. AS Kaloum won 4–3 on penalties."}"#
    );
}

#[test]
fn a_what_if_between_the_legs_gives_the_other_leg_its_needs() {
    let output = run(&[
        "outcomes",
        DATA,
        "--as-of",
        "2017-03-12",
        "--set",
        "IR Tanger v AS Kaloum=2-1",
        "--set",
        "Horoya v IR Tanger=2-0",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        line_of(&stdout(&output), "horoya-v-ir-tanger"),
        r#"{"tie":"horoya-v-ir-tanger","winner":null,"loser":null,"decided_by":"undecided","aggregate":[2,0],"summary":"First leg: Horoya 2–0 AS Kaloum; second leg to play.","needs":{"horoya":"Anything but a defeat by 2 goals or more, a two-goal defeat in which they score (3–1, 4–2 …), or a 2–0 defeat and then the shoot-out.","as-kaloum":"Win by 3 goals or more, or win 2–0 and then the shoot-out."}}"#
    );
}

#[test]
fn a_what_if_that_cannot_be_read_or_played_is_a_usage_error() {
    for (args, message) in [
        (
            &["outcomes", DATA, "--set", "IR Tanger v AS Kaloum 2-1"][..],
            "cup-bracket: --set \"IR Tanger v AS Kaloum 2-1\": no \"=\" between the match and its score",
        ),
        (
            &["outcomes", DATA, "--set", "IR Tanger v AS Kaloum=2-1"][..],
            "cup-bracket: --set \"IR Tanger v AS Kaloum=2-1\": \"IR Tanger v AS Kaloum\" is not a leg still to play (it is played)",
        ),
        (
            &["outcomes", DATA, "--as-of", "2017-03-12", "--set", "Horoya v IR Tanger=1-0"][..],
            "cup-bracket: --set \"Horoya v IR Tanger=1-0\": the teams of \"Horoya v IR Tanger\" are not known yet (the winner of \"as-kaloum-v-ir-tanger\" is not decided)",
        ),
        (
            &["outcomes", DATA, "--as-of", "12/03/2017"][..],
            "cup-bracket: --as-of \"12/03/2017\" is not a date as YYYY-MM-DD (such as 2017-03-12)",
        ),
        (&["outcomes", DATA, "--as-of"][..], "cup-bracket: --as-of needs a date"),
        (
            &["outcomes", DATA, "--as-of", "2017-03-12", "--as-of", "2017-03-13"][..],
            "cup-bracket: --as-of is given twice",
        ),
        (&["outcomes", DATA, "--set"][..], "cup-bracket: --set needs a result"),
        (&["outcomes", DATA, "--colour", "red"][..], "cup-bracket: unknown option `--colour`"),
        (&["outcomes", DATA, DATA][..], "cup-bracket: `outcomes` takes exactly one file"),
        (&["outcomes", "--as-of", "2017-03-12"][..], "cup-bracket: `outcomes` needs a file"),
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
        assert!(stderr(&output).starts_with(message), "{args:?}: {}", stderr(&output));
    }
}

#[test]
fn outcomes_in_french_and_arabic() {
    let path = temp_file("outcomes-fr.json", &good_text());
    let file = path.to_str().unwrap();
    let output = run(&["outcomes", file, "--lang", "fr"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            r#"{"tie":"as-kaloum-bye","winner":"as-kaloum","loser":null,"decided_by":"bye","aggregate":null,"summary":"AS Kaloum bénéficie d'une exemption."}"#,
            r#"{"tie":"as-douanes-niamey-v-ir-tanger","winner":"ir-tanger","loser":"as-douanes-niamey","decided_by":"aggregate","aggregate":[1,3],"summary":"IR Tanger se qualifie 3–1 sur l'ensemble des deux matchs."}"#,
            r#"{"tie":"as-kaloum-v-ir-tanger","winner":"ir-tanger","loser":"as-kaloum","decided_by":"aggregate","aggregate":[1,3],"summary":"IR Tanger se qualifie 3–1 sur l'ensemble des deux matchs."}"#,
        ]
    );
    // The option may come first; the scores are isolated left to right.
    let output = run(&["outcomes", "--lang", "ar", file]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output).lines().last().unwrap(),
        "{\"tie\":\"as-kaloum-v-ir-tanger\",\"winner\":\"ir-tanger\",\"loser\":\"as-kaloum\",\"decided_by\":\"aggregate\",\"aggregate\":[1,3],\"summary\":\"تأهل IR Tanger بمجموع المباراتين \u{2066}3–1\u{2069}.\"}"
    );
    // English by default, and when asked for.
    let english = stdout(&run(&["outcomes", file]));
    assert_eq!(stdout(&run(&["outcomes", file, "--lang", "en"])), english);
}

#[test]
fn outcomes_in_a_language_as_of_a_day_and_after_what_ifs() {
    let output = run(&["outcomes", DATA, "--as-of", "2017-03-12", "--lang", "fr"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(
        line_of(&out, "as-kaloum-v-ir-tanger"),
        "{\"tie\":\"as-kaloum-v-ir-tanger\",\"winner\":null,\"loser\":null,\"decided_by\":\"undecided\",\"aggregate\":[1,0],\"summary\":\"Match aller\u{a0}: AS Kaloum 1–0 IR Tanger. Match retour à jouer.\",\"needs\":{\"as-kaloum\":\"Tout sauf une défaite, une défaite par un but d'écart avec au moins un but marqué (2–1, 3–2…), ou une défaite 1–0 puis les tirs au but.\",\"ir-tanger\":\"Gagner par 2 buts d'écart ou plus, ou gagner 1–0 puis passer par les tirs au but.\"}}"
    );
    assert_eq!(
        line_of(&out, "horoya-v-ir-tanger"),
        r#"{"tie":"horoya-v-ir-tanger","winner":null,"loser":null,"decided_by":"undecided","aggregate":[0,0],"summary":"Horoya affrontera le vainqueur de la confrontation AS Kaloum – IR Tanger."}"#
    );
    // Every line keeps its ids, winner, decided_by and aggregate, and the
    // needs their team ids: only the sentences change.
    let english = stdout(&run(&["outcomes", DATA, "--as-of", "2017-03-12"]));
    let bare = |text: &str| -> Vec<serde_json::Value> {
        text.lines()
            .map(|line| {
                let mut value: serde_json::Value = serde_json::from_str(line).unwrap();
                value["summary"] = serde_json::Value::Null;
                if let Some(needs) = value.get_mut("needs").and_then(|n| n.as_object_mut()) {
                    for sentence in needs.values_mut() {
                        *sentence = serde_json::Value::Null;
                    }
                }
                value
            })
            .collect()
    };
    assert_eq!(bare(&out), bare(&english));

    let output = run(&[
        "outcomes",
        DATA,
        "--lang",
        "ar",
        "--as-of",
        "2017-03-12",
        "--set",
        "IR Tanger v AS Kaloum=2-1",
        "--set",
        "Horoya v IR Tanger=0-1",
        "--set",
        "IR Tanger v Horoya=0-1 pens 4-3",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(
        line_of(&out, "as-kaloum-v-ir-tanger"),
        "{\"tie\":\"as-kaloum-v-ir-tanger\",\"winner\":\"as-kaloum\",\"loser\":\"ir-tanger\",\"decided_by\":\"away_goals\",\"aggregate\":[2,2],\"summary\":\"التعادل \u{2066}2–2\u{2069} بمجموع المباراتين. تأهل AS Kaloum بفضل الأهداف المسجلة خارج الأرض.\"}"
    );
    assert_eq!(
        line_of(&out, "horoya-v-ir-tanger"),
        "{\"tie\":\"horoya-v-ir-tanger\",\"winner\":\"as-kaloum\",\"loser\":\"horoya\",\"decided_by\":\"penalties\",\"aggregate\":[1,1],\"summary\":\"التعادل \u{2066}1–1\u{2069} بمجموع المباراتين. تأهل AS Kaloum بركلات الترجيح \u{2066}4–3\u{2069}.\"}"
    );
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    for (args, message) in [
        (
            &["outcomes", DATA, "--lang", "de"][..],
            "cup-bracket: --lang: unknown language `de` (one of en, fr or ar)",
        ),
        (
            &["outcomes", DATA, "--lang", "FR"][..],
            "cup-bracket: --lang: unknown language `FR` (one of en, fr or ar)",
        ),
        (
            &["outcomes", DATA, "--lang"][..],
            "cup-bracket: --lang needs a language (en, fr or ar)",
        ),
        (
            &["outcomes", DATA, "--lang", "fr", "--lang", "ar"][..],
            "cup-bracket: --lang is given twice",
        ),
        // Before the file is read.
        (
            &["outcomes", "/nonexistent/cup.json", "--lang", "es"][..],
            "cup-bracket: --lang: unknown language `es`",
        ),
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
        assert!(
            stderr(&output).starts_with(message),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn generated_files_stopped_part_way() {
    let args = [
        "generate", "--teams", "64", "--seed", "5", "--played", "0.6",
    ];
    let output = run(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert_eq!(stdout(&run(&args)), text);
    let path = temp_file("played.json", &text);
    let file = path.to_str().unwrap();
    assert_eq!(
        stdout(&run(&["validate", file])),
        format!("{file}: valid, 6 rounds, 63 ties, 64 teams, 125 matches\n")
    );
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let legs: Vec<&serde_json::Value> = value["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|round| round["ties"].as_array().unwrap())
        .flat_map(|tie| tie["legs"].as_array().unwrap())
        .collect();
    let played = legs.iter().filter(|leg| leg["status"] == "played").count();
    assert_eq!(played, 75, "0.6 of 125 legs");
    assert!(legs
        .iter()
        .all(|leg| leg["date"].is_string() && leg["kickoff"].is_string()));
    let out = stdout(&run(&["outcomes", file]));
    assert!(out.contains("\"needs\":"), "a tie between its legs");
    assert!(out.contains("will play the winner of") || out.contains("will meet."));
    assert!(out.contains("\"decided_by\":\"undecided\""));
    // Nothing played, everything played.
    for (played, undecided) in [("0", 63), ("1", 0)] {
        let output = run(&["generate", "--teams", "8", "--played", played]);
        let path = temp_file(&format!("played-{played}.json"), &stdout(&output));
        let out = stdout(&run(&["outcomes", path.to_str().unwrap()]));
        assert_eq!(
            out.matches("\"undecided\"").count(),
            undecided.min(7),
            "--played {played}"
        );
    }
    for bad in ["1.5", "-0.1", "half", "NaN"] {
        let output = run(&["generate", "--teams", "8", "--played", bad]);
        assert_eq!(output.status.code(), Some(2), "{bad}");
        assert!(
            stderr(&output).contains("--played needs a fraction from 0 to 1"),
            "{bad}"
        );
    }
}

#[test]
fn render_prints_the_widget_drawn_for_a_page_to_hydrate() {
    let output = run(&[
        "render",
        DATA,
        "--theme",
        "dark",
        "--rounds",
        "first,play-off",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let markup = stdout(&output);
    assert!(markup.starts_with(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"bracket.css\">"
    ));
    assert_eq!(markup.matches("<button").count(), 32);
    assert!(markup.contains("data-theme=\"dark\""));
    assert!(markup.contains("IR Tanger won 3–1 on aggregate."));
    let bad = run(&["render", DATA, "--theme", "blue"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--theme: `blue` is none of light, dark and auto"));
    let unknown = run(&["render", DATA, "--open", "Nobody v Nowhere"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("no match is called \"Nobody v Nowhere\""));
}

#[test]
fn render_into_pages_fills_their_markers_in_place() {
    let page = temp_file(
        "page.html",
        "<body><main id=\"b\"><!-- cup-bracket:render open=\"IR Tanger v AS Kaloum\" --></main></body>",
    );
    let output = run(&["render", DATA, "--into", page.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let filled = std::fs::read_to_string(&page).unwrap();
    assert!(filled.starts_with("<body><main id=\"b\"><template shadowrootmode=\"open\">"));
    assert!(filled.ends_with("</template></main></body>"));
    assert_eq!(filled.matches("aria-expanded=\"true\"").count(), 1);
    // A page without a marker is an error: the build expected the widget there.
    let empty = temp_file("empty.html", "<body></body>");
    let output = run(&["render", DATA, "--into", empty.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no `<!-- cup-bracket:render -->` marker"));
}
