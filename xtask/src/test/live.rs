//! A live competition on the built pages (issue 14), with real input: the
//! WebDriver pointer (mouse, then a finger) and keyboard, in the pointer
//! step's session (pointer.rs runs these after its own).
//!
//! - Replaying 2017 by date: a press on "the match day before", then Tab to
//!   the slider, Home and the right arrow. At 12 March 2017 every first-round
//!   tie shows its first leg only and no winner, and each play-off place a
//!   first-round tie feeds reads "Winner of …" (that tie's teams); the
//!   fragment keeps the day. Djoliba v Al-Masry's walkover counts from the
//!   date of the leg it replaced (18 March): undecided on the 17th, Al-Masry
//!   through on the 18th.
//! - A what-if that changes who reaches the play-off round: AS Kaloum 1–0 up,
//!   a finger tries 0–1 in Tanger, and Kaloum meets Horoya, marked as a what
//!   if; Tab and Space take it back (the focus staying in the what-if), and
//!   Horoya's opponent is "Winner of …" again. Then IR Tanger 2–0 with the
//!   mouse, and the toolbar's "Clear what-ifs" clears it.
//! - `update()` through a `<cup-bracket>` element's `data` property: a tie
//!   opened with a press stays open and focused (the same element) when the
//!   update decides it, a `tie-decided` event says so, and Enter then closes it.

use std::time::Duration;

use cup_bracket_core::as_of::as_of;
use cup_bracket_core::json::read_competition;
use cup_bracket_core::model::Competition;
use cup_bracket_core::places::fill_decided;
use serde_json::{json, Value};

use super::pages::{check, wait_for_widgets};
use super::pointer::{fresh_page, Fixture};
use crate::util::{self, Result};
use crate::webdriver::{keys, Pointer, Session};

/// How long a change may take to show (milliseconds, in fact).
const QUICK: Duration = Duration::from_secs(5);

/// The competition compiled into the bundle.
const DATA_FILE: &str = "data/2017-caf-confederation-cup-qualifying.json";

/// One live test.
pub type LiveTest = fn(&Fixture) -> Result<()>;

/// The tests, with their names, for the pointer step's runner.
pub fn tests() -> Vec<(String, LiveTest)> {
    vec![
        (
            "live: replaying 2017 by date (mouse, Tab, Home, →): 12 March shows first legs only and \"Winner of …\" places; a walkover counts from its leg's date".into(),
            replay_by_date as LiveTest,
        ),
        (
            "live: a what-if (a finger, then the mouse) changes who reaches the play-off round, marked; Tab and Space, then \"Clear what-ifs\", clear it".into(),
            what_if_changes_the_play_off,
        ),
        (
            "live: update() through <cup-bracket>'s data keeps a pressed tie open and focused, announces tie-decided, and Enter still closes it".into(),
            update_keeps_the_open_tie,
        ),
    ]
}

/// Helpers for the widget in the element `arguments[0]` (a selector).
const PRELUDE: &str = "
  const root = document.querySelector(arguments[0]).shadowRoot;
  const names = (card) => [...card.querySelectorAll('.cb-name-text')].map((n) => n.textContent.trim());
  const tieOf = (a, b) => [...root.querySelectorAll('button.cb-tie')]
    .find((t) => { const n = names(t); return n[0] === a && n[1] === b; });
  const button = (label) => [...root.querySelectorAll('button')]
    .find((b) => (b.getAttribute('aria-label') || b.textContent.trim()) === label);
  const roundOf = (card) => root.getElementById(card.getAttribute('aria-describedby'))?.textContent.trim();
  const lines = (card) => [...card.querySelectorAll('.cb-team')].map((line) => ({
    name: line.querySelector('.cb-name-text')?.textContent.trim(),
    goals: [...line.querySelectorAll('.cb-goals')].map((g) => g.textContent.trim()),
    through: line.hasAttribute('data-through'),
    mark: line.querySelector('.cb-mark')?.textContent.trim() ?? '',
  }));
  const day = () => root.querySelector('.cb-replay-day')?.textContent.trim();
  const focused = () => root.activeElement;
  const focusedText = () => focused() && (focused().getAttribute('aria-label') || focused().textContent.trim());
  const hypothetical = () => root.querySelectorAll('[data-hypothetical]').length;
";

/// Runs `body` after [`PRELUDE`] for the widget in `host`, with `args` after it.
fn run(session: &Session, host: &str, body: &str, args: Value) -> Result<Value> {
    let mut all = vec![json!(host)];
    if let Value::Array(more) = args {
        all.extend(more);
    }
    session.execute(&format!("{PRELUDE}\n{body}"), Value::Array(all))
}

/// Waits until `body` (after the prelude) returns true; else the error
/// holds what `report` returns then.
fn wait_until(session: &Session, host: &str, body: &str, args: Value, report: &str) -> Result<()> {
    let deadline = std::time::Instant::now() + QUICK;
    loop {
        if run(session, host, body, args.clone())? == true {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            let seen = run(session, host, report, args).unwrap_or(Value::Null);
            return Err(format!("waited in vain for `{}`; saw {seen}", body.trim()).into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The element `script` (after the prelude) returns, scrolled into view.
fn element(session: &Session, host: &str, script: &str, args: Value, what: &str) -> Result<Value> {
    let found = run(
        session,
        host,
        &format!(
            "const found = (() => {{ {script} }})();
             if (found) found.scrollIntoView({{ block: 'center', inline: 'center' }});
             return found || null;"
        ),
        args,
    )?;
    check(!found.is_null(), || format!("no {what} in {host}"))?;
    Ok(found)
}

/// Presses the button called `label` (its `aria-label`, else its text).
fn press_button(session: &Session, host: &str, pointer: Pointer, label: &str) -> Result<()> {
    let target = element(
        session,
        host,
        "return button(arguments[1]);",
        json!([label]),
        &format!("button {label:?}"),
    )?;
    session.press(pointer, &target)
}

/// The day the match-day control shows.
fn wait_day(session: &Session, day: &str) -> Result<()> {
    wait_until(
        session,
        "#cup-bracket",
        "return day() === arguments[1];",
        json!([day]),
        "return { day: day(), focused: focusedText() };",
    )
}

fn replay_by_date(fixture: &Fixture) -> Result<()> {
    let session = &fixture.session;
    let host = "#cup-bracket";
    fresh_page(fixture)?;
    press_button(session, host, Pointer::Mouse, "The match day before")?;
    wait_day(session, "As of Sat, 22 April 2017")?;
    // The button pressed has the focus; the slider is next.
    session.press_key(keys::TAB)?;
    let on = run(session, host, "return focused()?.className;", json!([]))?;
    check(on == "cb-replay-slider", || {
        format!("Tab after the match day before should reach the slider; the focus is on {on}")
    })?;
    session.press_key(keys::HOME)?;
    wait_day(session, "As of Fri, 10 February 2017")?;
    for _ in 0..8 {
        session.press_key(keys::ARROW_RIGHT)?;
    }
    wait_day(session, "As of Sun, 12 March 2017")?;

    let competition = competition()?;
    let seen = run(
        session,
        host,
        "const cards = [...root.querySelectorAll('button.cb-tie')];
         const first = cards.filter((c) => roundOf(c) === 'First round').map(lines);
         const playOff = cards.filter((c) => roundOf(c) === 'Play-off round').map(lines);
         return { first, playOff, hash: location.hash };",
        json!([]),
    )?;
    let first = seen["first"].as_array().cloned().unwrap_or_default();
    check(first.len() == 16, || {
        format!("16 first-round ties, not {}", first.len())
    })?;
    for tie in &first {
        let first_leg_only = tie.as_array().is_some_and(|lines| {
            lines.iter().all(|line| {
                let goals = line["goals"].as_array().cloned().unwrap_or_default();
                goals.len() == 2
                    && goals[0].as_str().is_some_and(|g| g.parse::<u8>().is_ok())
                    && goals[1] == ""
                    && line["through"] == false
            })
        });
        check(first_leg_only, || {
            format!("at 12 March a first-round tie shows its first leg only, undecided: {tie}")
        })?;
    }
    let mut places: Vec<String> = seen["playOff"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|tie| tie.as_array().cloned().unwrap_or_default())
        .filter_map(|line| line["name"].as_str().map(str::to_string))
        .filter(|name| name.starts_with("Winner of "))
        .collect();
    places.sort();
    let mut expected = winner_of_places(&competition, "first");
    expected.sort();
    check(expected.len() == 16 && places == expected, || {
        format!("the play-off places fed by the first round should be {expected:?}; they are {places:?}")
    })?;
    check(seen["hash"] == "#day=2017-03-12", || {
        format!("the fragment should keep the day: {}", seen["hash"])
    })?;

    // Djoliba v Al-Masry: the walkover replaced the leg of 18 March.
    session.press_key(keys::ARROW_RIGHT)?;
    wait_day(session, "As of Fri, 17 March 2017")?;
    let undecided = run(
        session,
        host,
        "const tie = tieOf('Djoliba', 'Al-Masry');
         return { tie: tie && lines(tie), next: !!tieOf('KCCA', 'Winner of Djoliba v Al-Masry') };",
        json!([]),
    )?;
    check(
        undecided["next"] == true
            && undecided["tie"]
                .as_array()
                .is_some_and(|lines| lines.iter().all(|line| line["through"] == false)),
        || {
            format!("on 17 March Djoliba v Al-Masry is undecided, KCCA awaiting its winner: {undecided}")
        },
    )?;
    session.press_key(keys::ARROW_RIGHT)?;
    wait_day(session, "As of Sat, 18 March 2017")?;
    let decided = run(
        session,
        host,
        "const tie = tieOf('Djoliba', 'Al-Masry');
         return { tie: tie && lines(tie), next: !!tieOf('KCCA', 'Al-Masry') };",
        json!([]),
    )?;
    let al_masry_through = decided["tie"].as_array().is_some_and(|lines| {
        lines.len() == 2
            && lines[1]["through"] == true
            && lines[1]["mark"] == "w/o"
            && lines[0]["through"] == false
    });
    check(decided["next"] == true && al_masry_through, || {
        format!("on 18 March Al-Masry go through by walkover and meet KCCA: {decided}")
    })
}

fn what_if_changes_the_play_off(fixture: &Fixture) -> Result<()> {
    let session = &fixture.session;
    let host = "#cup-bracket";
    session.navigate(&format!(
        "{}#AS_Kaloum_v_IR_Tanger&day=2017-03-12",
        fixture.url
    ))?;
    wait_for_widgets(session, host, 1)?;
    wait_day(session, "As of Sun, 12 March 2017")?;
    let undecided =
        "return !!tieOf('Horoya', 'Winner of AS Kaloum v IR Tanger') && hypothetical() === 0 \
                     && !root.querySelector('.cb-clear-what-ifs');";
    let report = "return { horoya: [...root.querySelectorAll('button.cb-tie')].map(names)
                     .filter((n) => n[0] === 'Horoya'), hypothetical: hypothetical(),
                     focused: focusedText() };";
    wait_until(session, host, undecided, json!([]), report)?;

    // AS Kaloum won 1–0 at home; a finger tries 0–1 in Tanger.
    press_button(session, host, Pointer::Touch, "AS Kaloum: one goal more")?;
    let kaloum_through = "const kaloum = tieOf('AS Kaloum', 'IR Tanger');
         const next = tieOf('Horoya', 'AS Kaloum');
         return !!kaloum && !!next && lines(kaloum)[0].through
           && kaloum.hasAttribute('data-hypothetical') && next.hasAttribute('data-hypothetical')
           && next.querySelector('.cb-tie-name').textContent.includes('(what if)')
           && button('Clear what-ifs (1)') !== undefined;";
    wait_until(session, host, kaloum_through, json!([]), report)?;
    // The keyboard takes it back: Tab from the stepper to "Take this score back".
    session.press_key(keys::TAB)?;
    let on = run(session, host, "return focusedText();", json!([]))?;
    check(on == "Take this score back", || {
        format!(
            "Tab after AS Kaloum's + should reach \"Take this score back\"; the focus is on {on}"
        )
    })?;
    session.press_key(keys::SPACE)?;
    wait_until(session, host, undecided, json!([]), report)?;
    let on = run(session, host, "return focusedText();", json!([]))?;
    check(on == "IR Tanger: one goal more", || {
        format!("once the score is taken back, the focus stays in the what-if (IR Tanger's +); it is on {on}")
    })?;

    // IR Tanger 2–0 with the mouse; the toolbar clears it.
    press_button(session, host, Pointer::Mouse, "IR Tanger: one goal more")?;
    press_button(session, host, Pointer::Mouse, "IR Tanger: one goal more")?;
    let tanger_through = "const next = tieOf('Horoya', 'IR Tanger');
         return !!next && next.hasAttribute('data-hypothetical')
           && root.querySelector('.cb-step-goals')?.textContent.trim() === '2';";
    wait_until(session, host, tanger_through, json!([]), report)?;
    press_button(session, host, Pointer::Mouse, "Clear what-ifs (1)")?;
    wait_until(session, host, undecided, json!([]), report)
}

fn update_keeps_the_open_tie(fixture: &Fixture) -> Result<()> {
    let session = &fixture.session;
    let host = "#live-test";
    fresh_page(fixture)?;
    let (before, after) = before_and_after_one_leg()?;
    session.execute(
        "const element = document.createElement('cup-bracket');
         element.id = 'live-test';
         element.setAttribute('hash', 'false');
         element.setAttribute('rounds', 'first play-off');
         element.data = arguments[0];
         window.__xtaskDecided = [];
         element.addEventListener('tie-decided', (event) => window.__xtaskDecided.push(event.detail.summary));
         document.body.prepend(element);",
        json!([before]),
    )?;
    wait_for_widgets(session, host, 1)?;
    let name = element(
        session,
        host,
        "const tie = tieOf('AS Kaloum', 'IR Tanger'); window.__xtaskTie = tie;
         return tie && [...tie.querySelectorAll('.cb-name-text')].find((n) => n.textContent.trim() === 'IR Tanger');",
        json!([]),
        "IR Tanger in AS Kaloum v IR Tanger",
    )?;
    session.press(Pointer::Mouse, &name)?;
    let open_and_focused = "const tie = tieOf('AS Kaloum', 'IR Tanger');
         return tie === window.__xtaskTie && tie.getAttribute('aria-expanded') === 'true'
           && focused() === tie;";
    let report = "const tie = tieOf('AS Kaloum', 'IR Tanger');
         return { same: tie === window.__xtaskTie, expanded: tie?.getAttribute('aria-expanded'),
                  focused: focusedText(), name: tie?.querySelector('.cb-tie-name').textContent,
                  decided: window.__xtaskDecided };";
    wait_until(session, host, open_and_focused, json!([]), report)?;
    session.execute(
        "document.querySelector('#live-test').data = arguments[0];",
        json!([after]),
    )?;
    wait_until(
        session,
        host,
        &format!(
            "{}
             && tie.querySelector('.cb-tie-name').textContent.endsWith('IR Tanger won 3–1 on aggregate.')
             && JSON.stringify(window.__xtaskDecided) === JSON.stringify(['IR Tanger won 3–1 on aggregate.'])
             && !!tieOf('Horoya', 'IR Tanger');",
            open_and_focused.trim_end_matches(';')
        ),
        json!([]),
        report,
    )?;
    session.press_key(keys::ENTER)?;
    wait_until(
        session,
        host,
        "return tieOf('AS Kaloum', 'IR Tanger')?.getAttribute('aria-expanded') === 'false';",
        json!([]),
        report,
    )?;
    session.execute("document.querySelector('#live-test').remove();", json!([]))?;
    Ok(())
}

/// The compiled-in competition, read by the rules' own reader.
fn competition() -> Result<Competition> {
    let text = std::fs::read_to_string(util::root().join(DATA_FILE))?;
    read_competition(&text).map_err(|problem| format!("{DATA_FILE}: {problem}").into())
}

/// "Winner of A v B" for each tie of the round `feeding`, A and B its teams
/// as the file names them.
fn winner_of_places(competition: &Competition, feeding: &str) -> Vec<String> {
    let name = |id: &Option<String>| {
        competition
            .teams
            .iter()
            .find(|team| Some(&team.id) == id.as_ref())
            .map_or_else(String::new, |team| team.name.clone())
    };
    competition
        .rounds
        .iter()
        .filter(|round| round.id == feeding)
        .flat_map(|round| &round.ties)
        .filter_map(|tie| {
            let [first, second] = tie.teams.as_ref()?;
            Some(format!("Winner of {} v {}", name(first), name(second)))
        })
        .collect()
}

/// The competition at the end of 12 March 2017, and then with IR Tanger 3–0
/// AS Kaloum (18 March) played, which decides that tie: as a host's JSON.
fn before_and_after_one_leg() -> Result<(Value, Value)> {
    let whole = competition()?;
    let before = as_of(&whole, "2017-03-12")?;
    let leg_id = "IR Tanger v AS Kaloum";
    let played = whole
        .rounds
        .iter()
        .flat_map(|round| &round.ties)
        .flat_map(|tie| &tie.legs)
        .find(|leg| leg.id == leg_id)
        .ok_or("no leg IR Tanger v AS Kaloum")?
        .clone();
    let mut after = before.clone();
    let leg = after
        .rounds
        .iter_mut()
        .flat_map(|round| &mut round.ties)
        .flat_map(|tie| &mut tie.legs)
        .find(|leg| leg.id == leg_id)
        .ok_or("no leg IR Tanger v AS Kaloum")?;
    *leg = played;
    fill_decided(&mut after);
    Ok((
        serde_json::to_value(&before)?,
        serde_json::to_value(&after)?,
    ))
}
