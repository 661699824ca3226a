//! The importer's parts: the wikitext parser, each template reader, the
//! cross-checks (each made to fire on a doctored seed), bad input with its
//! line number, and a property test that nothing panics.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use cup_bracket_core::import::{
    bracket, fields, football_box, import, sentence, two_leg_result, wikitext, Warning,
};
use cup_bracket_core::model::{GoalKind, Side};
use proptest::prelude::*;

fn seed() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/seed/000_d7cfa3e883f8a2fa.txt"
    );
    std::fs::read_to_string(path).expect("the seed article")
}

/// The one template of a snippet.
fn template(src: &str) -> wikitext::Template {
    let nodes = wikitext::parse(src).expect("parses");
    let first = wikitext::templates(&nodes).next().cloned();
    first.expect("a template")
}

/// The 1-based line of the first line of the seed equal to `text`.
fn line_of(text: &str) -> usize {
    seed()
        .lines()
        .position(|line| line == text)
        .map(|i| i + 1)
        .expect("line in seed")
}

/// The seed with its only copy of `from` replaced by `to`.
fn doctored(from: &str, to: &str) -> String {
    let text = seed();
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} occurs once in the seed"
    );
    text.replace(from, to)
}

fn warnings_of(text: &str) -> Vec<Warning> {
    import(text).expect("imports").warnings
}

// --- the parser ---

#[test]
fn parses_text_and_a_template_with_named_and_positional_params() {
    let nodes = wikitext::parse("before {{TwoLegResult|A|MAR|3–1\n| key = value }} after").unwrap();
    assert_eq!(nodes.len(), 3);
    let t = wikitext::templates(&nodes).next().unwrap();
    assert_eq!(t.name, "TwoLegResult");
    assert_eq!(t.line, 1);
    assert_eq!(t.positional_text(1), "A");
    assert_eq!(t.positional_text(3), "3–1");
    assert_eq!(t.named_text("key"), "value");
    assert_eq!(t.named("key").unwrap().line, 2);
    assert_eq!(t.positional_text(4), "");
    assert_eq!(wikitext::plain(&nodes), "before  after");
}

#[test]
fn nested_templates_keep_their_own_pipes_and_equals() {
    let t =
        template("{{refn|group=note|name=Libya|Text {{cite web|url=http://x?a=b|title=T}} more}}");
    assert_eq!(t.named_text("group"), "note");
    assert_eq!(t.named_text("name"), "Libya");
    let text = t.positional(1).unwrap();
    assert_eq!(text.text(), "Text  more");
    let cite = wikitext::templates(&text.value).next().unwrap();
    assert!(cite.is("cite web"));
    assert_eq!(cite.named_text("url"), "http://x?a=b");
    assert_eq!(t.params.len(), 3);
}

#[test]
fn template_names_compare_like_mediawiki() {
    let t = template("{{football_box}}");
    assert!(t.is("Football box"));
    assert!(!t.is("Football boxes"));
}

#[test]
fn lines_of_nested_templates_are_counted() {
    let nodes = wikitext::parse("a\n\n{{x\n|1 = {{y\n|z}}\n}}\n{{w}}").unwrap();
    let all: Vec<_> = wikitext::templates(&nodes).collect();
    assert_eq!(all[0].line, 3);
    let inner = wikitext::templates(&all[0].named("1").unwrap().value)
        .next()
        .unwrap();
    assert_eq!(inner.line, 4);
    assert_eq!(all[1].line, 7);
}

#[test]
fn an_unclosed_template_is_an_error_at_its_opening_line() {
    let err = wikitext::parse("one\ntwo\n{{Football box\n|id = A v B\n").unwrap_err();
    assert_eq!(err.line, 3);
    assert_eq!(err.message, "template {{Football box}} is never closed");
    let err = wikitext::parse("{{a|{{b|\n\n{{c}}").unwrap_err();
    assert_eq!(err.line, 1, "the innermost open template is b, on line 1");
}

#[test]
fn stray_closing_braces_and_nameless_templates_are_errors_with_lines() {
    let err = wikitext::parse("x\ny }} z").unwrap_err();
    assert_eq!(err.line, 2);
    let err = wikitext::parse("\n\n{{ |a}}").unwrap_err();
    assert_eq!(err.line, 3);
    assert!(err.message.contains("without a name"));
    let err = wikitext::parse("{{ {{x}} }}").unwrap_err();
    assert!(err.message.contains("plain text"));
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let src = "{{a|".repeat(10_000);
    let err = wikitext::parse(&src).unwrap_err();
    assert!(err.message.contains("nested"), "{}", err.message);
}

// --- the field parsers ---

#[test]
fn field_parsers() {
    assert_eq!(fields::score("3–1"), Some([3, 1]));
    assert_eq!(fields::score(" 0-4 "), Some([0, 4]));
    assert_eq!(fields::score("Cancelled"), None);
    assert_eq!(fields::score("1–"), None);
    assert_eq!(fields::utc_offset("0").as_deref(), Some("+00:00"));
    assert_eq!(fields::utc_offset("2").as_deref(), Some("+02:00"));
    assert_eq!(fields::utc_offset("-1").as_deref(), Some("-01:00"));
    assert_eq!(fields::utc_offset("5.5").as_deref(), Some("+05:30"));
    assert_eq!(fields::utc_offset("x"), None);
    assert_eq!(
        fields::venue_city("Stade du 28 Septembre, Conakry"),
        (Some("Stade du 28 Septembre".into()), Some("Conakry".into()))
    );
    assert_eq!(
        fields::venue_city("Al-Salam Stadium, Cairo (Egypt)"),
        (Some("Al-Salam Stadium".into()), Some("Cairo, Egypt".into()))
    );
    assert_eq!(
        fields::venue_city("Stadium, Part, Town"),
        (Some("Stadium, Part".into()), Some("Town".into()))
    );
    assert_eq!(
        fields::venue_city("Somewhere"),
        (Some("Somewhere".into()), None)
    );
    assert_eq!(
        fields::name_country("Jean Marc Ganamandji (Central African Republic)"),
        Some((
            "Jean Marc Ganamandji".into(),
            Some("Central African Republic".into())
        ))
    );
    assert_eq!(
        fields::name_country("Nobody"),
        Some(("Nobody".into(), None))
    );
    assert_eq!(fields::attendance("7,000"), Some(7000));
    assert_eq!(fields::attendance("0"), Some(0));
    assert_eq!(fields::attendance("many"), None);
    assert_eq!(fields::slug("Étoile du Congo"), "etoile-du-congo");
    assert_eq!(fields::slug("AS Port-Louis 2000"), "as-port-louis-2000");
    assert_eq!(fields::slug("Onze Créateurs"), "onze-createurs");
    assert_eq!(fields::slug("St Michel United"), "st-michel-united");
}

#[test]
fn start_date_and_utz() {
    let t = template("{{Start date|2017|3|11|df=y}}");
    assert_eq!(fields::start_date(&t).as_deref(), Some("2017-03-11"));
    let t = template("{{Start date|2017|13|11}}");
    assert_eq!(fields::start_date(&t), None);
    let t = template("{{UTZ|16:30|0}}");
    assert_eq!(fields::utz(&t), Some(("16:30".into(), "+00:00".into())));
    let t = template("{{UTZ|25:00|0}}");
    assert_eq!(fields::utz(&t), None);
}

// --- the template readers ---

const BOX: &str = "{{Football box
|id = Home FC v Away FC
|date = {{Start date|2017|4|16|df=y}}{{refn|group=note|name=Rwanda|Their words.}}
|time = {{UTZ|15:00|2}}
|team1 = Home FC {{flagicon|RSA}}
|score = 2–1
|team2 = {{flagicon|CIV}} Away FC
|goals1 =
  • Abdi {{goal|39|pen.}}
Juma {{goal|45+1}}
|goals2 =
  • Sow {{goal|82|o.g.}}
|penaltyscore = 4–3
|penalties1 =
|penalties2=
  • {{pengoal}}
  • {{penmiss}} Kouamé
|stadium = Royal Bafokeng Stadium, Rustenburg
|attendance = 7,000
|referee = Janny Sikazwe (Zambia)
|report = http://example.org/r
}}";

#[test]
fn reads_a_football_box() {
    let mut warnings = Vec::new();
    let b = football_box::read(&template(BOX), &mut warnings).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(b.id, "Home FC v Away FC");
    assert_eq!(b.date.as_deref(), Some("2017-04-16"));
    assert_eq!(b.time, Some(("15:00".into(), "+02:00".into())));
    assert_eq!(b.home.name, "Home FC");
    assert_eq!(b.home.country.as_deref(), Some("RSA"));
    assert_eq!(b.away.name, "Away FC");
    assert_eq!(b.away.country.as_deref(), Some("CIV"));
    assert_eq!(b.score, football_box::BoxScore::Played([2, 1]));
    assert_eq!(b.penalties, Some([4, 3]));
    let goals: Vec<_> = b
        .goals
        .iter()
        .map(|g| (g.team, g.player.as_str(), g.minute.as_deref(), g.kind))
        .collect();
    assert_eq!(
        goals,
        [
            (Side::Home, "Abdi", Some("39"), Some(GoalKind::Penalty)),
            (Side::Home, "Juma", Some("45+1"), None),
            (Side::Away, "Sow", Some("82"), Some(GoalKind::OwnGoal)),
        ]
    );
    assert!(b.kicks[0].is_empty());
    let kicks: Vec<_> = b.kicks[1]
        .iter()
        .map(|k| (k.player.as_deref(), k.scored))
        .collect();
    assert_eq!(kicks, [(None, true), (Some("Kouamé"), false)]);
    assert_eq!(b.venue.as_deref(), Some("Royal Bafokeng Stadium"));
    assert_eq!(b.city.as_deref(), Some("Rustenburg"));
    assert_eq!(b.attendance, Some(7000));
    let referee = b.referee.unwrap();
    assert_eq!(
        (referee.name.as_str(), referee.country.as_deref()),
        ("Janny Sikazwe", Some("Zambia"))
    );
    assert_eq!(b.report.as_deref(), Some("http://example.org/r"));
    assert_eq!(b.refns.len(), 1);
    assert_eq!(b.refns[0].name.as_deref(), Some("Rwanda"));
    assert_eq!(b.refns[0].line, 3);
}

#[test]
fn a_box_cancelled_or_unreadable() {
    let mut warnings = Vec::new();
    let cancelled = BOX.replace("|score = 2–1", "|score = Cancelled");
    let b = football_box::read(&template(&cancelled), &mut warnings).unwrap();
    assert_eq!(b.score, football_box::BoxScore::Cancelled);
    let bad = BOX.replace("|score = 2–1", "|score = two–one");
    let err = football_box::read(&template(&bad), &mut warnings).unwrap_err();
    assert_eq!(err.line, 6);
    let odd = BOX.replace("|attendance = 7,000", "|attendance = lots");
    let b = football_box::read(&template(&odd), &mut warnings).unwrap();
    assert_eq!(b.attendance, None);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].line, 19);
}

#[test]
fn reads_two_leg_results() {
    let r = two_leg_result::read(&template(
        "{{TwoLegResult|Ifeanyi Ubah|NGA|1–1 {{pso|0–3}}|Al-Masry|EGY|1–0|0–1}}",
    ))
    .unwrap();
    assert_eq!(r.team1.name, "Ifeanyi Ubah");
    assert_eq!(r.team1.country.as_deref(), Some("NGA"));
    assert_eq!(r.team2.name, "Al-Masry");
    assert_eq!(r.aggregate.score, Some([1, 1]));
    assert_eq!(r.aggregate.penalties, Some([0, 3]));
    assert!(!r.aggregate.away_goals && !r.aggregate.walkover);
    assert_eq!(r.legs, [Some([1, 0]), Some([0, 1])]);

    let r = two_leg_result::read(&template(
        "{{TwoLegResult|Vipers|UGA|1–1 (a)|Volcan Club|COM|0–0|1–1}}",
    ))
    .unwrap();
    assert!(r.aggregate.away_goals);

    let r = two_leg_result::read(&template(
        "{{TwoLegResult|Onze Créateurs|MLI|{{w/o}}{{refn|group=w/o|name=Mali}}|Rayon Sports|RWA|1–0|}}",
    ))
    .unwrap();
    assert!(r.aggregate.walkover);
    assert_eq!(r.aggregate.score, None);
    assert_eq!(r.aggregate.refns[0].name.as_deref(), Some("Mali"));
    assert_eq!(r.legs, [Some([1, 0]), None]);

    let err =
        two_leg_result::read(&template("\n{{TwoLegResult|A|MAR|x|B|ALG|1–0|0–1}}")).unwrap_err();
    assert_eq!(err.line, 2);
}

#[test]
fn reads_a_bracket() {
    let text = seed();
    let start = text.find("{{4TeamBracket-2legs").unwrap();
    let second = start + 1 + text[start + 1..].find("{{4TeamBracket-2legs").unwrap();
    let third = second + 1 + text[second + 1..].find("{{4TeamBracket-2legs").unwrap();
    let b = bracket::read(&template(&text[second..third])).unwrap();
    assert_eq!(
        b.round_names,
        ["Preliminary round".to_string(), "First round".to_string()]
    );
    let name = |row: &bracket::Row| row.team.as_ref().map(|t| t.name.clone());
    assert_eq!(name(&b.first[0]).as_deref(), Some("Djoliba"));
    assert!(b.first[0].aggregate.bye);
    assert_eq!(name(&b.first[1]), None);
    assert_eq!(b.first[2].legs[0].goals, Some(1));
    assert_eq!(b.first[2].aggregate.penalties, Some(0));
    assert_eq!(b.first[3].aggregate.penalties, Some(3));
    assert_eq!(b.second[0].legs[0].goals, Some(2));
    assert_eq!(b.second[0].legs[1].goals, None);
    assert!(b.second[1].aggregate.walkover);
    assert_eq!(
        b.first[3].team.as_ref().unwrap().country.as_deref(),
        Some("EGY")
    );
    let away = bracket::read(&template(
        "{{4TeamBracket-2legs|RD1-score1-A = 1 (a)|RD1-score2-A = 1 {{0|(a)}}}}",
    ))
    .unwrap();
    assert!(away.first[0].aggregate.away_goals);
    assert!(
        !away.first[1].aggregate.away_goals,
        "{{{{0|…}}}} is invisible padding"
    );
}

#[test]
fn reads_sentences() {
    let s = sentence::read("JS Kabylie won 4–3 on aggregate.", 7).unwrap();
    assert_eq!(
        (s.winner.as_str(), s.aggregate, &s.how, s.line),
        ("JS Kabylie", Some([4, 3]), &sentence::How::Aggregate, 7)
    );
    let s = sentence::read("1–1 on aggregate. Vipers won on away goals.", 1).unwrap();
    assert_eq!(
        (s.winner.as_str(), s.aggregate, &s.how),
        ("Vipers", Some([1, 1]), &sentence::How::AwayGoals)
    );
    let s = sentence::read("1–1 on aggregate. Al-Masry won 3–0 on penalties.", 1).unwrap();
    assert_eq!(s.how, sentence::How::Penalties([3, 0]));
    let s = sentence::read("Al-Masry won on walkover after something happened.", 1).unwrap();
    assert_eq!(
        (s.winner.as_str(), s.aggregate, &s.how),
        ("Al-Masry", None, &sentence::How::Walkover)
    );
    assert_eq!(sentence::read("X won big on aggregate.", 1), None);
    assert!(!sentence::is_sentence("The draw was held in Cairo."));
}

// --- the whole article, doctored ---

#[test]
fn a_bad_seed_fails_with_the_line() {
    let text = doctored("|score = 9–1", "|score = nine–one");
    let err = import(&text).unwrap_err();
    assert_eq!(err.line, line_of("|score = 9–1"), "{err}");

    let text = doctored(
        "{{TwoLegResult|Smouha|EGY|4–3|Ulinzi Stars|KEN|4–0|0–3}}",
        "{{TwoLegResult|Smouha|EGY|4–3|Ulinzi Stars|KEN|4–0|0–3}",
    );
    let err = import(&text).unwrap_err();
    assert!(err.message.contains("never closed"), "{err}");
    assert_eq!(
        err.line,
        line_of("{{TwoLegResult|Smouha|EGY|4–3|Ulinzi Stars|KEN|4–0|0–3}}")
    );
}

#[test]
fn an_outcome_other_than_the_sentence_fails_the_import() {
    let text = doctored(
        "JS Kabylie won 4–3 on aggregate.",
        "JS Kabylie won 4–2 on aggregate.",
    );
    let err = import(&text).unwrap_err();
    assert_eq!(
        err.line,
        line_of("JS Kabylie won 4–3 on aggregate."),
        "{err}"
    );

    let text = doctored(
        "2–2 on aggregate. APEJES Academy won on away goals.",
        "2–2 on aggregate. ASC Niarry Tally won on away goals.",
    );
    let err = import(&text).unwrap_err();
    assert!(err.message.contains("winner"), "{err}");

    let text = doctored(
        "1–1 on aggregate. Al-Masry won 3–0 on penalties.",
        "1–1 on aggregate. Al-Masry won 3–1 on penalties.",
    );
    assert!(import(&text).is_err());
}

#[test]
fn the_cross_checks_fire() {
    let line = line_of("{{TwoLegResult|Monrovia Club Breweries|LBR|3–4|JS Kabylie|ALG|3–0|0–4}}");
    let text = doctored(
        "{{TwoLegResult|Monrovia Club Breweries|LBR|3–4|JS Kabylie|ALG|3–0|0–4}}",
        "{{TwoLegResult|Monrovia Club Breweries|LBR|3–4|JS Kabylie|ALG|3–1|0–4}}",
    );
    let found = warnings_of(&text);
    assert!(
        found
            .iter()
            .any(|w| w.line == line && w.message.contains("leg 1")),
        "{found:#?}"
    );

    // The bracket's first leg of Étoile du Congo (line 97 of the seed).
    let text = seed();
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == "| RD1-score1-1 = 2")
        .unwrap();
    let mut changed: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    changed[at] = "| RD1-score1-1 = 5".to_string();
    let found = warnings_of(&changed.join("\n"));
    assert!(
        found
            .iter()
            .any(|w| w.line == at + 1 && w.message.contains("Étoile du Congo")),
        "{found:#?}"
    );

    let text = doctored(
        "|team2 = {{flagicon|NGA}} Ifeanyi Ubah",
        "|team2 = {{flagicon|GHA}} Ifeanyi Ubah",
    );
    let found = warnings_of(&text);
    assert!(
        found.iter().any(|w| w.message.contains("GHA")),
        "{found:#?}"
    );

    let text = doctored(
        "|id = Al-Masry v Ifeanyi Ubah",
        "|id = Al Masry v Ifeanyi Ubah",
    );
    let found = warnings_of(&text);
    assert!(
        found.iter().any(|w| w.message.contains("Al Masry")),
        "{found:#?}"
    );
}

#[test]
fn an_unknown_team_is_an_error() {
    let text = doctored(
        "|team2 = {{flagicon|EQG}} Racing de Micomeseng",
        "|team2 = {{flagicon|EQG}} Nobody FC",
    );
    let err = import(&text).unwrap_err();
    assert!(err.message.contains("Nobody FC"), "{err}");
}

#[test]
fn the_seed_imports_with_exactly_its_known_disagreements() {
    let found = warnings_of(&seed());
    let lines: Vec<usize> = found.iter().map(|w| w.line).collect();
    assert_eq!(
        lines,
        [
            // SC Gagnoa's aggregate in its bracket: six lines below its name.
            line_of("| RD2-team2 = {{flagicon|CIV}} SC Gagnoa") + 6,
            line_of("|id = CS Sfaxien v Yong Sport Academy") - 2,
            line_of("|id = Yong Sport Academy v CS Sfaxien") - 2,
            line_of("|penalties2=")
        ],
        "{found:#?}"
    );
}

// --- never a panic ---

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC*") {
        let _ = import(&text);
    }

    #[test]
    fn template_soup_never_panics(pieces in proptest::collection::vec(
        prop_oneof![
            Just("{{".to_string()), Just("}}".to_string()), Just("|".to_string()),
            Just("=".to_string()), Just("\n".to_string()), Just("–".to_string()),
            Just("Football box".to_string()), Just("TwoLegResult".to_string()),
            Just("TwoLegStart".to_string()), Just("4TeamBracket-2legs".to_string()),
            Just("id = A v B".to_string()), Just("score".to_string()), Just("1–0".to_string()),
            Just("A won 1–0 on aggregate.".to_string()), "[a-zA-Z0-9 ]{0,6}",
        ],
        0..80,
    )) {
        let text = pieces.concat();
        let _ = import(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    #[test]
    fn a_damaged_seed_never_panics(start in 0usize..4365, len in 0usize..40) {
        let text = seed();
        let lines: Vec<&str> = text.lines().collect();
        let end = (start + len).min(lines.len());
        let damaged = [&lines[..start.min(lines.len())], &lines[end..]].concat().join("\n");
        let _ = import(&damaged);
    }
}
