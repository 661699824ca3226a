//! Summaries and needs in French and Arabic: pinned sentences of real 2017
//! ties, names from the file's `names`, and every sentence of every rule
//! set free of English words, stray spaces and unisolated scores.
#![allow(clippy::unwrap_used)]

mod support;

use cup_bracket_core::as_of::as_of;
use cup_bracket_core::json::parse_competition;
use cup_bracket_core::lang::isolate_ltr;
use cup_bracket_core::model::{AwayGoals, Competition, Lang, MatchStatus, Names, Rules, Tie};
use cup_bracket_core::needs::needs;
use cup_bracket_core::outcomes::{outcomes, outcomes_in, TieResult};
use cup_bracket_core::rules::decide;
use cup_bracket_core::summary::{place_name, place_name_in, summary, summary_in};
use support::*;

fn data() -> Competition {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/2017-caf-confederation-cup-qualifying.json"
    );
    parse_competition(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The outcome line of one tie.
fn line<'a>(lines: &'a [TieResult], tie: &str) -> &'a TieResult {
    lines.iter().find(|line| line.tie == tie).unwrap()
}

/// "3–1" as the Arabic sentences write it: a left-to-right isolate.
fn ar(score: &str) -> String {
    isolate_ltr(score)
}

#[test]
fn the_2017_file_has_its_names_in_french_and_arabic() {
    let c = data();
    let info = &c.competition;
    assert_eq!(
        [Lang::En, Lang::Fr, Lang::Ar].map(|lang| info.name_in(lang)),
        [
            "2017 CAF Confederation Cup",
            "Coupe de la Confédération de la CAF 2017",
            "كأس الكونفدرالية الأفريقية 2017"
        ]
    );
    assert_eq!(
        [Lang::En, Lang::Fr, Lang::Ar].map(|lang| info.stage_in(lang)),
        [
            Some("Qualifying rounds"),
            Some("Tours de qualification"),
            Some("الأدوار التمهيدية")
        ]
    );
    assert_eq!(
        [Lang::En, Lang::Fr, Lang::Ar].map(|lang| info.next_stage_in(lang)),
        [
            Some("Group stage"),
            Some("Phase de groupes"),
            Some("دور المجموعات")
        ]
    );
    assert_eq!(
        [Lang::En, Lang::Fr, Lang::Ar].map(|lang| info.dates_in(lang)),
        [
            Some("10 February – 22 April 2017"),
            Some("10 février – 22 avril 2017"),
            Some("من 10 فبراير إلى 22 أبريل 2017")
        ]
    );
    let rounds = |lang| -> Vec<(&str, Option<&str>)> {
        c.rounds
            .iter()
            .map(|round| (round.name_in(lang), round.dates_in(lang)))
            .collect()
    };
    assert_eq!(
        rounds(Lang::Fr),
        [
            ("Tour préliminaire", Some("10–19 février 2017")),
            ("Premier tour", Some("10–19 mars 2017")),
            ("Tour de barrage", Some("7–16 avril 2017")),
        ]
    );
    assert_eq!(
        rounds(Lang::Ar),
        [
            ("الدور التمهيدي", Some("من 10 إلى 19 فبراير 2017")),
            ("الدور الأول", Some("من 10 إلى 19 مارس 2017")),
            ("الدور الفاصل", Some("من 7 إلى 16 أبريل 2017")),
        ]
    );
    // The teams keep the names the article gives them, in every language.
    assert!(c.teams.iter().all(|team| team.names.is_none()));
    assert_eq!(c.team("ir-tanger").unwrap().name_in(Lang::Ar), "IR Tanger");
}

#[test]
fn summaries_of_decided_2017_ties() {
    let c = data();
    let (fr, ar_lines) = (outcomes_in(&c, Lang::Fr), outcomes_in(&c, Lang::Ar));
    // (tie, French, Arabic): aggregate, away goals, penalties, walkover, bye.
    let cases = [
        (
            "as-kaloum-v-ir-tanger",
            "IR Tanger se qualifie 3–1 sur l'ensemble des deux matchs.".to_string(),
            format!("تأهل IR Tanger بمجموع المباراتين {}.", ar("3–1")),
        ),
        (
            "vipers-v-volcan-club",
            "1–1 sur l'ensemble des deux matchs. Vipers se qualifie grâce aux buts marqués à l'extérieur.".to_string(),
            format!(
                "التعادل {} بمجموع المباراتين. تأهل Vipers بفضل الأهداف المسجلة خارج الأرض.",
                ar("1–1")
            ),
        ),
        (
            "ifeanyi-ubah-v-al-masry",
            "1–1 sur l'ensemble des deux matchs. Al-Masry l'emporte 3–0 aux tirs au but.".to_string(),
            format!(
                "التعادل {} بمجموع المباراتين. تأهل Al-Masry بركلات الترجيح {}.",
                ar("1–1"),
                ar("3–0")
            ),
        ),
        (
            "djoliba-v-al-masry",
            "Al-Masry se qualifie par forfait.".to_string(),
            "تأهل Al-Masry بفوز إداري.".to_string(),
        ),
        (
            "djoliba-bye",
            "Djoliba bénéficie d'une exemption.".to_string(),
            "إعفاء Djoliba من خوض هذا الدور.".to_string(),
        ),
    ];
    for (tie, french, arabic) in cases {
        assert_eq!(line(&fr, tie).summary, french, "{tie}");
        assert_eq!(line(&ar_lines, tie).summary, arabic, "{tie}");
    }
}

#[test]
fn the_kaloum_tanger_tie_between_its_legs() {
    let c = as_of(&data(), "2017-03-12").unwrap();
    let fr = outcomes_in(&c, Lang::Fr);
    let tie = line(&fr, "as-kaloum-v-ir-tanger");
    assert_eq!(
        tie.summary,
        "Match aller\u{a0}: AS Kaloum 1–0 IR Tanger. Match retour à jouer."
    );
    let needs = tie.needs.as_ref().unwrap();
    assert_eq!(
        [needs[0].team.as_str(), needs[1].team.as_str()],
        ["as-kaloum", "ir-tanger"]
    );
    assert_eq!(
        needs[0].sentence,
        "Tout sauf une défaite, une défaite par un but d'écart avec au moins un but marqué (2–1, 3–2…), ou une défaite 1–0 puis les tirs au but."
    );
    assert_eq!(
        needs[1].sentence,
        "Gagner par 2 buts d'écart ou plus, ou gagner 1–0 puis passer par les tirs au but."
    );
    assert_eq!(
        line(&fr, "horoya-v-ir-tanger").summary,
        "Horoya affrontera le vainqueur de la confrontation AS Kaloum – IR Tanger."
    );

    let ar_lines = outcomes_in(&c, Lang::Ar);
    let tie = line(&ar_lines, "as-kaloum-v-ir-tanger");
    assert_eq!(
        tie.summary,
        format!(
            "مباراة الذهاب: AS Kaloum {} IR Tanger، ومباراة الإياب لم تُلعب بعد.",
            ar("1–0")
        )
    );
    let needs = tie.needs.as_ref().unwrap();
    assert_eq!(
        needs[0].sentence,
        format!(
            "أي نتيجة عدا الخسارة، أو الخسارة بفارق هدف واحد مع تسجيل هدف على الأقل ({}، {} …)، أو الخسارة {} ثم ركلات الترجيح.",
            ar("2–1"),
            ar("3–2"),
            ar("1–0")
        )
    );
    assert_eq!(
        needs[1].sentence,
        format!(
            "الفوز بفارق هدفين أو أكثر، أو الفوز {} ثم ركلات الترجيح.",
            ar("1–0")
        )
    );
    assert_eq!(
        line(&ar_lines, "horoya-v-ir-tanger").summary,
        "Horoya في انتظار الفائز من مواجهة AS Kaloum ضد IR Tanger."
    );
    // Djoliba v Al-Masry on 17 March: the walkover counts from the next day.
    let c = as_of(&data(), "2017-03-17").unwrap();
    let fr = outcomes_in(&c, Lang::Fr);
    let needs = line(&fr, "djoliba-v-al-masry").needs.clone().unwrap();
    assert_eq!(
        needs[0].sentence,
        "Tout sauf une défaite par 2 buts d'écart ou plus, une défaite par 2 buts d'écart avec au moins un but marqué (3–1, 4–2…), ou une défaite 2–0 puis les tirs au but."
    );
    let ar_lines = outcomes_in(&c, Lang::Ar);
    let needs = line(&ar_lines, "djoliba-v-al-masry").needs.clone().unwrap();
    assert_eq!(
        needs[1].sentence,
        format!(
            "الفوز بفارق 3 أهداف أو أكثر، أو الفوز {} ثم ركلات الترجيح.",
            ar("2–0")
        )
    );
}

#[test]
fn only_the_sentences_follow_the_language() {
    for c in [
        data(),
        as_of(&data(), "2017-03-12").unwrap(),
        as_of(&data(), "2017-02-12").unwrap(),
    ] {
        let english = outcomes(&c);
        assert_eq!(outcomes_in(&c, Lang::En), english);
        for lang in [Lang::Fr, Lang::Ar] {
            let other = outcomes_in(&c, lang);
            assert_eq!(other.len(), english.len());
            for (theirs, ours) in other.iter().zip(&english) {
                assert_eq!(
                    (&theirs.tie, &theirs.winner, &theirs.loser),
                    (&ours.tie, &ours.winner, &ours.loser)
                );
                assert_eq!(
                    (theirs.decided_by, theirs.aggregate, &theirs.outcome),
                    (ours.decided_by, ours.aggregate, &ours.outcome)
                );
                let needs = |line: &TieResult| {
                    line.needs
                        .as_ref()
                        .map(|needs| needs.clone().map(|need| (need.team, need.need)))
                };
                assert_eq!(needs(theirs), needs(ours));
                assert_ne!(theirs.summary, ours.summary, "{lang}: {}", ours.tie);
            }
        }
    }
}

/// IR Tanger's path, with names for IR Tanger and the rounds (AS Kaloum and
/// AS Douanes Niamey have none: their English names stand).
fn named_path() -> Competition {
    let mut c = ir_tanger_path();
    c.teams[2].names = Some(Names {
        fr: Some("Ittihad Tanger".into()),
        ar: Some("اتحاد طنجة".into()),
    });
    c.rounds[0].names = Some(Names {
        fr: Some("Tour préliminaire".into()),
        ar: Some("الدور التمهيدي".into()),
    });
    c
}

#[test]
fn team_names_come_from_names_in_the_language() {
    let c = named_path();
    let tie = &c.rounds[1].ties[0];
    let outcome = decide(tie, &c.rules);
    assert_eq!(
        summary_in(&c, tie, &outcome, Lang::Fr),
        "Ittihad Tanger se qualifie 3–1 sur l'ensemble des deux matchs."
    );
    assert_eq!(
        summary_in(&c, tie, &outcome, Lang::Ar),
        format!("تأهل اتحاد طنجة بمجموع المباراتين {}.", ar("3–1"))
    );
    // English keeps `name`, as `summary` does.
    assert_eq!(
        summary_in(&c, tie, &outcome, Lang::En),
        "IR Tanger won 3–1 on aggregate."
    );
    assert_eq!(
        summary(&c, tie, &outcome),
        "IR Tanger won 3–1 on aggregate."
    );
    // A team without names is called by its English name.
    let bye = &c.rounds[0].ties[0];
    assert_eq!(
        summary_in(&c, bye, &decide(bye, &c.rules), Lang::Ar),
        "إعفاء AS Kaloum من خوض هذا الدور."
    );
    assert_eq!(
        outcomes_in(&c, Lang::Ar)[1].summary,
        format!("تأهل اتحاد طنجة بمجموع المباراتين {}.", ar("3–1"))
    );
}

#[test]
fn places_not_known_yet_in_each_language() {
    let mut c = named_path();
    // The first-round tie before its feeder is decided.
    let preliminary = &mut c.rounds[0].ties[1];
    preliminary.legs[1].status = MatchStatus::Scheduled;
    preliminary.legs[1].score = None;
    let first = &mut c.rounds[1].ties[0];
    first.teams = Some([Some("as-kaloum".into()), None]);
    for leg in &mut first.legs {
        leg.status = MatchStatus::Scheduled;
        leg.score = None;
    }
    first.legs[0].away = None;
    first.legs[1].home = None;
    assert_eq!(cup_bracket_core::validate::validate(&c), vec![]);
    let tie = &c.rounds[1].ties[0];
    assert_eq!(
        place_name(&c, tie, 1),
        "Winner of AS Douanes Niamey v IR Tanger"
    );
    assert_eq!(
        place_name_in(&c, tie, 1, Lang::Fr),
        "Vainqueur de la confrontation AS Douanes Niamey – Ittihad Tanger"
    );
    assert_eq!(
        place_name_in(&c, tie, 1, Lang::Ar),
        "الفائز من مواجهة AS Douanes Niamey ضد اتحاد طنجة"
    );
    assert_eq!(place_name_in(&c, tie, 0, Lang::Ar), "AS Kaloum");
    let lines = outcomes_in(&c, Lang::Fr);
    assert_eq!(
        lines[1].summary,
        format!("Match aller\u{a0}: AS Douanes Niamey 1–2 Ittihad Tanger. Match retour à jouer.")
    );
    assert_eq!(
        lines[2].summary,
        "AS Kaloum affrontera le vainqueur de la confrontation AS Douanes Niamey – Ittihad Tanger."
    );
    let lines = outcomes_in(&c, Lang::Ar);
    assert_eq!(
        lines[1].summary,
        format!(
            "مباراة الذهاب: AS Douanes Niamey {} اتحاد طنجة، ومباراة الإياب لم تُلعب بعد.",
            ar("1–2")
        )
    );
    assert_eq!(
        lines[2].summary,
        "AS Kaloum في انتظار الفائز من مواجهة AS Douanes Niamey ضد اتحاد طنجة."
    );

    // Neither team known, nor the feeders' teams: the feeders by round and number.
    let generated = cup_bracket_core::generate::generate_played(8, 1, 0.0).unwrap();
    let final_tie = &generated.rounds[2].ties[0];
    let outcome = decide(
        final_tie,
        &generated.rules_for(&generated.rounds[2], final_tie),
    );
    assert_eq!(
        summary(&generated, final_tie, &outcome),
        "The winners of Semi-finals tie 1 and Semi-finals tie 2 will meet."
    );
    assert_eq!(
        summary_in(&generated, final_tie, &outcome, Lang::Fr),
        "Le vainqueur de la confrontation n°\u{a0}1 (Semi-finals) affrontera le vainqueur de la confrontation n°\u{a0}2 (Semi-finals)."
    );
    assert_eq!(
        summary_in(&generated, final_tie, &outcome, Lang::Ar),
        "يلتقي الفائز من المواجهة رقم 1 (Semi-finals) مع الفائز من المواجهة رقم 2 (Semi-finals)."
    );
}

#[test]
fn single_matches_extra_time_and_unsettled_ties() {
    let single = Rules {
        legs: 1,
        ..uefa_from_2021()
    };
    let c = one_tie(single, ["Host", "Visitor"], tie("Host", "Visitor", vec![]));
    let say = |tie: &Tie, rules: &Rules| {
        let outcome = decide(tie, rules);
        [Lang::En, Lang::Fr, Lang::Ar].map(|lang| summary_in(&c, tie, &outcome, lang))
    };
    let won = tie("Host", "Visitor", vec![played("Host", "Visitor", [2, 1])]);
    assert_eq!(
        say(&won, &single),
        [
            "Host won 2–1.".to_string(),
            "Host s'impose 2–1.".to_string(),
            format!("تأهل Host بالفوز {}.", ar("2–1")),
        ]
    );
    let after_extra_time = tie(
        "Host",
        "Visitor",
        vec![aet(played("Host", "Visitor", [1, 1]), [1, 2])],
    );
    assert_eq!(
        say(&after_extra_time, &single),
        [
            "Visitor won 2–1 after extra time.".to_string(),
            "Visitor s'impose 2–1 après prolongation.".to_string(),
            format!("تأهل Visitor بالفوز {} بعد الأشواط الإضافية.", ar("2–1")),
        ]
    );
    let shootout = tie(
        "Host",
        "Visitor",
        vec![pens(aet(played("Host", "Visitor", [0, 0]), [1, 1]), [4, 5])],
    );
    assert_eq!(
        say(&shootout, &single),
        [
            "1–1 after extra time. Visitor won 5–4 on penalties.".to_string(),
            "1–1 après prolongation. Visitor l'emporte 5–4 aux tirs au but.".to_string(),
            format!(
                "التعادل {} بعد الأشواط الإضافية. تأهل Visitor بركلات الترجيح {}.",
                ar("1–1"),
                ar("5–4")
            ),
        ]
    );
    let two_legs_extra_time = home_and_away("Host", "Visitor", [1, 0], [1, 0]);
    let mut two_legs_extra_time = two_legs_extra_time;
    two_legs_extra_time.legs[1].extra_time_score = Some([2, 0]);
    assert_eq!(
        say(&two_legs_extra_time, &uefa_from_2021()),
        [
            "Visitor won 2–1 on aggregate after extra time.".to_string(),
            "Visitor se qualifie 2–1 sur l'ensemble des deux matchs après prolongation."
                .to_string(),
            format!(
                "تأهل Visitor بمجموع المباراتين {} بعد الأشواط الإضافية.",
                ar("2–1")
            ),
        ]
    );
    // Level after both legs, and nothing in the rules to break the tie.
    let level = home_and_away("Host", "Visitor", [1, 0], [1, 0]);
    let nothing = rules(AwayGoals::Off, false, false);
    assert_eq!(
        say(&level, &nothing),
        [
            "1–1 on aggregate; no result recorded.".to_string(),
            "1–1 sur l'ensemble des deux matchs\u{a0}: aucun résultat décisif enregistré."
                .to_string(),
            format!(
                "التعادل {} بمجموع المباراتين، دون نتيجة حاسمة مسجلة.",
                ar("1–1")
            ),
        ]
    );
    let both = tie(
        "Host",
        "Visitor",
        vec![
            unplayed("Host", "Visitor", MatchStatus::Scheduled),
            unplayed("Visitor", "Host", MatchStatus::Scheduled),
        ],
    );
    assert_eq!(
        say(&both, &caf_2017()),
        [
            "Both legs to play.",
            "Matchs aller et retour à jouer.",
            "مباراتا الذهاب والإياب لم تُلعبا بعد.",
        ]
        .map(String::from)
    );
    let to_play = tie(
        "Host",
        "Visitor",
        vec![unplayed("Host", "Visitor", MatchStatus::Scheduled)],
    );
    assert_eq!(
        say(&to_play, &single),
        ["Match to play.", "Match à jouer.", "المباراة لم تُلعب بعد."].map(String::from)
    );
}

/// A tie of two named teams after its first leg, the second to play.
fn after_first_leg(first: &str, second: &str, score: [u8; 2]) -> Tie {
    tie(
        first,
        second,
        vec![
            played(first, second, score),
            unplayed(second, first, MatchStatus::Scheduled),
        ],
    )
}

fn sentences(tie: &Tie, rules: &Rules, lang: Lang) -> [String; 2] {
    needs(tie, rules)
        .unwrap()
        .map(|need| need.sentence_in(lang))
}

#[test]
fn needs_under_other_rule_sets() {
    let kaloum_tanger = after_first_leg("AS Kaloum", "IR Tanger", [1, 0]);
    // UEFA until 2021: away goals in extra time too.
    assert_eq!(
        sentences(&kaloum_tanger, &uefa_before_2021(), Lang::Fr),
        [
            "Tout sauf une défaite, une défaite par un but d'écart avec au moins un but marqué (2–1, 3–2…), ou une défaite 1–0 puis la prolongation (un nul autre que 0–0 y suffit) ou les tirs au but.",
            "Gagner par 2 buts d'écart ou plus, ou gagner 1–0 puis passer par la prolongation (un nul autre que 0–0 n'y suffit pas) ou les tirs au but.",
        ]
        .map(String::from)
    );
    assert_eq!(
        sentences(&kaloum_tanger, &uefa_before_2021(), Lang::Ar),
        [
            format!(
                "أي نتيجة عدا الخسارة، أو الخسارة بفارق هدف واحد مع تسجيل هدف على الأقل ({}، {} …)، أو الخسارة {} ثم الأشواط الإضافية (يكفي فيها التعادل الإيجابي) أو ركلات الترجيح.",
                ar("2–1"),
                ar("3–2"),
                ar("1–0")
            ),
            format!(
                "الفوز بفارق هدفين أو أكثر، أو الفوز {} ثم الأشواط الإضافية (لا يكفي فيها التعادل الإيجابي) أو ركلات الترجيح.",
                ar("1–0")
            ),
        ]
    );
    // UEFA from 2021: no away goals.
    assert_eq!(
        sentences(&kaloum_tanger, &uefa_from_2021(), Lang::Fr),
        [
            "Tout sauf une défaite, ou une défaite par un but d'écart puis la prolongation ou les tirs au but.",
            "Gagner par 2 buts d'écart ou plus, ou gagner par un but d'écart puis passer par la prolongation ou les tirs au but.",
        ]
        .map(String::from)
    );
    assert_eq!(
        sentences(&kaloum_tanger, &uefa_from_2021(), Lang::Ar),
        [
            "أي نتيجة عدا الخسارة، أو الخسارة بفارق هدف واحد ثم الأشواط الإضافية أو ركلات الترجيح.",
            "الفوز بفارق هدفين أو أكثر، أو الفوز بفارق هدف واحد ثم الأشواط الإضافية أو ركلات الترجيح.",
        ]
        .map(String::from)
    );
    // CAF 2017 after 3–3: a draw with goals, listed draws.
    let level = after_first_leg("Home", "Away", [3, 3]);
    assert_eq!(
        sentences(&level, &caf_2017(), Lang::Fr),
        [
            "Gagner, faire match nul en marquant au moins 4 buts (4–4, 5–5…), ou faire match nul 3–3 puis passer par les tirs au but.",
            "Gagner, faire match nul 0–0, 1–1 ou 2–2, ou faire match nul 3–3 puis passer par les tirs au but.",
        ]
        .map(String::from)
    );
    assert_eq!(
        sentences(&level, &caf_2017(), Lang::Ar),
        [
            format!(
                "الفوز، أو التعادل مع تسجيل 4 أهداف على الأقل ({}، {} …)، أو التعادل {} ثم ركلات الترجيح.",
                ar("4–4"),
                ar("5–5"),
                ar("3–3")
            ),
            format!(
                "الفوز، أو التعادل {}، {} أو {}، أو التعادل {} ثم ركلات الترجيح.",
                ar("0–0"),
                ar("1–1"),
                ar("2–2"),
                ar("3–3")
            ),
        ]
    );
    // Nothing after 90 minutes; a team two goals down.
    let behind = after_first_leg("Home", "Away", [0, 2]);
    assert_eq!(
        sentences(&behind, &rules(AwayGoals::Off, false, false), Lang::Fr),
        [
            "Gagner par 3 buts d'écart ou plus.",
            "Tout sauf une défaite par 2 buts d'écart ou plus.",
        ]
        .map(String::from)
    );
    assert_eq!(
        sentences(&behind, &rules(AwayGoals::Off, false, false), Lang::Ar),
        [
            "الفوز بفارق 3 أهداف أو أكثر.",
            "أي نتيجة عدا الخسارة بفارق هدفين أو أكثر.",
        ]
        .map(String::from)
    );
    // A one-match final.
    let single = Rules {
        legs: 1,
        ..uefa_from_2021()
    };
    let final_ = tie(
        "Host",
        "Visitor",
        vec![unplayed("Host", "Visitor", MatchStatus::Scheduled)],
    );
    assert_eq!(
        sentences(&final_, &single, Lang::Fr),
        ["Gagner, ou faire match nul puis passer par la prolongation ou les tirs au but."; 2]
            .map(String::from)
    );
    assert_eq!(
        sentences(&final_, &single, Lang::Ar),
        ["الفوز، أو التعادل ثم الأشواط الإضافية أو ركلات الترجيح."; 2].map(String::from)
    );
}

/// Every rule set of one match or two.
fn every_rule_set() -> Vec<Rules> {
    let mut all = Vec::new();
    for away_goals in [
        AwayGoals::Off,
        AwayGoals::NormalTime,
        AwayGoals::IncludingExtraTime,
    ] {
        for extra_time in [false, true] {
            for penalties in [false, true] {
                for legs in [1, 2] {
                    all.push(Rules {
                        legs,
                        ..rules(away_goals, extra_time, penalties)
                    });
                }
            }
        }
    }
    all
}

/// Words of the English sentences that must not be left in another language.
const ENGLISH: [&str; 14] = [
    " or ",
    " and ",
    "the ",
    "win",
    "draw",
    "defeat",
    "lose",
    "goal",
    "score",
    "leg",
    "play",
    "extra",
    "penalt",
    "aggregate",
];

/// A sentence in `lang` reads as one: a full stop at the end, no doubled or
/// edge spaces, no English word; in Arabic, every score isolated and no
/// Latin letter but those of `names`.
fn check(lang: Lang, sentence: &str, names: &[&str]) {
    assert!(sentence.ends_with('.'), "{lang}: {sentence}");
    assert!(!sentence.contains("  "), "{lang}: {sentence}");
    assert!(!sentence.contains(" ."), "{lang}: {sentence}");
    assert!(!sentence.contains(" ,"), "{lang}: {sentence}");
    assert!(!sentence.starts_with(' '), "{lang}: {sentence}");
    let mut bare = sentence.to_string();
    for name in names {
        bare = bare.replace(name, "");
    }
    let lower = bare.to_lowercase();
    for word in ENGLISH {
        assert!(!lower.contains(word), "{lang}: {word:?} in {sentence}");
    }
    if lang == Lang::Ar {
        assert!(
            !bare.chars().any(|c| c.is_ascii_alphabetic()),
            "{lang}: {sentence}"
        );
        assert_eq!(
            bare.matches('\u{2066}').count(),
            bare.matches('–').count(),
            "{lang}: {sentence}"
        );
        assert_eq!(
            bare.matches('\u{2066}').count(),
            bare.matches('\u{2069}').count(),
            "{lang}: {sentence}"
        );
    }
}

#[test]
fn every_need_of_every_rule_set_reads_in_french_and_arabic() {
    let mut seen = std::collections::HashSet::new();
    for rules in every_rule_set() {
        for home in 0..=12 {
            for away in 0..=12 {
                let tie = if rules.legs == 1 {
                    tie(
                        "Host",
                        "Visitor",
                        vec![unplayed("Host", "Visitor", MatchStatus::Scheduled)],
                    )
                } else {
                    after_first_leg("Host", "Visitor", [home, away])
                };
                for lang in [Lang::Fr, Lang::Ar] {
                    for sentence in sentences(&tie, &rules, lang) {
                        check(lang, &sentence, &[]);
                        seen.insert(sentence);
                    }
                }
            }
        }
    }
    // Many sentences, each checked once.
    assert!(seen.len() > 200, "{}", seen.len());
}

#[test]
fn every_summary_reads_in_french_and_arabic() {
    let names = ["Host", "Visitor"];
    for rules in every_rule_set() {
        let c = one_tie(rules, names, tie("Host", "Visitor", vec![]));
        for first in [[0, 0], [1, 0], [0, 1], [2, 1]] {
            for last in [[0, 0], [1, 0], [0, 1], [1, 2]] {
                for extra in [None, Some([0, 0]), Some([1, 0]), Some([1, 1])] {
                    for kicks in [None, Some([3, 2]), Some([2, 4])] {
                        for status in [MatchStatus::Played, MatchStatus::Scheduled] {
                            let mut legs = Vec::new();
                            if rules.legs == 2 {
                                legs.push(played("Host", "Visitor", first));
                            }
                            let mut leg = played("Visitor", "Host", last);
                            leg.extra_time_score = extra.map(|[h, a]| [last[0] + h, last[1] + a]);
                            leg.penalties = kicks;
                            leg.status = status;
                            if status == MatchStatus::Scheduled {
                                leg.score = None;
                            }
                            legs.push(leg);
                            let tie = tie("Host", "Visitor", legs);
                            let outcome = decide(&tie, &rules);
                            for lang in [Lang::Fr, Lang::Ar] {
                                check(lang, &summary_in(&c, &tie, &outcome, lang), &names);
                                let awarded = walkover(tie.clone(), "Visitor");
                                let outcome = decide(&awarded, &rules);
                                check(lang, &summary_in(&c, &awarded, &outcome, lang), &names);
                            }
                        }
                    }
                }
            }
        }
    }
    // And every line of the 2017 file, as of every day of it.
    let data = data();
    let names: Vec<&str> = data.teams.iter().map(|team| team.name.as_str()).collect();
    for day in [
        "2017-02-09",
        "2017-02-12",
        "2017-03-12",
        "2017-03-17",
        "2017-04-09",
    ] {
        let c = as_of(&data, day).unwrap();
        for lang in [Lang::Fr, Lang::Ar] {
            for line in outcomes_in(&c, lang) {
                check(lang, &line.summary, &names);
                for need in line.needs.iter().flatten() {
                    check(lang, &need.sentence, &names);
                }
            }
        }
    }
}

#[test]
fn languages_are_written_by_their_codes() {
    for (lang, json) in [
        (Lang::En, "\"en\""),
        (Lang::Fr, "\"fr\""),
        (Lang::Ar, "\"ar\""),
    ] {
        assert_eq!(serde_json::to_string(&lang).unwrap(), json);
        assert_eq!(serde_json::from_str::<Lang>(json).unwrap(), lang);
        assert_eq!(Lang::parse(lang.code()), Some(lang));
    }
    assert!(serde_json::from_str::<Lang>("\"de\"").is_err());
    assert_eq!(Lang::default(), Lang::En);
    assert!(Lang::Ar.is_rtl() && !Lang::Fr.is_rtl() && !Lang::En.is_rtl());
}
