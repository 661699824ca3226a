//! The committed 2017 CAF Confederation Cup file against the article it was
//! imported from: every outcome against the article's sentence, facts
//! spot-checked, and the file regenerated from the seed.

use cup_bracket_core::import::{self, sentence};
use cup_bracket_core::json::parse_competition;
use cup_bracket_core::model::{Competition, Side};
use cup_bracket_core::rules::{decide, DecidedBy};
use cup_bracket_core::summary::summary;

fn seed() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/seed/000_d7cfa3e883f8a2fa.txt"
    );
    std::fs::read_to_string(path).expect("the seed article")
}

fn data() -> Competition {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/2017-caf-confederation-cup-qualifying.json"
    );
    let text = std::fs::read_to_string(path).expect("the data file");
    parse_competition(&text).expect("a valid competition file")
}

fn find_match<'a>(c: &'a Competition, id: &str) -> &'a cup_bracket_core::model::Match {
    c.rounds
        .iter()
        .flat_map(|r| &r.ties)
        .flat_map(|t| &t.legs)
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no match {id}"))
}

/// The article's sentence after a tie: the first sentence line below the box of its last leg.
fn sentence_after(seed: &str, last_leg: &str) -> (usize, String) {
    let lines: Vec<&str> = seed.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim() == format!("|id = {last_leg}"))
        .unwrap_or_else(|| panic!("no box {last_leg}"));
    lines[at..]
        .iter()
        .enumerate()
        .find(|(_, l)| {
            !l.starts_with('|') && !l.starts_with("{{") && sentence::is_sentence(l.trim())
        })
        .map(|(i, l)| (at + i + 1, l.trim().to_string()))
        .expect("a sentence after the tie")
}

#[test]
fn every_outcome_is_the_articles_sentence() {
    let c = data();
    let seed = seed();
    let mut checked = 0;
    for round in &c.rounds {
        for tie in &round.ties {
            let Some(teams) = tie.known_teams() else {
                continue;
            };
            let last = tie.legs.last().expect("legs");
            let (line, text) = sentence_after(&seed, &last.id);
            let said = sentence::read(&text, line).expect("a readable sentence");
            let outcome = decide(tie, &c.rules_for(round, tie));
            let winner = outcome.winner.map(|slot| teams[slot.index()]);
            let winner_name = winner.and_then(|id| c.team(id)).map(|t| t.name.as_str());
            assert_eq!(
                winner_name,
                Some(said.winner.as_str()),
                "{}: line {line}",
                tie.id
            );
            let how = match said.how {
                sentence::How::Aggregate => DecidedBy::Aggregate,
                sentence::How::AwayGoals => DecidedBy::AwayGoals,
                sentence::How::Penalties(_) => DecidedBy::Penalties,
                sentence::How::Walkover => DecidedBy::Walkover,
            };
            assert_eq!(outcome.decided_by, how, "{}", tie.id);
            if let Some([a, b]) = said.aggregate {
                let agg = outcome.aggregate.expect("an aggregate");
                let w = usize::from(winner == Some(teams[1]));
                assert_eq!(
                    [agg[w], agg[1 - w]],
                    [u32::from(a), u32::from(b)],
                    "{}",
                    tie.id
                );
            }
            let ours = summary(&c, tie, &outcome);
            if said.how == sentence::How::Walkover {
                let upto = |s: &str| s.split_once("walkover").map(|(a, _)| a.to_string());
                assert_eq!(upto(&ours), upto(&text), "{}", tie.id);
            } else {
                assert_eq!(ours, text, "{}", tie.id);
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 52);
}

#[test]
fn the_counts() {
    let c = data();
    assert_eq!(c.teams.len(), 68);
    let ids: Vec<&str> = c.rounds.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["preliminary", "first", "play-off"]);
    let shape: Vec<(usize, usize)> = c
        .rounds
        .iter()
        .map(|r| {
            let byes = r.ties.iter().filter(|t| t.bye.is_some()).count();
            (r.ties.len() - byes, byes)
        })
        .collect();
    assert_eq!(shape, [(20, 12), (16, 0), (16, 0)]);
    let matches: Vec<_> = c
        .rounds
        .iter()
        .flat_map(|r| &r.ties)
        .flat_map(|t| &t.legs)
        .collect();
    assert_eq!(matches.len(), 104);
    let cancelled = matches
        .iter()
        .filter(|m| m.status == cup_bracket_core::model::MatchStatus::Cancelled)
        .count();
    assert_eq!(cancelled, 3);
    let walkovers = c
        .rounds
        .iter()
        .flat_map(|r| &r.ties)
        .filter(|t| t.walkover.is_some())
        .count();
    assert_eq!(walkovers, 3);
    assert!(cup_bracket_core::validate::validate(&c).is_empty());
}

#[test]
fn facts_spot_checked_against_the_seed() {
    let c = data();
    let m = find_match(&c, "AS Kaloum v IR Tanger");
    assert_eq!(m.venue.as_deref(), Some("Stade du 28 Septembre"));
    assert_eq!(m.city.as_deref(), Some("Conakry"));
    let referee = m.referee.as_ref().expect("a referee");
    assert_eq!(
        (referee.name.as_str(), referee.country.as_deref()),
        ("Abubakar Ago", Some("Nigeria"))
    );
    assert_eq!(m.date.as_deref(), Some("2017-03-11"));
    assert_eq!(m.kickoff.as_deref(), Some("16:30"));
    assert_eq!(m.utc_offset.as_deref(), Some("+00:00"));
    assert_eq!(
        (m.home.as_deref(), m.away.as_deref(), m.score),
        (Some("as-kaloum"), Some("ir-tanger"), Some([1, 0]))
    );

    assert_eq!(
        find_match(&c, "Al-Masry v Ifeanyi Ubah").attendance,
        Some(7000)
    );

    let m = find_match(&c, "Platinum Stars v AS Tanda");
    assert_eq!(m.penalties, Some([5, 4]));
    let kicks: Vec<(Side, Option<&str>, bool)> = m
        .shootout
        .iter()
        .map(|k| (k.team, k.player.as_deref(), k.scored))
        .collect();
    assert_eq!(
        kicks,
        [
            (Side::Away, None, true),
            (Side::Away, Some("Kouamé"), false),
            (Side::Away, None, true),
            (Side::Away, None, true),
            (Side::Away, None, true),
            (Side::Away, Some("Cissoko"), false),
        ]
    );

    let m = find_match(&c, "Al-Hilal Benghazi v Ulinzi Stars");
    assert_eq!(
        (m.venue.as_deref(), m.city.as_deref()),
        (Some("Al-Salam Stadium"), Some("Cairo, Egypt"))
    );
    assert_eq!(m.notes.len(), 1);

    let yong = c
        .team("yong-sports-academy")
        .expect("one Yong Sports Academy");
    assert_eq!(
        (yong.name.as_str(), yong.country.as_str()),
        ("Yong Sports Academy", "CMR")
    );
    assert!(c.teams.iter().all(|t| !t.id.contains("yong-sport-academy")));
    assert_eq!(
        c.team("etoile-du-congo").map(|t| t.country.as_str()),
        Some("CGO")
    );
}

#[test]
fn the_bracket_shape() {
    let c = data();
    let [pre, first, play_off] = [&c.rounds[0], &c.rounds[1], &c.rounds[2]];
    // Each first-round tie comes from the two preliminary entries beside it.
    for (i, tie) in first.ties.iter().enumerate() {
        let from = tie.from.as_ref().expect("from");
        let mut expected = [pre.ties[2 * i].id.clone(), pre.ties[2 * i + 1].id.clone()];
        let mut got = [
            from[0].clone().expect("a tie"),
            from[1].clone().expect("a tie"),
        ];
        expected.sort();
        got.sort();
        assert_eq!(got, expected, "{}", tie.id);
    }
    // Each play-off tie takes the winner of the first-round tie in its column,
    // against a Champions League entrant hosting the first leg.
    for (i, tie) in play_off.ties.iter().enumerate() {
        assert_eq!(
            tie.from.as_ref().expect("from"),
            &[None, Some(first.ties[i].id.clone())]
        );
        let entered = tie.entered.as_ref().expect("entered");
        assert_eq!(entered[0].as_deref(), Some("Champions League first round"));
        assert_eq!(entered[1], None);
    }
    assert_eq!(pre.ties[0].id, "etoile-du-congo-v-racing-de-micomeseng");
    assert_eq!(pre.ties[2].id, "djoliba-bye");
    let dates: Vec<_> = c.rounds.iter().map(|r| r.dates.as_deref()).collect();
    assert_eq!(
        dates,
        [
            Some("10–19 February 2017"),
            Some("10–19 March 2017"),
            Some("7–16 April 2017")
        ]
    );
}

/// The file without what is written by hand: notes, walkover reasons and
/// the names in other languages (the article is English; the translations
/// are the project's own, kept in the data file, not in the importer).
fn without_handwritten(mut c: Competition) -> Competition {
    let info = &mut c.competition;
    for names in [
        &mut info.names,
        &mut info.stage_names,
        &mut info.dates_names,
        &mut info.next_stage_names,
    ] {
        *names = None;
    }
    for team in &mut c.teams {
        team.names = None;
    }
    for round in &mut c.rounds {
        round.names = None;
        round.dates_names = None;
    }
    for tie in c.rounds.iter_mut().flat_map(|r| &mut r.ties) {
        if let Some(walkover) = &mut tie.walkover {
            walkover.reason = None;
        }
        for leg in &mut tie.legs {
            leg.notes.clear();
        }
    }
    c
}

#[test]
fn regenerating_from_the_seed_gives_the_committed_file() {
    let imported = import::import(&seed()).expect("the seed imports");
    assert_eq!(
        without_handwritten(imported.competition),
        without_handwritten(data())
    );
}

#[test]
fn notes_are_ours_not_the_articles() {
    let c = data();
    let seed = seed();
    let notes: Vec<&String> = c
        .rounds
        .iter()
        .flat_map(|r| &r.ties)
        .flat_map(|t| &t.legs)
        .flat_map(|m| &m.notes)
        .collect();
    assert!(notes.len() >= 7, "{notes:?}");
    for note in notes {
        // No run of eight words of a note appears in the article.
        let words: Vec<&str> = note.split_whitespace().collect();
        for window in words.windows(8) {
            assert!(!seed.contains(&window.join(" ")), "copied: {note}");
        }
    }
}

#[test]
fn the_committed_file_round_trips_byte_for_byte() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/2017-caf-confederation-cup-qualifying.json"
    );
    let text = std::fs::read_to_string(path).expect("the data file");
    let written = cup_bracket_core::json::to_pretty(&data());
    assert_eq!(written.trim_end(), text.trim_end());
    // Every team of 2017 is known: no place is null.
    for tie in data().rounds.iter().flat_map(|r| &r.ties) {
        if tie.bye.is_none() {
            assert!(tie.known_teams().is_some(), "{}", tie.id);
        }
        assert!(tie
            .legs
            .iter()
            .all(|m| m.home.is_some() && m.away.is_some()));
    }
}
