//! The `cup-bracket` binary: exit codes 0, 1 and 2, and what it prints.
#![allow(clippy::unwrap_used)]

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
        r#"{"tie":"as-kaloum-v-ir-tanger","winner":null,"loser":null,"decided_by":"undecided","aggregate":[1,0],"summary":"First leg: AS Kaloum 1–0 IR Tanger; second leg to play."}"#
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
