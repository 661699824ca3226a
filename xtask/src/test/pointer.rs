//! Real pointer input on the built `index.html` (issue 11), 1400×900, in
//! Chromium or Firefox: W3C Actions with a `pointer` input source, first of
//! `pointerType` mouse, then touch, moved onto a team's name (the element is
//! the move's origin), pressed (button 0) and released.
//!
//! - For AS Kaloum v IR Tanger, Bidvest Wits v Smouha, and Horoya v IR Tanger
//!   once another tie is open, the first press on either team's name opens
//!   the tie, and the page's fragment then names it (its first leg's match
//!   id, spaces as underscores).
//! - With two ties opened by presses, the browser's Back closes the second
//!   and leaves the first open, the fragment naming the first.
//! - Nothing is logged as an error.
//!
//! - Then the live tests of issue 14 (live.rs), in the same session.
//!
//! Each test starts from a fresh load of the page (no fragment). Runs on the
//! bundle the "release bundle" step built, served as it is with the console
//! recorder (console.rs), one browser session for the step.

use std::time::Duration;

use serde_json::{json, Value};

use super::{
    console::{self, errors},
    pages::{check, wait_for_widgets},
    tally::Tally,
    Context, Report,
};
use crate::{
    static_server::StaticServer,
    util::{self, Result},
    webdriver::{Browser, Driver, Pointer, Session},
};

/// The window of the tests.
const DESKTOP: (u32, u32) = (1400, 900);

/// How long a press may take to show in the DOM and the fragment (it takes
/// milliseconds; a lost press costs this much, so it is kept short).
const QUICK: Duration = Duration::from_secs(3);

/// The competition compiled into the bundle, for the ties' match ids.
const DATA_FILE: &str = "data/2017-caf-confederation-cup-qualifying.json";

/// A tie the tests press on, by its teams' names as the card shows them.
#[derive(Clone, Copy)]
struct Tie {
    teams: [&'static str; 2],
}

const KALOUM_TANGER: Tie = Tie {
    teams: ["AS Kaloum", "IR Tanger"],
};
const WITS_SMOUHA: Tie = Tie {
    teams: ["Bidvest Wits", "Smouha"],
};
const HOROYA_TANGER: Tie = Tie {
    teams: ["Horoya", "IR Tanger"],
};

/// The ties of issue 11, each with the tie opened first, if any.
const CASES: [(Tie, Option<Tie>); 3] = [
    (KALOUM_TANGER, None),
    (WITS_SMOUHA, None),
    (HOROYA_TANGER, Some(KALOUM_TANGER)),
];

impl Tie {
    fn name(self) -> String {
        format!("{} v {}", self.teams[0], self.teams[1])
    }
}

/// What every test gets.
pub(super) struct Fixture {
    pub(super) session: Session,
    server: StaticServer,
    /// `index.html`'s address.
    pub(super) url: String,
    /// The competition file, for the fragments.
    data: Value,
}

/// Runs every test in `browser`, each counted as one test, then one more: no console error.
pub fn tests(context: &Context, browser: Browser) -> Result<Report> {
    let data: Value =
        serde_json::from_str(&std::fs::read_to_string(util::root().join(DATA_FILE))?)?;
    let server = console::serve(&context.bundle_dir).start()?;
    let driver = Driver::start(browser, context.driver(browser))?;
    let fixture = Fixture {
        session: driver.session(DESKTOP.0, DESKTOP.1)?,
        url: server.url("/index.html"),
        server,
        data,
    };
    let mut tally = Tally::new("pointer", browser);
    // Issue 11's presses, then issue 14's live tests.
    let mut tests: Vec<(String, Box<PointerTest>)> = Vec::new();
    for (name, test) in tests_of_issue_11() {
        tests.push((name, Box::new(move |fixture| test.run(fixture))));
    }
    for (name, test) in super::live::tests() {
        tests.push((name, Box::new(test)));
    }
    for (name, test) in &tests {
        let result = test(&fixture);
        let log = console::take(&fixture.session, &fixture.server);
        if let Ok(log) = &log {
            tally.console_errors(name, errors(log));
        }
        tally.record(name, result.and(log.map(drop)));
    }
    Ok(tally.finish())
}

/// A test of this step, whatever it is made of.
type PointerTest = dyn Fn(&Fixture) -> Result<()>;

/// One test of issue 11.
#[derive(Clone, Copy)]
enum Test {
    /// The first press with `pointer` on `team`'s name opens `tie` (`after` open first).
    FirstPress {
        pointer: Pointer,
        tie: Tie,
        team: &'static str,
        after: Option<Tie>,
    },
    /// Back after two ties opened with `pointer`.
    Back { pointer: Pointer },
}

impl Test {
    fn run(self, fixture: &Fixture) -> Result<()> {
        match self {
            Test::FirstPress {
                pointer,
                tie,
                team,
                after,
            } => first_press_opens(fixture, pointer, tie, team, after),
            Test::Back { pointer } => back_restores(fixture, pointer),
        }
    }
}

/// The tests, with their names: with a mouse, then with a finger, each team
/// of each tie of [`CASES`], then Back.
fn tests_of_issue_11() -> Vec<(String, Test)> {
    let mut tests = Vec::new();
    for pointer in [Pointer::Mouse, Pointer::Touch] {
        for (tie, after) in CASES {
            for team in tie.teams {
                let name = match after {
                    None => format!(
                        "{pointer}: the first press on {team:?} opens {}, the fragment names it",
                        tie.name()
                    ),
                    Some(other) => format!(
                        "{pointer}: with {} open, the first press on {team:?} opens {}, the fragment names it",
                        other.name(),
                        tie.name()
                    ),
                };
                let test = Test::FirstPress {
                    pointer,
                    tie,
                    team,
                    after,
                };
                tests.push((name, test));
            }
        }
        let name = format!(
            "{pointer}: Back after opening {} then {} (pressing {:?}, {:?}) closes the second, the first stays open and named",
            KALOUM_TANGER.name(),
            WITS_SMOUHA.name(),
            KALOUM_TANGER.teams[1],
            WITS_SMOUHA.teams[1],
        );
        tests.push((name, Test::Back { pointer }));
    }
    tests
}

/// The fragment that names `tie` once open: its first leg's match id, spaces as underscores.
fn fragment(data: &Value, tie: Tie) -> Result<String> {
    let teams = data["teams"].as_array().ok_or("the data has no teams")?;
    let id_of = |name: &str| {
        teams
            .iter()
            .find(|team| team["name"] == name)
            .and_then(|team| team["id"].as_str())
            .ok_or_else(|| format!("no team named {name:?} in {DATA_FILE}"))
    };
    let ids = json!([id_of(tie.teams[0])?, id_of(tie.teams[1])?]);
    let leg = data["rounds"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|round| round["ties"].as_array().into_iter().flatten())
        .find(|candidate| candidate["teams"] == ids)
        .and_then(|found| found["legs"][0]["id"].as_str())
        .ok_or_else(|| format!("no tie {} in {DATA_FILE}", tie.name()))?;
    Ok(format!("#{}", leg.replace(' ', "_")))
}

/// The widget's shadow root and its helpers, at the start of a script;
/// `arguments[0]` and `[1]` are a tie's two team names.
const PRELUDE: &str = "
  const root = document.querySelector('#cup-bracket').shadowRoot;
  const names = (b) => [...b.querySelectorAll('.cb-name-text')].map((n) => n.textContent.trim());
  const tieOf = (a, b) => [...root.querySelectorAll('button.cb-tie')]
    .find((t) => { const n = names(t); return n.length === 2 && n[0] === a && n[1] === b; });
  const stateOf = (t) => {
    const region = t && root.getElementById(t.getAttribute('aria-controls'));
    return t && {
      expanded: t.getAttribute('aria-expanded'),
      shown: !!region && !region.hidden && region.querySelectorAll('.cb-match').length > 0,
      hash: location.hash,
    };
  };
";

/// Runs `body` after [`PRELUDE`] with `args`.
fn run(session: &Session, body: &str, args: Value) -> Result<Value> {
    session.execute(&format!("{PRELUDE}\n{body}"), args)
}

/// Loads the page afresh, with no fragment, and leaves the focus on the body.
pub(super) fn fresh_page(fixture: &Fixture) -> Result<()> {
    let session = &fixture.session;
    session.set_window_size(DESKTOP.0, DESKTOP.1)?;
    session.navigate(&fixture.url)?;
    wait_for_widgets(session, "#cup-bracket", 1)?;
    let facts = run(
        session,
        "if (document.activeElement) document.activeElement.blur();
         return { hash: location.hash,
                  open: [...root.querySelectorAll('button.cb-tie')]
                    .filter((b) => b.getAttribute('aria-expanded') === 'true').length };",
        json!([]),
    )?;
    check(facts["hash"] == "" && facts["open"] == 0, || {
        format!("a fresh load should have no fragment and no tie open: {facts}")
    })
}

/// The state of `tie`: `{ expanded, shown, hash }`.
fn state(session: &Session, tie: Tie) -> Result<Value> {
    run(
        session,
        "return stateOf(tieOf(arguments[0], arguments[1])) || null;",
        json!(tie.teams),
    )
}

/// Waits until `tie` is open (its boxes shown) and the fragment is `hash`;
/// the last state seen otherwise.
fn wait_open(session: &Session, tie: Tie, hash: &str) -> Result<(), Value> {
    let deadline = std::time::Instant::now() + QUICK;
    loop {
        let now = state(session, tie).unwrap_or(Value::Null);
        if now["expanded"] == "true" && now["shown"] == true && now["hash"] == hash {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            return Err(now);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Whether a WebDriver error says an element it was handed is no longer in
/// the document (W3C's "stale element reference").
fn is_stale(error: &util::Error) -> bool {
    // Chromium: "stale element reference"; Firefox: "… is no longer
    // attached to the DOM", "The element with the reference … is stale".
    let text = error.to_string().to_ascii_lowercase();
    text.contains("stale") || text.contains("no longer attached")
}

/// A real press with `pointer` on `team`'s name in `tie`'s card (scrolled
/// into view first); an error unless it opens the tie and the fragment
/// becomes `hash`, which says whether the pressed name was replaced.
///
/// The widget may replace the name's element between the script that finds
/// it and the pointer's move onto it (the pointer resting over the page
/// lights a team, which redraws cards): the move then fails as a stale
/// element, before anything is pressed, and the name is found again.
fn press_opens(
    session: &Session,
    pointer: Pointer,
    tie: Tie,
    team: &str,
    hash: &str,
) -> Result<()> {
    let mut attempts = 0;
    loop {
        attempts += 1;
        let pressed =
            find_name(session, tie, team).and_then(|target| session.press(pointer, &target));
        match pressed {
            Ok(()) => break,
            Err(error) if is_stale(&error) && attempts < 3 => {
                println!("    ({team:?} was redrawn before the {pointer} reached it: found again)");
            }
            Err(error) => return Err(error),
        }
    }
    wait_open(session, tie, hash).map_err(|last| {
        let pressed = run(
            session,
            "const n = window.__xtaskPressed;
             const active = root.activeElement;
             return { stillInDocument: !!n && n.isConnected,
                      focusOnTie: !!active && active === tieOf(arguments[0], arguments[1]) };",
            json!(tie.teams),
        )
        .unwrap_or(Value::Null);
        format!(
            "after the first {pointer} press on {team:?}, {} should be open (aria-expanded \"true\", \
             its match boxes shown) with the fragment {hash}; it is {last}; the pressed name \
             {}; the focus is {}on the tie",
            tie.name(),
            if pressed["stillInDocument"] == true {
                "is still in the document"
            } else {
                "was replaced (no longer in the document), so its click was lost"
            },
            if pressed["focusOnTie"] == true { "" } else { "not " },
        )
        .into()
    })
}

/// `team`'s name in `tie`'s card, scrolled into view, as an element reference.
fn find_name(session: &Session, tie: Tie, team: &str) -> Result<Value> {
    let target = run(
        session,
        "const t = tieOf(arguments[0], arguments[1]);
         if (!t) return null;
         const name = [...t.querySelectorAll('.cb-name-text')]
           .find((n) => n.textContent.trim() === arguments[2]);
         if (!name) return null;
         name.scrollIntoView({ block: 'center', inline: 'center' });
         window.__xtaskPressed = name;
         return name;",
        json!([tie.teams[0], tie.teams[1], team]),
    )?;
    check(!target.is_null(), || {
        format!(
            "no button.cb-tie whose .cb-name-text are {:?}, or no {team:?} in it",
            tie.teams
        )
    })?;
    Ok(target)
}

fn first_press_opens(
    fixture: &Fixture,
    pointer: Pointer,
    tie: Tie,
    team: &str,
    after: Option<Tie>,
) -> Result<()> {
    let session = &fixture.session;
    fresh_page(fixture)?;
    if let Some(other) = after {
        // The other tie opened by the page's own means (a script's click),
        // so that this test is about the press on `tie` alone.
        let clicked = run(
            session,
            "const t = tieOf(arguments[0], arguments[1]); if (t) t.click(); return !!t;",
            json!(other.teams),
        )?;
        check(clicked == true, || {
            format!("no tie {} to open first", other.name())
        })?;
        wait_open(session, other, &fragment(&fixture.data, other)?)
            .map_err(|last| format!("{} did not open on a click: {last}", other.name()))?;
    }
    press_opens(session, pointer, tie, team, &fragment(&fixture.data, tie)?)
}

fn back_restores(fixture: &Fixture, pointer: Pointer) -> Result<()> {
    let session = &fixture.session;
    let (first, second) = (KALOUM_TANGER, WITS_SMOUHA);
    let (first_hash, second_hash) = (
        fragment(&fixture.data, first)?,
        fragment(&fixture.data, second)?,
    );
    fresh_page(fixture)?;
    // Pressed on the names of the teams that went through (IR Tanger,
    // Smouha): this test is about Back; the presses on every name are the
    // tests above.
    press_opens(session, pointer, first, first.teams[1], &first_hash)?;
    press_opens(session, pointer, second, second.teams[1], &second_hash)?;
    session.back()?;
    let deadline = std::time::Instant::now() + QUICK;
    loop {
        let now = json!({
            "first": state(session, first)?,
            "second": state(session, second)?,
        });
        let restored = now["first"]["expanded"] == "true"
            && now["first"]["shown"] == true
            && now["second"]["expanded"] == "false"
            && now["second"]["shown"] == false
            && now["first"]["hash"] == first_hash.as_str();
        if restored {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            return Err(format!(
                "after Back, {} should be closed and {} open, with the fragment {first_hash}: {now}",
                second.name(),
                first.name()
            )
            .into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
