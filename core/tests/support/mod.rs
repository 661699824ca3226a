//! Builders shared by the test files: ties and competitions in a few words.
#![allow(dead_code)]

use cup_bracket_core::model::{
    AwayGoals, Competition, CompetitionInfo, Match, MatchStatus, Round, Rules, Score, Team, Tie,
    Walkover,
};

/// Rules with two legs.
pub fn rules(away_goals: AwayGoals, extra_time: bool, penalties: bool) -> Rules {
    Rules {
        away_goals,
        extra_time,
        penalties,
        legs: 2,
    }
}

/// CAF 2017: away goals after 90 minutes, no extra time, straight to penalties.
pub fn caf_2017() -> Rules {
    rules(AwayGoals::NormalTime, false, true)
}

/// UEFA until 2021: away goals, also those scored in extra time.
pub fn uefa_before_2021() -> Rules {
    rules(AwayGoals::IncludingExtraTime, true, true)
}

/// UEFA from 2021/22: no away goals; extra time, then penalties.
pub fn uefa_from_2021() -> Rules {
    rules(AwayGoals::Off, true, true)
}

/// A team id made from a name: "IR Tanger" → "ir-tanger".
pub fn slug(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// A played match between two named teams.
pub fn played(home: &str, away: &str, score: Score) -> Match {
    Match {
        id: format!("{home} v {away}"),
        home: Some(slug(home)),
        away: Some(slug(away)),
        status: MatchStatus::Played,
        score: Some(score),
        ..Match::default()
    }
}

/// A match with the given status and no score.
pub fn unplayed(home: &str, away: &str, status: MatchStatus) -> Match {
    Match {
        status,
        score: None,
        ..played(home, away, [0, 0])
    }
}

/// This match with extra time.
pub fn aet(mut leg: Match, score: Score) -> Match {
    leg.extra_time_score = Some(score);
    leg
}

/// This match with a shoot-out after it.
pub fn pens(mut leg: Match, kicks: Score) -> Match {
    leg.penalties = Some(kicks);
    leg
}

/// This match awarded with the given score.
pub fn awarded(mut leg: Match, score: Score) -> Match {
    leg.status = MatchStatus::Awarded;
    leg.score = Some(score);
    leg
}

/// A tie of named teams; the first hosts the first leg.
pub fn tie(first: &str, second: &str, legs: Vec<Match>) -> Tie {
    Tie {
        id: format!("{}-v-{}", slug(first), slug(second)),
        teams: Some([Some(slug(first)), Some(slug(second))]),
        legs,
        ..Tie::default()
    }
}

/// Two played legs: `first` hosts the first, `second` the second.
pub fn home_and_away(first: &str, second: &str, leg1: Score, leg2: Score) -> Tie {
    tie(
        first,
        second,
        vec![played(first, second, leg1), played(second, first, leg2)],
    )
}

/// This tie awarded to `winner`.
pub fn walkover(mut tie: Tie, winner: &str) -> Tie {
    tie.walkover = Some(Walkover {
        winner: slug(winner),
        reason: None,
    });
    tie
}

/// A bye for a named team.
pub fn bye(team: &str) -> Tie {
    Tie {
        id: format!("{}-bye", slug(team)),
        bye: Some(slug(team)),
        ..Tie::default()
    }
}

/// A competition of these rounds; every named team of `names` is in `teams`.
pub fn competition(rules: Rules, names: &[&str], rounds: Vec<Vec<Tie>>) -> Competition {
    Competition {
        format: 1,
        competition: CompetitionInfo {
            name: "Test Cup".into(),
            ..CompetitionInfo::default()
        },
        rules,
        teams: names
            .iter()
            .map(|name| Team {
                id: slug(name),
                name: (*name).to_string(),
                names: None,
                country: "MAR".into(),
            })
            .collect(),
        rounds: rounds
            .into_iter()
            .enumerate()
            .map(|(index, ties)| Round {
                id: format!("round-{index}"),
                name: format!("Round {index}"),
                names: None,
                dates: None,
                dates_names: None,
                rules: None,
                ties,
            })
            .collect(),
    }
}

/// A one-tie competition of the tie's teams.
pub fn one_tie(rules: Rules, names: [&str; 2], tie: Tie) -> Competition {
    competition(rules, &names, vec![vec![tie]])
}

/// IR Tanger's CAF 2017 path: a bye for AS Kaloum, IR Tanger's preliminary
/// tie against AS Douanes Niamey, then the first-round tie the two feed.
pub fn ir_tanger_path() -> Competition {
    let mut second = tie(
        "AS Kaloum",
        "IR Tanger",
        vec![
            played("AS Kaloum", "IR Tanger", [1, 0]),
            played("IR Tanger", "AS Kaloum", [3, 0]),
        ],
    );
    second.from = Some([
        Some("as-kaloum-bye".into()),
        Some("as-douanes-niamey-v-ir-tanger".into()),
    ]);
    competition(
        caf_2017(),
        &["AS Kaloum", "AS Douanes Niamey", "IR Tanger"],
        vec![
            vec![
                bye("AS Kaloum"),
                home_and_away("AS Douanes Niamey", "IR Tanger", [1, 2], [1, 0]),
            ],
            vec![second],
        ],
    )
}
