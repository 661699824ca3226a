//! Accessibility and the keyboard, on the built `index.html` in a real browser:
//! axe-core's WCAG 2.1 A and AA rules find no violation (ties closed, a tie
//! open, the dark scheme, a 320 px phone, and the live controls of issue 14:
//! the match-day control, what each needs, the what-if steppers and marks);
//! real key presses move through the match-day control and then the bracket
//! in reading order, with a visible focus ring, and Enter and Space open and
//! close a tie; on a phone the page does not scroll sideways while the
//! bracket's frame does, and the live controls fit and take a finger; and
//! nothing is logged as an error.
//!
//! Runs on the bundle the "release bundle" step built, served as it is (no
//! CSP, so axe-core, read from node_modules, is injected by executing its text;
//! the console recorder of console.rs first in every page), in Chromium or
//! Firefox (webdriver.rs); one browser session for the whole step, each test
//! starting from a fresh load of the page, and one more session, started in
//! the dark scheme, for the dark test.

use std::{cell::RefCell, time::Duration};

use serde_json::{json, Value};

use super::{
    console::{self, errors, LogEntry},
    pages::{check, wait_for_widgets},
    tally::Tally,
    Context, Report,
};
use crate::{
    static_server::StaticServer,
    util::{self, Result},
    webdriver::{keys, Browser, Driver, Pointer, Scheme, Session},
};

/// axe-core's browser build, installed by `npm ci` from package-lock.json.
const AXE_FILE: &str = "node_modules/axe-core/axe.min.js";

/// The window of the desktop tests, and the phone's width.
const DESKTOP: (u32, u32) = (1400, 900);
const PHONE: (u32, u32) = (320, 720);

/// How long a click or a key press may take to show in the DOM.
const QUICK: Duration = Duration::from_secs(5);

/// The tie the brief names, by the start of its button's accessible name.
const KALOUM: &str = "AS Kaloum (Guinea) v IR Tanger";

/// What every test gets: the browser, the page's address, axe-core's source.
struct Fixture<'a> {
    session: Session,
    server: StaticServer,
    url: String,
    axe: String,
    /// The browser, and its driver's program, for a session of another scheme.
    browser: Browser,
    driver: &'a str,
    /// Console errors of the other session (the dark test's), until the test ends.
    other_errors: RefCell<Vec<LogEntry>>,
}

type A11yTest = fn(&Fixture) -> Result<()>;

const TESTS: &[(&str, A11yTest)] = &[
    (
        "axe-core (WCAG 2.1 A, AA) on index.html as loaded, every tie closed",
        axe_as_loaded,
    ),
    (
        "axe-core (WCAG 2.1 A, AA) with AS Kaloum v IR Tanger open",
        axe_with_a_tie_open,
    ),
    (
        "axe-core (WCAG 2.1 A, AA) in the dark scheme, the widget turned dark",
        axe_in_the_dark,
    ),
    ("axe-core (WCAG 2.1 A, AA) 320 px wide", axe_on_a_phone),
    (
        "axe-core (WCAG 2.1 A, AA) on the live controls: as of 12 March, a tie open with what each needs and its what-if, a score tried, the toolbar",
        axe_on_the_live_controls,
    ),
    (
        "axe-core (WCAG 2.1 A, AA) on the live controls 320 px wide",
        axe_on_the_live_controls_on_a_phone,
    ),
    (
        "phone: at 320 px the match-day control and the what-if steppers fit, and work with a finger",
        live_controls_on_a_phone,
    ),
    (
        "axe-core (WCAG 2.1 A, AA) in French and Arabic (index.fr.html, index.ar.html), wide and 320 px, the live controls shown",
        axe_in_french_and_arabic,
    ),
    (
        "keyboard (Arabic): Tab follows the reading order, right to left: each path, each tie after the ties to its right that fed it",
        tab_follows_reading_order_in_arabic,
    ),
    (
        "keyboard: Tab from the body reaches the match-day control, then the first tie, with a visible focus ring",
        tab_reaches_the_first_tie,
    ),
    (
        "keyboard: Enter opens and closes a tie, and so does Space",
        enter_and_space_toggle,
    ),
    (
        "keyboard: Tab follows each path (a tie after the ties that fed it), top to bottom in each column",
        tab_follows_reading_order,
    ),
    (
        "keyboard: Tab goes into an open tie's report links before the next tie",
        tab_enters_an_open_tie,
    ),
    (
        "phone: 320 px wide, the page does not scroll sideways, the bracket frame does",
        phone_scrolls_inside_the_frame,
    ),
];

/// Runs every test in `browser`, each counted as one test, then one more: no console error.
pub fn tests(context: &Context, browser: Browser) -> Result<Report> {
    let axe = std::fs::read_to_string(util::root().join(AXE_FILE)).map_err(|error| {
        format!("cannot read {AXE_FILE} ({error}): `cargo xtask install` runs npm ci")
    })?;
    let server = console::serve(&context.bundle_dir).start()?;
    let driver = Driver::start(browser, context.driver(browser))?;
    let fixture = Fixture {
        session: driver.session(DESKTOP.0, DESKTOP.1)?,
        url: server.url("/index.html"),
        server,
        axe,
        browser,
        driver: context.driver(browser),
        other_errors: RefCell::new(Vec::new()),
    };
    let mut tally = Tally::new("accessibility", browser);
    for (name, test) in TESTS {
        let result = test(&fixture);
        let log = console::take(&fixture.session, &fixture.server);
        if let Ok(log) = &log {
            tally.console_errors(name, errors(log));
        }
        // The dark test's own session's errors too.
        let others = std::mem::take(&mut *fixture.other_errors.borrow_mut());
        tally.console_errors(name, &others);
        tally.record(name, result.and(log.map(drop)));
    }
    Ok(tally.finish())
}

/// Loads the page afresh in the desktop window (the session's scheme is
/// light), waits for the widget, and leaves the focus on the body.
fn fresh_page(fixture: &Fixture) -> Result<()> {
    let session = &fixture.session;
    session.set_window_size(DESKTOP.0, DESKTOP.1)?;
    load(session, &fixture.url)
}

/// Loads `url`, waits for the widget, and leaves the focus on the body.
fn load(session: &Session, url: &str) -> Result<()> {
    session.navigate(url)?;
    wait_for_widgets(session, "#cup-bracket", 1)?;
    session
        .execute(
            "if (document.activeElement) document.activeElement.blur();",
            json!([]),
        )
        .map(drop)
}

/// The widget's shadow root and its helpers, at the start of a script.
const PRELUDE: &str = "
  const host = document.querySelector('#cup-bracket');
  const root = host.shadowRoot;
  // A tie's accessible name comes from its content: the sentence in .cb-tie-name.
  const tieName = (b) => (b && b.querySelector('.cb-tie-name') || {}).textContent || '';
  const kaloum = () => [...root.querySelectorAll('button.cb-tie')]
    .find((b) => tieName(b).startsWith(arguments[0]));
  const focused = () => {
    const outer = document.activeElement;
    const inner = outer === host ? root.activeElement : null;
    const el = inner || outer;
    const style = el ? getComputedStyle(el) : null;
    return el && {
      inWidget: !!inner,
      tag: el.tagName.toLowerCase(),
      id: el.id,
      label: tieName(el) || el.getAttribute('aria-label')
        || (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 80),
      expanded: el.getAttribute('aria-expanded'),
      focusVisible: el.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      outlineColor: style.outlineColor,
    };
  };
  const regionOf = (button) => root.getElementById(button.getAttribute('aria-controls'));
  const state = (button) => {
    const region = regionOf(button);
    return {
      expanded: button.getAttribute('aria-expanded'),
      hidden: !region || region.hidden,
      boxes: region ? region.querySelectorAll('.cb-match').length : 0,
    };
  };
";

/// Runs `body` after [`PRELUDE`].
fn run(session: &Session, body: &str) -> Result<Value> {
    session.execute(&format!("{PRELUDE}\n{body}"), json!([KALOUM]))
}

/// Runs `body` after [`PRELUDE`] until it returns a truthy value.
fn wait(session: &Session, body: &str, timeout: Duration) -> Result<Value> {
    let script = format!("{PRELUDE}\n{body}");
    let deadline = std::time::Instant::now() + timeout;
    loop {
        let value = session.execute(&script, json!([KALOUM]))?;
        if !matches!(value, Value::Null | Value::Bool(false)) {
            return Ok(value);
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("waited {} s in vain for: {body}", timeout.as_secs()).into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// What has the focus now (inside the widget's shadow root when it is there).
fn focused(session: &Session) -> Result<Value> {
    run(session, "return focused();")
}

// ---------- axe-core ----------

/// Runs axe-core on the whole document (open shadow roots included) with the
/// WCAG 2.1 A and AA rules; an error listing every violation.
fn axe_check(fixture: &Fixture, what: &str) -> Result<()> {
    axe_check_in(&fixture.session, &fixture.axe, what)
}

/// [`axe_check`] in `session`, with axe-core's source `axe`.
fn axe_check_in(session: &Session, axe: &str, what: &str) -> Result<()> {
    let loaded = session.execute("return typeof window.axe === 'object';", json!([]))?;
    if loaded != true {
        session.execute(&format!("{axe}\n;return typeof window.axe;"), json!([]))?;
    }
    let results = session.execute(
        "const options = {
           runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
           resultTypes: ['violations'],
           elementRef: true,
         };
         const clip = (text) => text ? text.replace(/\\s+/g, ' ').trim().slice(0, 120) : '';
         const target = (node) => node.target
           .map((part) => Array.isArray(part) ? part.join(' >>> ') : part).join(' | ');
         return axe.run(document, options).then((results) => ({
           violations: results.violations.map((v) => ({
             id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
             count: v.nodes.length,
             nodes: v.nodes.slice(0, 4).map((node) => ({
               target: target(node),
               summary: (node.failureSummary || '').split('\\n').slice(1, 3)
                 .map((line) => line.trim()).join(' / '),
               // What a person sees, and the name a screen reader reads.
               text: clip(node.element && node.element.innerText),
               label: clip(node.element && node.element.getAttribute('aria-label')),
             })),
           })),
           passes: results.passes.length,
           // Proof that axe looked inside the widget: a passing rule on a node
           // in its shadow root.
           inShadow: results.passes.some((rule) =>
             rule.nodes.some((node) => Array.isArray(node.target[0]))),
         }), (error) => ({ error: String(error) }));",
        json!([]),
    )?;
    if let Some(error) = results["error"].as_str() {
        return Err(format!("axe.run failed ({what}): {error}").into());
    }
    let violations = results["violations"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    check(violations.is_empty(), || {
        let mut text = format!("{} axe-core violation(s) {what}:", violations.len());
        for v in &violations {
            text.push_str(&format!(
                "\n      {} ({}): {} [{} node(s)] {}",
                v["id"].as_str().unwrap_or("?"),
                v["impact"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or(""),
                v["count"],
                v["helpUrl"].as_str().unwrap_or(""),
            ));
            for node in v["nodes"].as_array().into_iter().flatten() {
                text.push_str(&format!(
                    "\n        {}  — {}",
                    node["target"].as_str().unwrap_or("?"),
                    node["summary"].as_str().unwrap_or(""),
                ));
                for field in ["text", "label"] {
                    if let Some(value) = node[field].as_str().filter(|v| !v.is_empty()) {
                        text.push_str(&format!("\n          {field}: {value}"));
                    }
                }
            }
        }
        text
    })?;
    check(results["inShadow"] == true, || {
        format!("axe-core checked nothing inside the widget's shadow root ({what}): {results}")
    })?;
    println!(
        "    axe-core {what}: 0 violations, {} rules passed",
        results["passes"]
    );
    Ok(())
}

fn axe_as_loaded(fixture: &Fixture) -> Result<()> {
    fresh_page(fixture)?;
    let open = run(
        &fixture.session,
        "return [...root.querySelectorAll('button.cb-tie')]
           .filter((b) => b.getAttribute('aria-expanded') !== 'false').length;",
    )?;
    check(open == 0, || format!("{open} tie(s) open as loaded"))?;
    axe_check(fixture, "as loaded")
}

/// Clicks the Kaloum tie and waits until its match boxes show.
fn open_kaloum(session: &Session) -> Result<Value> {
    let found = run(session, "const b = kaloum(); if (b) b.click(); return !!b;")?;
    check(found == true, || {
        format!("no button.cb-tie whose accessible name starts with {KALOUM:?}")
    })?;
    wait(
        session,
        "const s = state(kaloum());
         return s.expanded === 'true' && !s.hidden && s.boxes > 0 && s;",
        QUICK,
    )
}

fn axe_with_a_tie_open(fixture: &Fixture) -> Result<()> {
    fresh_page(fixture)?;
    open_kaloum(&fixture.session)?;
    axe_check(fixture, "with AS Kaloum v IR Tanger open")
}

/// The page as of 12 March 2017 with AS Kaloum v IR Tanger open: what each
/// team needs, the what-if steppers of the second leg.
const LIVE_FRAGMENT: &str = "#AS_Kaloum_v_IR_Tanger&day=2017-03-12";

/// Loads the page at [`LIVE_FRAGMENT`] and tries a score (IR Tanger 2–0 in
/// the second leg, which puts them through: clicks on a stepper, as the real
/// presses are the pointer step's): hypothetical ties, and the toolbar's
/// clear control.
fn live_page(session: &Session, url: &str) -> Result<()> {
    // A page of its own (not the same document with a new fragment, which
    // would keep the what-if tried before).
    session.navigate("about:blank")?;
    load(session, &format!("{url}{LIVE_FRAGMENT}"))?;
    // The tie open (named in the page's language), with what each needs.
    wait(
        session,
        "const open = root.querySelector('button.cb-tie[aria-expanded=\"true\"]');
         const s = open && state(open);
         return !!s && s.boxes > 0 && !!regionOf(open).querySelector('.cb-needs');",
        QUICK,
    )
    .map_err(|_| format!("{url}{LIVE_FRAGMENT} should open {KALOUM:?} with what each needs"))?;
    run(
        session,
        "// The host's (IR Tanger's) +: the second stepper button of the what-if.
         const more = root.querySelectorAll('.cb-what-if .cb-step')[1];
         more.click();
         return new Promise((done) => setTimeout(() => { more.click(); done(); }, 50));",
    )?;
    wait(
        session,
        "return !!root.querySelector('.cb-clear-what-ifs')
           && root.querySelectorAll('[data-hypothetical]').length > 1;",
        QUICK,
    )
    .map(drop)
    .map_err(|_| {
        let now = run(
            session,
            "return { goals: [...root.querySelectorAll('.cb-step-goals')].map((g) => g.textContent),
                      marked: root.querySelectorAll('[data-hypothetical]').length,
                      day: root.querySelector('.cb-replay-day')?.textContent, hash: location.hash };",
        )
        .unwrap_or_default();
        format!("a score tried should mark ties as hypothetical and offer to clear it: {now}").into()
    })
}

fn axe_on_the_live_controls(fixture: &Fixture) -> Result<()> {
    fresh_page(fixture)?;
    live_page(&fixture.session, &fixture.url)?;
    axe_check(fixture, "on the live controls")
}

fn axe_on_the_live_controls_on_a_phone(fixture: &Fixture) -> Result<()> {
    let result = phone_page(fixture).and_then(|()| {
        live_page(&fixture.session, &fixture.url)?;
        axe_check(fixture, "on the live controls, 320 px wide")
    });
    fixture.session.set_window_size(DESKTOP.0, DESKTOP.1)?;
    result
}

fn live_controls_on_a_phone(fixture: &Fixture) -> Result<()> {
    let result = phone_page(fixture).and_then(|()| {
        let session = &fixture.session;
        load(session, &format!("{}{LIVE_FRAGMENT}", fixture.url))?;
        // Everything of the controls inside the viewport's width, nothing
        // cut off inside them.
        let fits = wait(
            session,
            "const inside = (el) => { const r = el.getBoundingClientRect();
               return r.left >= 0 && r.right <= innerWidth + 0.5 && r.width > 0; };
             const controls = [...root.querySelectorAll('.cb-replay button, .cb-replay-slider, .cb-replay-day')];
             const what = root.querySelector('.cb-what-if');
             if (!what || controls.length !== 4) return false;
             what.scrollIntoView({ block: 'center', inline: 'center' });
             const steppers = [...what.querySelectorAll('button, output')];
             return {
               controls: controls.every(inside),
               slider: root.querySelector('.cb-replay-slider').getBoundingClientRect().width,
               steppers: steppers.length === 6 && steppers.every(inside),
               overflow: what.scrollWidth <= what.clientWidth,
               page: document.scrollingElement.scrollWidth <= innerWidth,
             };",
            QUICK,
        )?;
        check(
            fits["controls"] == true
                && fits["steppers"] == true
                && fits["overflow"] == true
                && fits["page"] == true
                && fits["slider"].as_f64().unwrap_or(0.0) >= 60.0,
            || format!("at 320 px the live controls should fit the screen: {fits}"),
        )?;
        // A finger tries a score.
        let plus = run(
            session,
            "return root.querySelector('[aria-label=\"IR Tanger: one goal more\"]');",
        )?;
        session.press(Pointer::Touch, &plus)?;
        wait(
            session,
            "return root.querySelector('.cb-step-goals')?.textContent.trim() === '1'
               && !!root.querySelector('.cb-clear-what-ifs');",
            QUICK,
        )
        .map(drop)
        .map_err(|_| "at 320 px a finger on IR Tanger's + should try 1–0".into())
    });
    fixture.session.set_window_size(DESKTOP.0, DESKTOP.1)?;
    result
}

fn axe_in_french_and_arabic(fixture: &Fixture) -> Result<()> {
    let session = &fixture.session;
    let result = (|| {
        for lang in ["fr", "ar"] {
            let url = fixture
                .url
                .replace("index.html", &format!("index.{lang}.html"));
            for (width, height) in [DESKTOP, PHONE] {
                session.set_window_size(width, height)?;
                live_page(session, &url)?;
                axe_check(
                    fixture,
                    &format!("in {lang}, {width} px wide, the live controls"),
                )?;
            }
        }
        Ok(())
    })();
    session.set_window_size(DESKTOP.0, DESKTOP.1)?;
    result
}

fn axe_in_the_dark(fixture: &Fixture) -> Result<()> {
    // A browser started in the dark scheme (webdriver.rs: Firefox's
    // preference, Chromium's flag), beside the light one: its own driver, as
    // geckodriver holds one session at a time.
    let driver = Driver::start(fixture.browser, fixture.driver)?;
    let session = driver.session_in(Scheme::Dark, DESKTOP.0, DESKTOP.1)?;
    let result = (|| {
        load(&session, &fixture.url)?;
        let dark = session.execute(
            "return matchMedia('(prefers-color-scheme: dark)').matches;",
            json!([]),
        )?;
        check(dark == true, || {
            format!(
                "a {} session started dark should match prefers-color-scheme: dark",
                fixture.browser
            )
        })?;
        // The widget follows the scheme: its background's luminance drops.
        let background = wait(
            &session,
            "const color = getComputedStyle(root.querySelector('.cb-root')).backgroundColor;
             const [r, g, b] = color.match(/[\\d.]+/g).map(Number);
             const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
             return luminance < 0.25 && { color, luminance };",
            QUICK,
        )
        .map_err(|_| {
            let color = run(
                &session,
                "return getComputedStyle(root.querySelector('.cb-root')).backgroundColor;",
            )
            .map(|c| c.to_string())
            .unwrap_or_default();
            format!("the widget stayed light in the dark scheme: .cb-root's background is {color}")
        })?;
        println!(
            "    dark scheme: .cb-root's background is {}",
            background["color"]
        );
        axe_check_in(&session, &fixture.axe, "in the dark scheme, ties closed")?;
        open_kaloum(&session)?;
        axe_check_in(
            &session,
            &fixture.axe,
            "in the dark scheme, AS Kaloum v IR Tanger open",
        )?;
        // Every language, wide and 320 px, the live controls shown.
        for page in ["index.html", "index.fr.html", "index.ar.html"] {
            let url = fixture.url.replace("index.html", page);
            for (width, height) in [DESKTOP, PHONE] {
                session.set_window_size(width, height)?;
                live_page(&session, &url)?;
                axe_check_in(
                    &session,
                    &fixture.axe,
                    &format!("in the dark scheme, {page}, {width} px wide, the live controls"),
                )?;
            }
        }
        Ok(())
    })();
    let log = console::take(&session, &fixture.server)?;
    fixture
        .other_errors
        .borrow_mut()
        .extend(errors(&log).into_iter().cloned());
    result
}

/// Narrows the window to a phone's width and reloads; checks the page sees it.
fn phone_page(fixture: &Fixture) -> Result<()> {
    fresh_page(fixture)?;
    let session = &fixture.session;
    session.set_window_size(PHONE.0, PHONE.1)?;
    session.navigate(&fixture.url)?;
    wait_for_widgets(session, "#cup-bracket", 1)?;
    let width = session.execute("return window.innerWidth;", json!([]))?;
    check(width == PHONE.0, || {
        format!(
            "the viewport should be {} px wide, it is {width} px",
            PHONE.0
        )
    })
}

fn axe_on_a_phone(fixture: &Fixture) -> Result<()> {
    let result = phone_page(fixture).and_then(|()| axe_check(fixture, "320 px wide"));
    fixture.session.set_window_size(DESKTOP.0, DESKTOP.1)?;
    result
}

fn phone_scrolls_inside_the_frame(fixture: &Fixture) -> Result<()> {
    let result = phone_page(fixture).and_then(|()| {
        let facts = run(
            &fixture.session,
            "const frame = root.querySelector('.cb-frame');
             return {
               innerWidth, page: document.scrollingElement.scrollWidth,
               frame: frame && { scrollWidth: frame.scrollWidth, clientWidth: frame.clientWidth,
                                 overflowX: getComputedStyle(frame).overflowX },
             };",
        )?;
        check(
            facts["page"].as_f64().unwrap_or(f64::INFINITY)
                <= facts["innerWidth"].as_f64().unwrap_or(0.0),
            || format!("the page scrolls sideways at 320 px (scrollWidth > innerWidth): {facts}"),
        )?;
        check(
            facts["frame"]["scrollWidth"].as_f64().unwrap_or(0.0)
                > facts["frame"]["clientWidth"]
                    .as_f64()
                    .unwrap_or(f64::INFINITY),
            || format!("the bracket's .cb-frame should scroll sideways at 320 px: {facts}"),
        )
    });
    fixture.session.set_window_size(DESKTOP.0, DESKTOP.1)?;
    result
}

// ---------- the keyboard ----------

/// An error unless the focus is on a tie button of the widget whose label is `label`.
fn expect_focus_on(now: &Value, label: &str, after: &str) -> Result<()> {
    check(
        now["inWidget"] == true && now["tag"] == "button" && now["label"] == label,
        || format!("{after}, the focus should be on the tie {label:?}; it is on {now}"),
    )
}

/// From the body, Tab through the page's three language links, then the
/// match-day control above the bracket (its "match day before" button and
/// its slider; "after" is disabled on the whole record); an error unless
/// they take the focus in that order, with a ring.
fn tab_through_the_toolbar(session: &Session) -> Result<()> {
    for link in ["index.html", "index.fr.html", "index.ar.html"] {
        session.press_key(keys::TAB)?;
        let now = focused(session)?;
        let href = session.execute(
            "return document.activeElement.getAttribute('href');",
            json!([]),
        )?;
        check(
            now["inWidget"] == false && now["tag"] == "a" && href == link,
            || format!("Tab should reach the page's language link {link}: {now}"),
        )?;
    }
    for (what, expected) in [
        ("the match day before", "button"),
        ("the match-day slider", "input"),
    ] {
        session.press_key(keys::TAB)?;
        let now = focused(session)?;
        check(
            now["inWidget"] == true && now["tag"] == expected && now["focusVisible"] == true,
            || format!("Tab should reach {what} (a focused {expected}): {now}"),
        )?;
        check(now["outlineStyle"] != "none", || {
            format!("{what} should show a focus ring: {now}")
        })?;
    }
    Ok(())
}

fn tab_reaches_the_first_tie(fixture: &Fixture) -> Result<()> {
    fresh_page(fixture)?;
    let session = &fixture.session;
    let start = session.execute(
        "return document.activeElement === document.body;",
        json!([]),
    )?;
    check(start == true, || {
        "the focus should start on the body".into()
    })?;
    let first = run(
        session,
        "return tieName(root.querySelector('button.cb-tie'));",
    )?;
    tab_through_the_toolbar(session)?;
    session.press_key(keys::TAB)?;
    let now = focused(session)?;
    expect_focus_on(&now, first.as_str().unwrap_or(""), "after the toolbar")?;
    let width = now["outlineWidth"]
        .as_str()
        .and_then(|w| w.strip_suffix("px"))
        .and_then(|w| w.parse::<f64>().ok())
        .unwrap_or(0.0);
    check(
        now["focusVisible"] == true && now["outlineStyle"] != "none" && width > 0.0,
        || format!("the focused tie should show a focus ring (:focus-visible, an outline): {now}"),
    )
}

fn enter_and_space_toggle(fixture: &Fixture) -> Result<()> {
    fresh_page(fixture)?;
    let session = &fixture.session;
    tab_through_the_toolbar(session)?;
    session.press_key(keys::TAB)?;
    let first = focused(session)?;
    check(first["tag"] == "button", || {
        format!("Tab should reach a tie button: {first}")
    })?;
    let steps = [
        (keys::ENTER, "Enter", true),
        (keys::ENTER, "Enter again", false),
        (keys::SPACE, "Space", true),
        (keys::SPACE, "Space again", false),
    ];
    for (key, name, open) in steps {
        session.press_key(key)?;
        let condition = if open {
            "s.expanded === 'true' && !s.hidden && s.boxes > 0"
        } else {
            "s.expanded === 'false' && s.hidden"
        };
        let script = format!(
            "const b = root.activeElement;
             const s = b && b.matches('button.cb-tie') ? state(b) : null;
             return !!s && {condition};"
        );
        wait(session, &script, QUICK).map_err(|_| {
            let now = run(
                session,
                "const b = root.activeElement;
                 return b && b.matches('button.cb-tie') ? state(b) : focused();",
            )
            .map(|v| v.to_string())
            .unwrap_or_default();
            let want = if open {
                "open it (aria-expanded \"true\", match boxes shown)"
            } else {
                "close it (aria-expanded \"false\", region hidden)"
            };
            format!("{name} on the focused tie should {want}; now: {now}")
        })?;
        let now = focused(session)?;
        expect_focus_on(
            &now,
            first["label"].as_str().unwrap_or(""),
            &format!("after {name}"),
        )?;
    }
    Ok(())
}

fn tab_follows_reading_order(fixture: &Fixture) -> Result<()> {
    fresh_page(fixture)?;
    tab_follows_reading_order_on(&fixture.session, false)
}

fn tab_follows_reading_order_in_arabic(fixture: &Fixture) -> Result<()> {
    let session = &fixture.session;
    session.set_window_size(DESKTOP.0, DESKTOP.1)?;
    load(session, &fixture.url.replace("index.html", "index.ar.html"))?;
    tab_follows_reading_order_on(session, true)
}

/// Tab, from the body, through the match-day control and then the first ten
/// ties in DOM order, which is the reading order: in each column top to
/// bottom, each tie after every tie that fed it, its feeders before it in
/// the direction of reading (to its left, or right to left to its right).
fn tab_follows_reading_order_on(session: &Session, rtl: bool) -> Result<()> {
    let order = session.execute(
        &format!(
            "{PRELUDE}
             const rtl = arguments[1];
             const buttons = [...root.querySelectorAll('button.cb-tie')];
             const boxes = buttons.map((b) => b.getBoundingClientRect());
             const columnsDown = boxes.every((box, i) => boxes.slice(0, i).every((before) =>
               Math.abs(before.left - box.left) > 2 || before.top < box.top));
             const afterFeeders = buttons.every((b, i) => {{
               const feeders = b.parentElement.querySelector(':scope > .cb-feeders');
               return !feeders || [...feeders.querySelectorAll(':scope > .cb-node > button.cb-tie')]
                 .every((f) => {{
                   const fed = boxes[i], feeder = f.getBoundingClientRect();
                   const before = rtl ? feeder.left > fed.right : feeder.right < fed.left;
                   return buttons.indexOf(f) < i && before;
                 }});
             }});
             return {{ labels: buttons.slice(0, 10).map(tieName), columnsDown, afterFeeders,
                       dir: root.querySelector('.cb-root').getAttribute('dir') }};"
        ),
        json!([KALOUM, rtl]),
    )?;
    check(order["dir"] == if rtl { "rtl" } else { "ltr" }, || {
        format!("the widget's direction: {order}")
    })?;
    check(order["columnsDown"] == true, || {
        "in a column, the ties are not drawn top to bottom in their DOM order".into()
    })?;
    check(order["afterFeeders"] == true, || {
        "a tie comes before a tie that fed it in the DOM order".into()
    })?;
    let labels: Vec<String> = order["labels"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|label| label.as_str().map(String::from))
        .collect();
    check(labels.len() == 10, || {
        format!("the bracket should hold tie buttons: {order}")
    })?;
    // Past the match-day control, through the first paths: two preliminary
    // ties, the first-round tie they fed, the play-off tie that one fed,
    // then the next path.
    tab_through_the_toolbar(session)?;
    for (index, label) in labels.iter().enumerate() {
        session.press_key(keys::TAB)?;
        let now = focused(session)?;
        expect_focus_on(
            &now,
            label,
            &format!("after {} Tab(s) past the toolbar", index + 1),
        )?;
    }
    Ok(())
}

fn tab_enters_an_open_tie(fixture: &Fixture) -> Result<()> {
    fresh_page(fixture)?;
    let session = &fixture.session;
    // The focus goes to the tie by script, the opening is a real Enter.
    let tie = run(session, "const b = kaloum(); b.focus(); return focused();")?;
    check(
        tie["label"].as_str().is_some_and(|l| l.starts_with(KALOUM)),
        || format!("could not focus the tie {KALOUM:?}: {tie}"),
    )?;
    session.press_key(keys::ENTER)?;
    wait(
        session,
        "const s = state(kaloum()); return s.expanded === 'true' && s.boxes > 0;",
        QUICK,
    )
    .map_err(|_| format!("Enter did not open {KALOUM:?}"))?;
    // What should follow: the region's links, then the next tie in the DOM.
    let expected = run(
        session,
        "const b = kaloum();
         const links = [...regionOf(b).querySelectorAll('a[href]')]
           .map((a) => (a.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 80));
         const ties = [...root.querySelectorAll('button.cb-tie')];
         const next = ties[ties.indexOf(b) + 1];
         return { links, next: next && tieName(next) };",
    )?;
    let links: Vec<&str> = expected["links"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    check(!links.is_empty(), || {
        format!("the open tie {KALOUM:?} should hold report links: {expected}")
    })?;
    for (index, link) in links.iter().enumerate() {
        session.press_key(keys::TAB)?;
        let now = focused(session)?;
        check(
            now["inWidget"] == true && now["tag"] == "a" && now["label"] == *link,
            || {
                format!(
                    "Tab {} after opening the tie should reach its report link {link:?}; the focus is on {now}",
                    index + 1
                )
            },
        )?;
        check(
            now["focusVisible"] == true && now["outlineStyle"] != "none",
            || format!("the focused report link should show a focus ring: {now}"),
        )?;
    }
    session.press_key(keys::TAB)?;
    let now = focused(session)?;
    let next = expected["next"].as_str().unwrap_or("");
    expect_focus_on(&now, next, "after the open tie's report links")
}
