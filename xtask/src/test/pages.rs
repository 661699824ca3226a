//! The built pages in a real browser: `dist/embed.html` and `dist/index.html`
//! served with a strict Content-Security-Policy raise no violation and draw
//! their widgets; without WebAssembly (removed, or blocked by the CSP) they show
//! the build-time list of ties and no uncaught error.
//!
//! Runs on the bundle the "release bundle" step built, in one browser session
//! (Chromium or Firefox, through webdriver.rs), each test on its own static
//! server (static_server.rs: a new origin, the CSP header, the console
//! recorder of console.rs first in every page).

use std::{path::Path, time::Duration};

use serde_json::{json, Value};

use super::{
    console::{self, errors, shown, uncaught, violations, LogEntry},
    Context, Report,
};
use crate::{
    util::{self, Result},
    webdriver::{keys, Browser, Driver, Session},
};

/// The policy of the issue: no inline script or style, no eval, wasm allowed.
pub const STRICT_CSP: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// The same without 'wasm-unsafe-eval': the browser refuses to compile the wasm.
const NO_WASM_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'";

/// How long a page may take to draw on a busy machine.
pub(super) const PATIENCE: Duration = Duration::from_secs(60);

/// The competition compiled into the bundle, to count its ties.
const DATA_FILE: &str = "data/2017-caf-confederation-cup-qualifying.json";

/// What every page test gets.
struct Fixture<'a> {
    bundle: &'a Path,
    session: Session,
    browser: Browser,
}

type PageTest = fn(&Fixture) -> Result<()>;

const TESTS: &[(&str, PageTest)] = &[
    (
        "the pages hold no inline script or style and only relative urls",
        no_inline_script_or_style,
    ),
    (
        "embed.html under the strict CSP: its widgets, the match day fed through update(), zero violations",
        embed_under_strict_csp,
    ),
    (
        "index.html under the strict CSP: the bracket, a tie opened with Enter, zero violations",
        index_under_strict_csp,
    ),
    (
        "index.fr.html and index.ar.html under the strict CSP: drawn in their language at build time, hydrated, the language links",
        language_pages,
    ),
    (
        "index.html without WebAssembly: the bracket as built, every result, the note, no uncaught error",
        index_without_webassembly,
    ),
    (
        "embed.html with wasm blocked by the CSP: the four widgets as built, their notes, no uncaught error",
        embed_with_wasm_blocked,
    ),
    (
        "README's embedding snippets, pasted in a page, draw as they say; embed.html shows them",
        readme_snippets,
    ),
];

/// Runs every page test in `browser`, each counted as one test.
pub fn tests(context: &Context, browser: Browser) -> Result<Report> {
    let driver = Driver::start(browser, context.driver(browser))?;
    // One browser for the step; each test loads its pages from a server of
    // its own, so no test sees another's console, storage or cache.
    let fixture = Fixture {
        bundle: &context.bundle_dir,
        session: driver.session(1400, 900)?,
        browser,
    };
    let mut report = Report::default();
    let mut failures = Vec::new();
    for (name, test) in TESTS {
        match test(&fixture) {
            Ok(()) => {
                println!("test pages ({browser})::{name} ... ok");
                report.passed += 1;
            }
            Err(error) => {
                println!("test pages ({browser})::{name} ... FAILED\n    {error}");
                report.failed += 1;
                failures.push(format!("{name}: {error}"));
            }
        }
    }
    println!(
        "pages ({browser}): {} passed; {} failed",
        report.passed, report.failed
    );
    if !failures.is_empty() {
        report.failure = Some(format!("in {browser}: {}", failures.join("; ")));
    }
    Ok(report)
}

/// An error with `message` unless `condition` holds.
pub(super) fn check(condition: bool, message: impl FnOnce() -> String) -> Result<()> {
    if condition {
        Ok(())
    } else {
        Err(message().into())
    }
}

fn no_inline_script_or_style(fixture: &Fixture) -> Result<()> {
    for page in ["index.html", "embed.html"] {
        let html = std::fs::read_to_string(fixture.bundle.join(page))?;
        let lower = html.to_ascii_lowercase();
        for (index, _) in lower.match_indices("<script") {
            let tag = &lower[index
                ..lower[index..]
                    .find('>')
                    .map_or(lower.len(), |end| index + end)];
            check(tag.contains(" src="), || {
                format!("{page} has an inline script: {tag}>")
            })?;
        }
        check(!lower.contains("<style"), || {
            format!("{page} has a <style> element")
        })?;
        check(!lower.contains(" style="), || {
            format!("{page} has a style attribute")
        })?;
        for absolute in [" src=\"/", " href=\"/"] {
            check(!lower.contains(absolute), || {
                format!(
                    "{page} links by an absolute path ({absolute}…): dist must work from any path"
                )
            })?;
        }
        check(
            html.contains("<template shadowrootmode=\"open\">") && html.contains("data-cb-key="),
            || format!("{page} lacks the bracket drawn at build time"),
        )?;
    }
    Ok(())
}

/// Waits until each host in `selector` holds a drawn widget whose stylesheet has loaded.
pub(super) fn wait_for_widgets(session: &Session, selector: &str, count: usize) -> Result<()> {
    let script = format!(
        "const hosts = [...document.querySelectorAll({selector:?})];
         return hosts.length === {count} && hosts.every((host) => {{
           const root = host.shadowRoot;
           const link = root && root.querySelector('link[rel=stylesheet]');
           return !!(root && root.querySelector('.cb-host[data-live] button.cb-tie') && link && link.sheet);
         }});"
    );
    session.wait_for(&script, PATIENCE).map(drop)
}

fn embed_under_strict_csp(fixture: &Fixture) -> Result<()> {
    let server = console::serve(fixture.bundle)
        .header("Content-Security-Policy", STRICT_CSP)
        .start()?;
    let session = &fixture.session;
    session.navigate(&server.url("/embed.html"))?;
    wait_for_widgets(session, "#bracket-full, #bracket-preliminary", 2)?;
    let facts = session.execute(
        "const [full, preliminary] = ['#bracket-full', '#bracket-preliminary']
           .map((id) => document.querySelector(id).shadowRoot);
         const headings = (root) => [...root.querySelectorAll('h2')].map((h) => h.textContent);
         const kaloum = [...full.querySelectorAll('button.cb-tie')]
           .find((b) => b.querySelector('.cb-tie-name').textContent.startsWith('AS Kaloum'));
         const tie = preliminary.querySelector('button.cb-tie');
         const size = getComputedStyle(tie).fontSize;
         tie.click();
         return {
           full: headings(full), preliminary: headings(preliminary),
           kaloumOpen: kaloum.getAttribute('aria-expanded'),
           theme: preliminary.querySelector('.cb-root').dataset.theme,
           size, hostButton: (() => {
             const b = document.createElement('button'); document.body.append(b);
             const s = getComputedStyle(b).fontSize; b.remove(); return s; })(),
           notesHidden: [full, preliminary].every((root) => root.querySelector('.cb-static-note').hidden),
         };",
        json!([]),
    )?;
    check(facts["preliminary"] == json!(["Preliminary round"]), || {
        format!("the second widget should show the preliminary round only: {facts}")
    })?;
    check(
        facts["full"].as_array().is_some_and(|h| h.len() == 4),
        || format!("the first widget should show every round: {facts}"),
    )?;
    check(facts["kaloumOpen"] == "true", || {
        format!("`open` should start IR Tanger v AS Kaloum open: {facts}")
    })?;
    check(facts["theme"] == "dark", || {
        format!("the second widget is dark: {facts}")
    })?;
    check(
        facts["hostButton"] == "40px" && facts["size"] != "40px",
        || format!("the host's button rule must stay out of the widgets: {facts}"),
    )?;
    check(facts["notesHidden"] == true, || {
        format!("the no-wasm note must stay hidden: {facts}")
    })?;
    // The match day: the page's own copy of the data (fetched, allowed by
    // default-src 'self'), two results fed in; the first decides a tie.
    wait_for_widgets(session, "#bracket-match-day", 1)?;
    let fed = session.execute(
        "const next = document.querySelector('#match-day-next');
         next.click(); next.click();
         const root = document.querySelector('#bracket-match-day').shadowRoot;
         return [...root.querySelectorAll('.cb-head h2')].map((h) => h.textContent);",
        json!([]),
    )?;
    check(fed == json!(["Play-off round", "Group stage"]), || {
        format!("the match-day widget shows the play-off round and who qualified: {fed}")
    })?;
    let log_lines = session.wait_for(
        "const status = document.querySelector('#match-day-status').textContent;
         const log = [...document.querySelectorAll('#match-day-log li')].map((li) => li.textContent);
         return status.includes('(2 of 17)') && log.length === 2 && log;",
        PATIENCE,
    )?;
    check(
        log_lines[0]
            .as_str()
            .is_some_and(|line| line.ends_with("on aggregate.") || line.contains("won")),
        || format!("each tie the update decides is announced (tie-decided): {log_lines}"),
    )?;
    // The click above reaches the page as a tie-toggle event.
    let line = session.wait_for(
        "const text = document.querySelector('#last-toggle').textContent;
         return text.startsWith('Opened: ') && text;",
        PATIENCE,
    )?;
    check(
        line.as_str()
            .is_some_and(|text| text.contains("aggregate") || text.contains("won")),
        || format!("the event's summary should show on the page: {line}"),
    )?;
    let log = console::take(session, &server)?;
    check(violations(&log).is_empty(), || {
        format!("CSP violations:\n      {}", shown(&violations(&log)))
    })?;
    check(errors(&log).is_empty(), || {
        format!("errors in the console:\n      {}", shown(&errors(&log)))
    })?;
    save_screenshot(fixture, "embed.png")
}

/// Keeps a picture of the page beside the bundle, for a person to look at:
/// `target/xtask/screenshots/<browser>-<name>`.
fn save_screenshot(fixture: &Fixture, name: &str) -> Result<()> {
    let png = fixture.session.screenshot()?;
    let dir = fixture.bundle.with_file_name("screenshots");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{}-{name}", fixture.browser));
    std::fs::write(&path, png)?;
    println!("    (screenshot: {})", path.display());
    Ok(())
}

fn index_under_strict_csp(fixture: &Fixture) -> Result<()> {
    let server = console::serve(fixture.bundle)
        .header("Content-Security-Policy", STRICT_CSP)
        .start()?;
    let session = &fixture.session;
    session.navigate(&server.url("/index.html"))?;
    wait_for_widgets(session, "#cup-bracket", 1)?;
    let hydrated = session.execute(
        "const root = document.querySelector('#cup-bracket').shadowRoot;
         return root.querySelectorAll('.cb-host').length === 1
           && !!root.querySelector('.cb-host[data-cb-key]');",
        json!([]),
    )?;
    check(hydrated == true, || {
        "the widget should take over the markup drawn at build time, not draw its own".into()
    })?;
    first_paint_waits_for_the_bracket(session, "index.html")?;
    let log = console::take(session, &server)?;
    check(violations(&log).is_empty(), || {
        format!("CSP violations:\n      {}", shown(&violations(&log)))
    })?;
    check(errors(&log).is_empty(), || {
        format!("errors in the console:\n      {}", shown(&errors(&log)))
    })?;
    // AS Kaloum v IR Tanger opened as a person with a keyboard would (the
    // focus ring shows in the picture): its lines, boxes and styles under the
    // policy too.
    let focused = session.execute(
        "const root = document.querySelector('#cup-bracket').shadowRoot;
         const tie = [...root.querySelectorAll('button.cb-tie')].find((b) =>
           [...b.querySelectorAll('.cb-name-text')].map((n) => n.textContent.trim()).join(' v ')
             === 'AS Kaloum v IR Tanger');
         if (!tie) return false;
         tie.focus();
         tie.scrollIntoView({ block: 'center', inline: 'center' });
         return root.activeElement === tie;",
        json!([]),
    )?;
    check(focused == true, || {
        "cannot focus the tie AS Kaloum v IR Tanger".into()
    })?;
    session.press_key(keys::ENTER)?;
    session
        .wait_for(
            "const root = document.querySelector('#cup-bracket').shadowRoot;
             const tie = root.activeElement;
             const region = tie && root.getElementById(tie.getAttribute('aria-controls'));
             return !!(tie && tie.getAttribute('aria-expanded') === 'true' && region
               && !region.hidden && region.querySelector('.cb-match'));",
            PATIENCE,
        )
        .map_err(|_| "Enter on AS Kaloum v IR Tanger did not open it")?;
    let log = console::take(session, &server)?;
    check(violations(&log).is_empty(), || {
        format!(
            "CSP violations once the tie opened:\n      {}",
            shown(&violations(&log))
        )
    })?;
    check(errors(&log).is_empty(), || {
        format!(
            "errors in the console once the tie opened:\n      {}",
            shown(&errors(&log))
        )
    })?;
    save_screenshot(fixture, "index-kaloum-open.png")
}

fn language_pages(fixture: &Fixture) -> Result<()> {
    let server = console::serve(fixture.bundle)
        .header("Content-Security-Policy", STRICT_CSP)
        .start()?;
    let session = &fixture.session;
    let text = std::fs::read_to_string(util::root().join(DATA_FILE))?;
    let data: Value = serde_json::from_str(&text)?;
    for (lang, dir) in [("fr", "ltr"), ("ar", "rtl")] {
        let page = format!("index.{lang}.html");
        session.navigate(&server.url(&format!("/{page}")))?;
        wait_for_widgets(session, "#cup-bracket", 1)?;
        let facts = session.execute(
            "const root = document.querySelector('#cup-bracket').shadowRoot;
             const widget = root.querySelector('.cb-root');
             return {
               html: [document.documentElement.lang, document.documentElement.dir || 'ltr'],
               widget: [widget.getAttribute('lang'), widget.getAttribute('dir')],
               hydrated: root.querySelectorAll('.cb-host').length === 1
                 && !!root.querySelector('.cb-host[data-cb-key][data-live]'),
               title: root.querySelector('.cb-title').textContent,
               heading: root.querySelector('.cb-head h2').textContent,
               current: [...document.querySelectorAll('.page-langs [aria-current=page]')]
                 .map((a) => a.getAttribute('hreflang')),
               links: [...document.querySelectorAll('.page-langs a')].map((a) => a.getAttribute('href')),
             };",
            json!([]),
        )?;
        let expected = json!({
            "html": [lang, dir],
            "widget": [lang, dir],
            "hydrated": true,
            "title": data["competition"]["names"][lang],
            "heading": data["rounds"][0]["names"][lang],
            "current": [lang],
            "links": ["index.html", "index.fr.html", "index.ar.html"],
        });
        check(facts == expected, || {
            format!("{page}: expected {expected}, found {facts}")
        })?;
        first_paint_waits_for_the_bracket(session, &page)?;
        let log = console::take(session, &server)?;
        check(
            violations(&log).is_empty() && errors(&log).is_empty(),
            || {
                format!(
                    "{page}: CSP violations or errors:\n      {}",
                    shown(&log.iter().collect::<Vec<_>>())
                )
            },
        )?;
        save_screenshot(fixture, &format!("index-{lang}.png"))?;
    }
    Ok(())
}

/// The loaded `page` holds its first paint back (a render-blocking
/// `<link rel=expect>`) until the parser has passed the whole bracket:
/// Chromium waits for the start tag of the element named, so that element
/// must come after `#cup-bracket`, not be it or inside it.
fn first_paint_waits_for_the_bracket(session: &Session, page: &str) -> Result<()> {
    let found = session.execute(
        "const links = [...document.head.querySelectorAll('link[rel=expect][blocking~=render]')];
         const bracket = document.getElementById('cup-bracket');
         return links.map((link) => {
           const target = document.getElementById(decodeURIComponent(new URL(link.href).hash.slice(1)));
           return !!target && !bracket.contains(target)
             && !!(bracket.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
         });",
        json!([]),
    )?;
    check(found == json!([true]), || {
        format!(
            "{page}: expected one render-blocking <link rel=expect> naming an element after \
             #cup-bracket, found {found}"
        )
    })
}

/// Ties and byes in the compiled-in data.
fn ties_in_data() -> Result<usize> {
    let text = std::fs::read_to_string(util::root().join(DATA_FILE))?;
    let data: Value = serde_json::from_str(&text)?;
    let rounds = data["rounds"].as_array().ok_or("the data has no rounds")?;
    Ok(rounds
        .iter()
        .map(|round| round["ties"].as_array().map_or(0, Vec::len))
        .sum())
}

/// The page's state once the loader gave up: the notes (one in each widget,
/// in its language), and the widgets as the build drew them (never taken
/// over), each card with its sentence.
const STATIC_FACTS: &str = "
  const roots = [...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean);
  const notes = roots.flatMap((root) => [...root.querySelectorAll('.cb-static-note')]);
  if (notes.length === 0 || notes.some((note) => note.hidden)) return false;
  const cards = roots.flatMap((root) => [...root.querySelectorAll('.cb-tie, .cb-bye')]);
  const sentence = (card) => (card.querySelector('.cb-tie-name') || {}).textContent
    || card.getAttribute('aria-label') || '';
  return {
    notes: notes.length,
    visible: notes.every((note) => note.getClientRects().length > 0),
    shadowRoots: roots.length,
    live: roots.filter((root) => root.querySelector('.cb-host[data-live]')).length,
    cards: cards.length,
    sentences: cards.filter((card) => /\\.$/.test(sentence(card).trim())).length,
    painted: cards.filter((card) => card.getClientRects().length > 0).length,
    first: cards.length ? sentence(cards[0]) : '',
  };";

fn index_without_webassembly(fixture: &Fixture) -> Result<()> {
    // A test copy of index.html whose first script removes WebAssembly; an
    // external classic script, so the strict CSP still allows it.
    let index = std::fs::read_to_string(fixture.bundle.join("index.html"))?;
    let copy = index.replacen("<head>", "<head><script src=\"./no-wasm.js\"></script>", 1);
    let server = console::serve(fixture.bundle)
        .header("Content-Security-Policy", STRICT_CSP)
        .file("/index-no-wasm.html", copy)
        .file("/no-wasm.js", "delete window.WebAssembly;\n")
        .start()?;
    let session = &fixture.session;
    session.navigate(&server.url("/index-no-wasm.html"))?;
    let facts = session.wait_for(STATIC_FACTS, PATIENCE)?;
    let ties = ties_in_data()?;
    check(
        facts["cards"] == json!(ties)
            && facts["sentences"] == json!(ties)
            && facts["painted"] == json!(ties),
        || {
            format!("the bracket drawn at build time should show every one of the {ties} ties with its sentence: {facts}")
        },
    )?;
    check(
        facts["visible"] == true && facts["shadowRoots"] == 1 && facts["live"] == 0,
        || format!("the note shows, and the bracket stays as built: {facts}"),
    )?;
    let log = console::take(session, &server)?;
    check(errors(&log).is_empty(), || {
        format!("errors in the console:\n      {}", shown(&errors(&log)))
    })?;
    let warned = log
        .iter()
        .filter(|entry| {
            entry.level == "warn"
                && entry
                    .message
                    .contains("cup-bracket: the interactive bracket cannot start")
        })
        .count();
    check(warned == 1, || {
        format!("one warning expected, {warned} found")
    })
}

fn embed_with_wasm_blocked(fixture: &Fixture) -> Result<()> {
    let server = console::serve(fixture.bundle)
        .header("Content-Security-Policy", NO_WASM_CSP)
        .start()?;
    let session = &fixture.session;
    session.navigate(&server.url("/embed.html"))?;
    let facts = session.wait_for(STATIC_FACTS, PATIENCE)?;
    check(
        facts["shadowRoots"] == 4 && facts["live"] == 0 && facts["visible"] == true,
        || format!("the four widgets should stay as built, and their notes show: {facts}"),
    )?;
    check(
        facts["first"]
            .as_str()
            .is_some_and(|text| text.contains(" v ")),
        || format!("the cards should read as ties: {facts}"),
    )?;
    let log = console::take(session, &server)?;
    // The blocked wasm is a violation: proof that the recorder sees them at all.
    check(!violations(&log).is_empty(), || {
        format!(
            "the CSP's refusal of the wasm should be recorded (a securitypolicyviolation event); the log:\n      {}",
            shown(&log.iter().collect::<Vec<_>>())
        )
    })?;
    check(uncaught(&log).is_empty(), || {
        format!("uncaught errors:\n      {}", shown(&uncaught(&log)))
    })
}

/// The host-page snippets of README.md's "Embedding" section (its ```html blocks).
fn readme_snippets_text() -> Result<Vec<String>> {
    let readme = std::fs::read_to_string(util::root().join("README.md"))?;
    let section = readme
        .split("\n## Embedding\n")
        .nth(1)
        .ok_or("README.md has no \"## Embedding\" section")?;
    let section = section.split("\n## ").next().unwrap_or(section);
    Ok(section
        .split("```html\n")
        .skip(1)
        .filter_map(|block| block.split("\n```").next())
        .map(str::to_string)
        .collect())
}

/// The `<pre><code>` blocks of a page, as text.
fn code_blocks(html: &str) -> Vec<String> {
    html.split("<pre><code>")
        .skip(1)
        .filter_map(|block| block.split("</code></pre>").next())
        .map(|block| {
            block
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
        })
        .collect()
}

fn readme_snippets(fixture: &Fixture) -> Result<()> {
    let snippets = readme_snippets_text()?;
    check(snippets.len() == 2, || {
        format!(
            "README's Embedding section should hold 2 html blocks, not {}",
            snippets.len()
        )
    })?;
    let embed = std::fs::read_to_string(fixture.bundle.join("embed.html"))?;
    check(code_blocks(&embed) == snippets, || {
        format!(
            "embed.html should show README's snippets as they are:\n{:?}\nvs\n{:?}",
            code_blocks(&embed),
            snippets
        )
    })?;
    // Pasted as they are into a page of the bundle's folder (no CSP: the
    // first snippet is an inline module).
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>README snippets</title><link rel=\"icon\" href=\"favicon.svg\"></head><body>{}\n{}</body></html>",
        snippets[0], snippets[1]
    );
    let server = console::serve(fixture.bundle)
        .file("/readme-snippets.html", page)
        .start()?;
    let session = &fixture.session;
    session.navigate(&server.url("/readme-snippets.html"))?;
    wait_for_widgets(session, "#bracket, cup-bracket", 2)?;
    let facts = session.execute(
        "const facts = (root) => ({
           headings: [...root.querySelectorAll('h2')].map((h) => h.textContent),
           theme: root.querySelector('.cb-root').dataset.theme,
           kaloumOpen: [...root.querySelectorAll('button.cb-tie')]
             .find((b) => b.querySelector('.cb-tie-name').textContent.startsWith('AS Kaloum'))
             ?.getAttribute('aria-expanded'),
         });
         const [script, element] = ['#bracket', 'cup-bracket']
           .map((selector) => facts(document.querySelector(selector).shadowRoot));
         return { script, element };",
        json!([]),
    )?;
    let expected = json!({
        "script": {
            "headings": ["First round", "Play-off round", "Group stage"],
            "theme": "dark",
            "kaloumOpen": "true",
        },
        "element": {
            "headings": ["Preliminary round", "First round", "Play-off round", "Group stage"],
            "theme": "dark",
            "kaloumOpen": "true",
        },
    });
    check(facts == expected, || {
        format!("the snippets should draw {expected}, not {facts}")
    })?;
    // The first snippet logs each tie-toggle event's summary.
    session.execute(
        "[...document.querySelector('#bracket').shadowRoot.querySelectorAll('button.cb-tie')]
           .find((b) => b.querySelector('.cb-tie-name').textContent.startsWith('AS Kaloum'))
           .click();",
        json!([]),
    )?;
    // Each entry is taken once: gathered until the line comes.
    let summary = "IR Tanger won 3–1 on aggregate.";
    let mut log = Vec::new();
    let start = std::time::Instant::now();
    while !log
        .iter()
        .any(|entry: &LogEntry| entry.message.contains(summary))
    {
        check(start.elapsed() < PATIENCE, || {
            let all: Vec<&LogEntry> = log.iter().collect();
            format!(
                "the tie-toggle summary should be logged:\n      {}",
                shown(&all)
            )
        })?;
        std::thread::sleep(Duration::from_millis(50));
        log.extend(console::take(session, &server)?);
    }
    check(errors(&log).is_empty(), || {
        format!("errors in the console:\n      {}", shown(&errors(&log)))
    })
}
