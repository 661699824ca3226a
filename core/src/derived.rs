//! What a competition file may leave out because the rest of it says it: a
//! tie id that is `first-v-second` of its teams, legs hosted by `teams[0]`
//! and then `teams[1]`, a match id that is `Home name v Away name`.
//!
//! build.rs leaves them out of the compiled-in file (2 KB less gzipped) and
//! the widget puts them back after reading it. A host's `data` is read as
//! written.

use crate::model::{team_name, Competition};

/// Puts back every derived value left empty: an empty tie id, a leg with an
/// empty home and away, an empty match id.
pub fn fill_in_derived(competition: &mut Competition) {
    let Competition { teams, rounds, .. } = competition;
    let name = |id: &Option<String>| team_name(teams, id.as_deref().unwrap_or_default());
    for tie in rounds.iter_mut().flat_map(|round| &mut round.ties) {
        if let Some([Some(first), Some(second)]) = &tie.teams {
            if tie.id.is_empty() {
                tie.id = format!("{first}-v-{second}");
            }
            for (index, leg) in tie.legs.iter_mut().enumerate() {
                if is_left_out(&leg.home) && is_left_out(&leg.away) {
                    let (home, away) = if index % 2 == 0 {
                        (first, second)
                    } else {
                        (second, first)
                    };
                    leg.home = Some(home.clone());
                    leg.away = Some(away.clone());
                }
            }
        }
        for leg in &mut tie.legs {
            if leg.id.is_empty() {
                leg.id = format!("{} v {}", name(&leg.home), name(&leg.away));
            }
        }
    }
}

/// A host or visitor left out of the lean form: an empty id (`null` is a
/// place not known yet, which stays as it is).
fn is_left_out(team: &Option<String>) -> bool {
    team.as_deref() == Some("")
}

/// The competition without the values [`fill_in_derived`] puts back; a
/// value is left out only where putting it back gives it again, and `None`
/// unless the whole competition comes back unchanged.
pub fn without_derived(competition: &Competition) -> Option<Competition> {
    let mut lean = competition.clone();
    let Competition { teams, rounds, .. } = &mut lean;
    let name = |id: &Option<String>| team_name(teams, id.as_deref().unwrap_or_default());
    for tie in rounds.iter_mut().flat_map(|round| &mut round.ties) {
        for leg in &mut tie.legs {
            if leg.home.is_some()
                && leg.away.is_some()
                && leg.id == format!("{} v {}", name(&leg.home), name(&leg.away))
            {
                leg.id.clear();
            }
        }
        if let Some([Some(first), Some(second)]) = &tie.teams {
            if tie.id == format!("{first}-v-{second}") {
                tie.id.clear();
            }
            for (index, leg) in tie.legs.iter_mut().enumerate() {
                let hosts = if index % 2 == 0 {
                    [first, second]
                } else {
                    [second, first]
                };
                if [leg.home.as_ref(), leg.away.as_ref()] == hosts.map(Some) {
                    leg.home = Some(String::new());
                    leg.away = Some(String::new());
                }
            }
        }
    }
    let mut back = lean.clone();
    fill_in_derived(&mut back);
    (back == *competition).then_some(lean)
}

#[cfg(all(test, feature = "cli"))]
mod tests {
    use super::*;

    #[test]
    fn the_lean_form_comes_back_whole() {
        let mut competitions = vec![crate::generate::generate(16, 3).expect("generated")];
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../data"))
            .expect("the data folder")
        {
            let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("a file");
            competitions.push(crate::json::read_competition(&text).expect("read"));
        }
        for competition in competitions {
            let lean = without_derived(&competition).expect("comes back");
            let embedded = crate::json::to_minified(&lean);
            assert!(embedded.len() < crate::json::to_minified(&competition).len());
            let mut back = crate::json::read_competition(&embedded).expect("reads");
            fill_in_derived(&mut back);
            assert_eq!(back, competition);
        }
        // A tie id that only looks derived stays as written.
        let mut odd = crate::generate::generate(4, 1).expect("generated");
        if let Some(tie) = odd
            .rounds
            .first_mut()
            .and_then(|round| round.ties.first_mut())
        {
            tie.id.clear();
        }
        assert_eq!(without_derived(&odd), None);
    }
}
