//! A competition file in brackets-viewer.js's data model (the `brackets-model`
//! package: what brackets-manager.js stores), so that the benchmark draws the
//! very same bracket with both libraries.
//!
//! The competition becomes one `single_elimination` stage with one group
//! (the single bracket). Each round is a `round`; each tie a `match` between
//! its two teams whose `child_count` is its number of legs, each leg a
//! `match_game` of that match. A match's scores are the tie's aggregate
//! (extra time included) and its `result` marks who went through, as core's
//! rules decide it (away goals and shoot-outs too, which the model has no
//! field for); a game's scores are that leg's goals, extra time included.
//! Opponents keep the tie's order in every game, as brackets-manager keeps
//! its parent's: `opponent1` is `teams[0]`, who hosted the first leg. Ids
//! are numbers from 0: participants in the order of `teams`, rounds in
//! playing order, matches and games in file order.
//!
//! The result is brackets-manager's database: `{ participant, stage, group,
//! round, match, match_game }`; the viewer takes
//! `render({ stages: db.stage, matches: db.match, matchGames: db.match_game,
//! participants: db.participant })`.

use std::collections::HashMap;

use cup_bracket_core::{
    model::{Competition, Match, TieKind},
    rules::{decide, DecidedBy, Slot},
};
use serde_json::{json, Value};

/// `brackets-model`'s `Status`.
mod status {
    /// Neither opponent known.
    pub const LOCKED: u8 = 0;
    /// One opponent known.
    pub const WAITING: u8 = 1;
    /// Both known, nothing played.
    pub const READY: u8 = 2;
    /// Under way.
    pub const RUNNING: u8 = 3;
    /// Decided.
    pub const COMPLETED: u8 = 4;
}

/// The competition as brackets-manager's database (see the module's doc).
pub fn convert(competition: &Competition) -> Value {
    let index: HashMap<&str, usize> = competition
        .teams
        .iter()
        .enumerate()
        .map(|(number, team)| (team.id.as_str(), number))
        .collect();
    let participant_id = |team: Option<&str>| -> Value {
        team.and_then(|id| index.get(id))
            .map_or(Value::Null, |&number| json!(number))
    };
    let participants: Vec<Value> = competition
        .teams
        .iter()
        .enumerate()
        .map(|(number, team)| json!({ "id": number, "tournament_id": 0, "name": team.name }))
        .collect();
    let mut rounds = Vec::new();
    let mut matches = Vec::new();
    let mut games = Vec::new();
    for (round_number, round) in competition.rounds.iter().enumerate() {
        rounds.push(
            json!({ "id": round_number, "stage_id": 0, "group_id": 0, "number": round_number + 1 }),
        );
        for (tie_number, tie) in round.ties.iter().enumerate() {
            let match_id = matches.len();
            let outcome = decide(tie, &competition.rules_for(round, tie));
            let teams: [Option<&str>; 2] = match tie.kind() {
                Some(TieKind::Contest(teams)) => [teams[0].as_deref(), teams[1].as_deref()],
                Some(TieKind::Bye(team)) => [Some(team), None],
                None => [None, None],
            };
            let decided = outcome.winner.is_some() && outcome.decided_by != DecidedBy::Bye;
            let opponent = |slot: Slot| -> Value {
                if matches!(tie.kind(), Some(TieKind::Bye(_))) && slot == Slot::Second {
                    return Value::Null;
                }
                let mut result = json!({ "id": participant_id(slot.of(teams)) });
                if let Some(aggregate) = outcome.aggregate.filter(|_| outcome.counted_legs > 0) {
                    result["score"] = json!(slot.of(aggregate));
                }
                if decided {
                    let won = outcome.winner == Some(slot);
                    result["result"] = json!(if won { "win" } else { "loss" });
                    if !won && outcome.decided_by == DecidedBy::Walkover {
                        result["forfeit"] = json!(true);
                    }
                }
                result
            };
            let known = teams.iter().filter(|team| team.is_some()).count();
            let match_status = match (known, decided, outcome.counted_legs) {
                (_, _, _) if matches!(tie.kind(), Some(TieKind::Bye(_))) => status::LOCKED,
                (0, _, _) => status::LOCKED,
                (1, _, _) => status::WAITING,
                (_, true, _) => status::COMPLETED,
                (_, false, 0) => status::READY,
                (_, false, _) => status::RUNNING,
            };
            matches.push(json!({
                "id": match_id,
                "stage_id": 0,
                "group_id": 0,
                "round_id": round_number,
                "number": tie_number + 1,
                "child_count": tie.legs.len(),
                "status": match_status,
                "opponent1": opponent(Slot::First),
                "opponent2": opponent(Slot::Second),
            }));
            for (leg_number, leg) in tie.legs.iter().enumerate() {
                games.push(game(
                    games.len(),
                    match_id,
                    leg_number + 1,
                    leg,
                    teams,
                    &participant_id,
                ));
            }
        }
    }
    let size = competition
        .rounds
        .first()
        .map_or(0, |round| round.ties.len() * 2);
    json!({
        "participant": participants,
        "stage": [{
            "id": 0,
            "tournament_id": 0,
            "name": competition.competition.name,
            "type": "single_elimination",
            "number": 1,
            "settings": {
                "size": size,
                "seedOrdering": ["natural"],
                "grandFinal": "none",
                "consolationFinal": false,
                "matchesChildCount": 2,
            },
        }],
        "group": [{ "id": 0, "stage_id": 0, "number": 1 }],
        "round": rounds,
        "match": matches,
        "match_game": games,
    })
}

/// One leg as a game of its tie's match: opponents in the tie's order.
fn game(
    id: usize,
    parent: usize,
    number: usize,
    leg: &Match,
    teams: [Option<&str>; 2],
    participant_id: &dyn Fn(Option<&str>) -> Value,
) -> Value {
    let full = leg
        .extra_time_score
        .or(leg.score)
        .filter(|_| leg.status.counts());
    // Goals of teams[0] and teams[1]: the leg's are [home, away].
    let goals = full.map(|[home, away]| {
        if leg.home.as_deref() == teams[0] || leg.away.as_deref() == teams[1] {
            [home, away]
        } else {
            [away, home]
        }
    });
    let opponent = |slot: Slot| -> Value {
        let mut result = json!({ "id": participant_id(slot.of(teams)) });
        if let Some(goals) = goals {
            let (own, other) = (slot.of(goals), slot.other().of(goals));
            result["score"] = json!(own);
            result["result"] = json!(match own.cmp(&other) {
                std::cmp::Ordering::Greater => "win",
                std::cmp::Ordering::Less => "loss",
                std::cmp::Ordering::Equal => "draw",
            });
        }
        result
    };
    let game_status = match (teams.iter().flatten().count(), goals.is_some()) {
        (_, true) => status::COMPLETED,
        (2, false) => status::READY,
        (1, false) => status::WAITING,
        _ => status::LOCKED,
    };
    json!({
        "id": id,
        "stage_id": 0,
        "parent_id": parent,
        "number": number,
        "status": game_status,
        "opponent1": opponent(Slot::First),
        "opponent2": opponent(Slot::Second),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use cup_bracket_core::generate::generate;

    fn count(db: &Value, table: &str) -> usize {
        db[table].as_array().map_or(0, Vec::len)
    }

    #[test]
    fn four_teams_with_away_goals() -> Result<(), String> {
        // Semi-finals: FC Ka v AS Lo 2–1, 0–1 (2–2, AS Lo through on away
        // goals); CS Mi v US Ra 0–1, 2–1 (2–2, CS Mi through on away goals).
        // Final, one match: AS Lo v CS Mi 3–0.
        let db = convert(&generate(4, 1)?);
        assert_eq!(count(&db, "participant"), 4);
        assert_eq!(
            db["participant"][1],
            json!({ "id": 1, "tournament_id": 0, "name": "AS Lo" })
        );
        assert_eq!(db["stage"][0]["type"], "single_elimination");
        assert_eq!(db["stage"][0]["settings"]["size"], 4);
        assert_eq!(count(&db, "group"), 1);
        assert_eq!(count(&db, "round"), 2);
        assert_eq!(count(&db, "match"), 3);
        assert_eq!(count(&db, "match_game"), 5);
        assert_eq!(
            db["match"][0],
            json!({
                "id": 0, "stage_id": 0, "group_id": 0, "round_id": 0, "number": 1,
                "child_count": 2, "status": 4,
                "opponent1": { "id": 0, "score": 2, "result": "loss" },
                "opponent2": { "id": 1, "score": 2, "result": "win" },
            })
        );
        // The second leg, AS Lo at home: opponent1 is still FC Ka.
        assert_eq!(
            db["match_game"][1],
            json!({
                "id": 1, "stage_id": 0, "parent_id": 0, "number": 2, "status": 4,
                "opponent1": { "id": 0, "score": 0, "result": "loss" },
                "opponent2": { "id": 1, "score": 1, "result": "win" },
            })
        );
        assert_eq!(
            db["match"][1]["opponent1"],
            json!({ "id": 2, "score": 2, "result": "win" })
        );
        assert_eq!(
            db["match"][1]["opponent2"],
            json!({ "id": 3, "score": 2, "result": "loss" })
        );
        let last = &db["match"][2];
        assert_eq!(
            (&last["round_id"], &last["number"], &last["child_count"]),
            (&json!(1), &json!(1), &json!(1))
        );
        assert_eq!(
            last["opponent1"],
            json!({ "id": 1, "score": 3, "result": "win" })
        );
        assert_eq!(
            last["opponent2"],
            json!({ "id": 2, "score": 0, "result": "loss" })
        );
        assert_eq!(db["match_game"][4]["parent_id"], 2);
        Ok(())
    }

    #[test]
    fn sixty_four_teams_make_one_bracket_whose_winners_go_on() -> Result<(), String> {
        let db = convert(&generate(64, 1)?);
        assert_eq!(count(&db, "participant"), 64);
        assert_eq!(count(&db, "round"), 6);
        assert_eq!(count(&db, "match"), 63);
        assert_eq!(count(&db, "match_game"), 62 * 2 + 1);
        let matches = db["match"].as_array().ok_or("no matches")?;
        let winner = |game: &Value| -> Value {
            if game["opponent1"]["result"] == "win" {
                game["opponent1"]["id"].clone()
            } else {
                game["opponent2"]["id"].clone()
            }
        };
        for (index, game) in matches.iter().enumerate() {
            assert_eq!(game["status"], 4, "match {index} decided");
            let results = [&game["opponent1"]["result"], &game["opponent2"]["result"]];
            assert!(results.contains(&&json!("win")) && results.contains(&&json!("loss")));
            // Match k (from 1) of round r + 1 is fed by matches 2k − 1 and 2k of round r.
            let round = game["round_id"].as_u64().ok_or("round_id")?;
            let number = game["number"].as_u64().ok_or("number")?;
            let next = matches.iter().find(|later| {
                later["round_id"] == json!(round + 1)
                    && later["number"] == json!(number.div_ceil(2))
            });
            if let Some(next) = next {
                let side = if number % 2 == 1 {
                    "opponent1"
                } else {
                    "opponent2"
                };
                assert_eq!(
                    next[side]["id"],
                    winner(game),
                    "match {index}'s winner goes on"
                );
            }
            // The games' goals add up to the match's aggregate.
            let games: Vec<&Value> = db["match_game"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|child| child["parent_id"] == game["id"])
                .collect();
            assert_eq!(Some(games.len() as u64), game["child_count"].as_u64());
            for side in ["opponent1", "opponent2"] {
                let sum: u64 = games
                    .iter()
                    .filter_map(|child| child[side]["score"].as_u64())
                    .sum();
                assert_eq!(Some(sum), game[side]["score"].as_u64());
            }
        }
        Ok(())
    }
}
