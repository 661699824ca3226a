//! What each team needs in its tie's last leg: the article's sentences, and
//! every need against `rules::decide` over the scores of that leg.
#![allow(clippy::unwrap_used)]

mod support;

use cup_bracket_core::model::{AwayGoals, MatchStatus, Rules, Score, Tie};
use cup_bracket_core::needs::{needs, Need, Verdict};
use cup_bracket_core::rules::{decide, Slot};
use support::*;

/// A tie of two named teams after its first leg, the second to play.
fn after_first_leg(first: &str, second: &str, score: Score) -> Tie {
    tie(
        first,
        second,
        vec![
            played(first, second, score),
            unplayed(second, first, MatchStatus::Scheduled),
        ],
    )
}

fn sentences(tie: &Tie, rules: &Rules) -> [String; 2] {
    needs(tie, rules).unwrap().map(|need| need.sentence())
}

#[test]
fn kaloum_v_tanger_after_the_first_leg() {
    // AS Kaloum 1–0 IR Tanger; CAF 2017: away goals, no extra time, penalties.
    let tie = after_first_leg("AS Kaloum", "IR Tanger", [1, 0]);
    let [kaloum, tanger] = sentences(&tie, &caf_2017());
    assert_eq!(
        tanger,
        "Win by 2 goals or more, or win 1–0 and then the shoot-out."
    );
    assert_eq!(
        kaloum,
        "Anything but a defeat, a one-goal defeat in which they score (2–1, 3–2 …), or a 1–0 defeat and then the shoot-out."
    );
}

#[test]
fn sentences_of_other_rule_sets() {
    let tie = after_first_leg("AS Kaloum", "IR Tanger", [1, 0]);
    let cases = [
        // UEFA from 2021: no away goals, extra time, penalties.
        (
            uefa_from_2021(),
            [
                "Anything but a defeat, or a one-goal defeat and then extra time or the shoot-out.",
                "Win by 2 goals or more, or win by one goal and then extra time or the shoot-out.",
            ],
        ),
        // UEFA until 2021: away goals count in extra time too.
        (
            uefa_before_2021(),
            [
                // AS Kaloum visit: a drawn extra time with goals gives them an away goal.
                "Anything but a defeat, a one-goal defeat in which they score (2–1, 3–2 …), or a 1–0 defeat and then extra time (a score draw in it is enough) or the shoot-out.",
                "Win by 2 goals or more, or win 1–0 and then extra time (a score draw in it is not enough) or the shoot-out.",
            ],
        ),
        // Away goals after 90 minutes, then extra time, then penalties.
        (
            rules(AwayGoals::NormalTime, true, true),
            [
                "Anything but a defeat, a one-goal defeat in which they score (2–1, 3–2 …), or a 1–0 defeat and then extra time or the shoot-out.",
                "Win by 2 goals or more, or win 1–0 and then extra time or the shoot-out.",
            ],
        ),
        // Nothing after 90 minutes: a level tie stays level.
        (
            rules(AwayGoals::Off, false, false),
            ["Anything but a defeat.", "Win by 2 goals or more."],
        ),
        // Extra time but no shoot-out.
        (
            rules(AwayGoals::Off, true, false),
            [
                "Anything but a defeat, or a one-goal defeat and then extra time.",
                "Win by 2 goals or more, or win by one goal and then extra time.",
            ],
        ),
    ];
    for (rules, expected) in cases {
        assert_eq!(
            sentences(&tie, &rules),
            expected.map(String::from),
            "{rules:?}"
        );
    }
}

/// The tie with its last leg played: 90 minutes, extra time (the full
/// score), a shoot-out; who goes through.
fn winner(
    tie: &Tie,
    rules: &Rules,
    score: Score,
    extra: Option<Score>,
    kicks: Option<Score>,
) -> Option<Slot> {
    let mut played = tie.clone();
    let leg = played.legs.last_mut().unwrap();
    leg.status = MatchStatus::Played;
    leg.score = Some(score);
    leg.extra_time_score = extra;
    leg.penalties = kicks;
    decide(&played, rules).winner
}

/// What the shoot-out after this leg does: `Shootout` when its winner goes
/// through, each way round, `Undecided` when it decides nothing.
fn after_shootout(
    tie: &Tie,
    rules: &Rules,
    score: Score,
    extra: Option<Score>,
    home: Slot,
) -> Result<Verdict, String> {
    let home_wins = winner(tie, rules, score, extra, Some([1, 0]));
    let away_wins = winner(tie, rules, score, extra, Some([0, 1]));
    match (home_wins, away_wins) {
        (Some(first), Some(second)) if first == home && second == home.other() => {
            Ok(Verdict::Shootout)
        }
        (None, None) => Ok(Verdict::Undecided),
        other => Err(format!(
            "a shoot-out after {score:?} {extra:?} gives {other:?}"
        )),
    }
}

const MOST: u8 = 9;
const EXTRA: u8 = 3;

/// Every need of `tie` against `decide` over every score of its last leg
/// (0–0 to 9–9), every extra time (up to 3 goals each) where the rules have
/// it, and both shoot-out winners: a team goes through (after extra time
/// or a shoot-out, as the need says) exactly when `decide` says so.
fn check(tie: &Tie, rules: &Rules) -> Result<(), String> {
    let needs: [Need; 2] = needs(tie, rules).ok_or("no need")?;
    let teams = tie.teams.as_ref().unwrap();
    let last = tie.legs.last().unwrap();
    let home = Slot::find(teams, last.home.as_deref().unwrap()).unwrap();
    for slot in [Slot::First, Slot::Second] {
        let need = needs[slot.index()];
        let at_home = slot == home;
        if need.at_home != at_home {
            return Err(format!("{slot:?}: at_home {}", need.at_home));
        }
        // The team's goals first.
        let ours = |pair: [u8; 2]| {
            let [h, a] = pair.map(u32::from);
            if at_home {
                [h, a]
            } else {
                [a, h]
            }
        };
        for h in 0..=MOST {
            for a in 0..=MOST {
                let score = [h, a];
                let said = need.after_90(ours(score));
                let expected = match winner(tie, rules, score, None, None) {
                    Some(winner) if winner == slot => Verdict::Through,
                    Some(_) => Verdict::Out,
                    None if rules.extra_time => Verdict::ExtraTime,
                    None => match after_shootout(tie, rules, score, None, home)? {
                        // A shoot-out where the rules have one; else nothing more.
                        Verdict::Shootout => Verdict::Shootout,
                        _ => Verdict::Undecided,
                    },
                };
                if said != expected {
                    return Err(format!(
                        "{slot:?} after {score:?}: need says {said:?}, decide {expected:?}"
                    ));
                }
                // The other team's need says the opposite.
                let [for_, against] = ours(score);
                let other = needs[slot.other().index()].after_90([against, for_]);
                let opposite = match said {
                    Verdict::Through => Verdict::Out,
                    Verdict::Out => Verdict::Through,
                    level => level,
                };
                if other != opposite {
                    return Err(format!(
                        "{slot:?} after {score:?}: {said:?}, the other {other:?}"
                    ));
                }
                if expected != Verdict::ExtraTime {
                    continue;
                }
                for g in 0..=EXTRA {
                    for k in 0..=EXTRA {
                        let full = [h + g, a + k];
                        let said = need.after_extra_time(ours(score), ours([g, k]));
                        let expected = match winner(tie, rules, score, Some(full), None) {
                            Some(winner) if winner == slot => Verdict::Through,
                            Some(_) => Verdict::Out,
                            None => after_shootout(tie, rules, score, Some(full), home)?,
                        };
                        if said != expected {
                            return Err(format!(
                                "{slot:?} after {score:?}, {full:?} after extra time: need says {said:?}, decide {expected:?}"
                            ));
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

/// Every rule set of two legs: away goals off, after normal time or
/// including extra time; extra time on or off; penalties on or off.
fn every_rule_set() -> Vec<Rules> {
    let mut all = Vec::new();
    for away_goals in [
        AwayGoals::Off,
        AwayGoals::NormalTime,
        AwayGoals::IncludingExtraTime,
    ] {
        for extra_time in [false, true] {
            for penalties in [false, true] {
                all.push(rules(away_goals, extra_time, penalties));
            }
        }
    }
    all
}

#[test]
fn every_rule_set_and_first_leg_from_0_0_to_5_5_agrees_with_decide() {
    for rules in every_rule_set() {
        for home in 0..=5 {
            for away in 0..=5 {
                let tie = after_first_leg("AS Kaloum", "IR Tanger", [home, away]);
                if let Err(problem) = check(&tie, &rules) {
                    panic!("{rules:?}, first leg {home}–{away}: {problem}");
                }
                // Every need reads as a sentence.
                for sentence in sentences(&tie, &rules) {
                    assert!(
                        sentence.ends_with('.') && sentence.len() >= "Win.".len(),
                        "{sentence}"
                    );
                }
            }
        }
    }
}

mod wider {
    use super::*;
    use proptest::prelude::*;

    fn arb_rules() -> impl Strategy<Value = Rules> {
        (0..3usize, any::<bool>(), any::<bool>(), 1..=2u8).prop_map(
            |(away, extra_time, penalties, legs)| Rules {
                legs,
                ..rules(
                    [
                        AwayGoals::Off,
                        AwayGoals::NormalTime,
                        AwayGoals::IncludingExtraTime,
                    ][away],
                    extra_time,
                    penalties,
                )
            },
        )
    }

    proptest! {
        /// Any rule set, one match or two, first legs up to 30 goals a side,
        /// played or awarded: the need agrees with `decide`.
        #[test]
        fn needs_agree_with_decide(
            rules in arb_rules(),
            first_leg in prop_oneof![4 => [0..=9u8, 0..=9u8], 1 => [0..=30u8, 0..=30u8]],
            awarded_leg in any::<bool>(),
        ) {
            let tie = if rules.legs == 1 {
                tie("Host", "Visitor", vec![unplayed("Host", "Visitor", MatchStatus::Scheduled)])
            } else {
                let mut tie = after_first_leg("Host", "Visitor", first_leg);
                if awarded_leg {
                    tie.legs[0].status = MatchStatus::Awarded;
                }
                tie
            };
            prop_assert_eq!(check(&tie, &rules), Ok(()));
        }
    }
}

#[test]
fn only_a_tie_with_exactly_its_last_leg_to_play_has_needs() {
    let caf = caf_2017();
    // Both legs to play, both played, a walkover, a place not known yet.
    let both = tie(
        "AS Kaloum",
        "IR Tanger",
        vec![
            unplayed("AS Kaloum", "IR Tanger", MatchStatus::Scheduled),
            unplayed("IR Tanger", "AS Kaloum", MatchStatus::Scheduled),
        ],
    );
    assert_eq!(needs(&both, &caf), None);
    assert_eq!(
        needs(
            &home_and_away("AS Kaloum", "IR Tanger", [1, 0], [3, 0]),
            &caf
        ),
        None
    );
    let cancelled = tie(
        "Djoliba",
        "Al-Masry",
        vec![
            played("Djoliba", "Al-Masry", [2, 0]),
            unplayed("Al-Masry", "Djoliba", MatchStatus::Cancelled),
        ],
    );
    assert_eq!(needs(&cancelled, &caf), None);
    let mut awarded = after_first_leg("Djoliba", "Al-Masry", [2, 0]);
    assert!(needs(&awarded, &caf).is_some());
    awarded = walkover(awarded, "Al-Masry");
    assert_eq!(needs(&awarded, &caf), None);
    let mut unknown = after_first_leg("AS Kaloum", "IR Tanger", [1, 0]);
    unknown.teams = Some([Some("as-kaloum".into()), None]);
    assert_eq!(needs(&unknown, &caf), None);
    // A first leg missing from a two-legged tie.
    let lone = tie(
        "AS Kaloum",
        "IR Tanger",
        vec![unplayed("IR Tanger", "AS Kaloum", MatchStatus::Scheduled)],
    );
    assert_eq!(needs(&lone, &caf), None);
    // A one-match tie still to play has needs.
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
        sentences(&final_, &single),
        [
            "Win, or draw and then extra time or the shoot-out.",
            "Win, or draw and then extra time or the shoot-out."
        ]
        .map(String::from)
    );
}

#[test]
fn sentences_after_other_first_legs() {
    // (rules, first leg, [first-leg host, second-leg host])
    let cases = [
        (
            rules(AwayGoals::Off, false, false),
            [0, 2],
            [
                "Win by 3 goals or more.",
                "Anything but a defeat by 2 goals or more.",
            ],
        ),
        (
            rules(AwayGoals::Off, false, false),
            [0, 0],
            ["Win.", "Win."],
        ),
        (
            rules(AwayGoals::Off, false, true),
            [0, 2],
            [
                "Win by 3 goals or more, or win by 2 goals and then the shoot-out.",
                "Anything but a defeat by 2 goals or more, or a two-goal defeat and then the shoot-out.",
            ],
        ),
        (
            caf_2017(),
            [0, 0],
            [
                "Win, draw and score (1–1, 2–2 …), or draw 0–0 and then the shoot-out.",
                "Win, or draw 0–0 and then the shoot-out.",
            ],
        ),
        (
            caf_2017(),
            [3, 3],
            [
                "Win, draw and score 4 or more (4–4, 5–5 …), or draw 3–3 and then the shoot-out.",
                "Win, draw 0–0, 1–1 or 2–2, or draw 3–3 and then the shoot-out.",
            ],
        ),
        (
            caf_2017(),
            [0, 2],
            [
                "Win by 3 goals or more, win by 2 goals and score 3 or more (3–1, 4–2 …), or win 2–0 and then the shoot-out.",
                "Anything but a defeat by 2 goals or more, or a 2–0 defeat and then the shoot-out.",
            ],
        ),
        (
            rules(AwayGoals::IncludingExtraTime, true, false),
            [2, 1],
            [
                "Anything but a defeat, a one-goal defeat in which they score 2 or more (3–2, 4–3 …), or a 2–1 defeat and then extra time (a score draw in it is enough).",
                "Win by 2 goals or more, win 1–0, or win 2–1 and then extra time.",
            ],
        ),
        (
            uefa_before_2021(),
            [0, 0],
            [
                "Win, draw and score (1–1, 2–2 …), or draw 0–0 and then extra time (a score draw in it is enough) or the shoot-out.",
                "Win, or draw 0–0 and then extra time (a score draw in it is not enough) or the shoot-out.",
            ],
        ),
    ];
    for (rules, first_leg, expected) in cases {
        let tie = after_first_leg("Home", "Away", first_leg);
        assert_eq!(
            sentences(&tie, &rules),
            expected.map(String::from),
            "{rules:?} after {first_leg:?}"
        );
    }
}
