//! `cargo xtask bench [--quick | --pages]`: how light and fast the bracket is, beside
//! brackets-viewer.js, measured cold (a reader's first view) and the same way
//! on any machine.
//!
//! Builds the release bundle (Trunk, wasm-opt) into target/bench/dist, serves
//! it on 127.0.0.1 (static_server.rs) with brackets-viewer 1.9.1 from
//! node_modules (an npm devDependency, for this alone) and drives headless
//! Chromium through chromedriver (webdriver.rs). Every run and every page
//! load is a new WebDriver session: a new browser with a fresh profile,
//! nothing cached or compiled. Runs alternate between the two libraries.
//!
//! - Size: every file `index.html` loads (as the browser lists them), raw,
//!   gzip -9 and brotli (quality 11, Node's zlib); the HTML and CSS among them
//!   must arrive before the bracket paints.
//! - Renders: competitions made by `cup-bracket generate --teams N --seed 1`
//!   (64 to 4,096 teams), converted for brackets-viewer
//!   (bench/brackets_viewer.rs): from `mount(el, { data })`, or
//!   `bracketsViewer.render(data)`, to its return, to every tie (match) in
//!   the DOM, the next animation frame and the frame after (painted); the
//!   ties in view; then clicks on ties in view to what they open, painted.
//!   The data is fetched and parsed before the clock starts. Beside them,
//!   our markup of each bracket (`cup-bracket render`) put in by the
//!   browser alone: what our DOM costs with no wasm run.
//! - Page loads: `index.html`, a brackets-viewer page of the 64-team bracket
//!   and a one-line page (the floor), from navigation to first contentful
//!   paint, to every tie in the DOM and painted; clicks on `index.html`. Also
//!   `index.html` without its scripts, and without `bracket.css` too: what
//!   the browser alone spends to paint the bracket's HTML (and CSS).
//!
//! Prints tables of medians (and 95th percentiles) with the ratios ours /
//! brackets-viewer, and writes it all as JSON to target/bench/bench.json. The
//! in-page half is bench/probe.js.

mod brackets_viewer;

use std::{
    collections::BTreeMap,
    fs,
    path::Path,
    process::Command,
    time::{Duration, Instant},
};

use cup_bracket_core::json::read_competition;
use serde_json::{json, Value};

use crate::{
    install::{self, Needs},
    serve,
    static_server::StaticServer,
    util::{self, Result},
    webdriver::{Browser, Driver, Session},
};

const PROBE: &str = include_str!("bench/probe.js");
const CUP_PAGE: &str = include_str!("bench/cup.html");
const BV_PAGE: &str = include_str!("bench/bv.html");
const BV_LOAD_PAGE: &str = include_str!("bench/bv-page.html");
const FLOOR_PAGE: &str = include_str!("bench/floor.html");
const MARKUP_PAGE: &str = include_str!("bench/markup.html");
/// Where npm installs brackets-viewer (package.json pins 1.9.1).
const BV_DIST: &str = "node_modules/brackets-viewer/dist";
const BV_FILES: [&str; 2] = ["brackets-viewer.min.js", "brackets-viewer.min.css"];
/// Teams of the generated competitions, two-legged ties throughout.
const SIZES: [usize; 4] = [64, 256, 1024, 4096];
/// The size of the brackets-viewer page that is loaded whole.
const PAGE_TEAMS: usize = 64;
/// The viewport of every session.
const VIEWPORT: (u32, u32) = (1280, 900);
/// How long a new browser is left alone before it is used: a reader's
/// browser is running already, its own start-up work done.
const BROWSER_START: Duration = Duration::from_millis(300);
/// How long one run may take, on a busy machine.
const PATIENCE: Duration = Duration::from_secs(120);

/// What a render row draws: either library, or our markup alone.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lib {
    /// brackets-viewer.js 1.9.1.
    Bv,
    /// This project's widget.
    Cup,
    /// The widget's markup of the same bracket (`cup-bracket render`), put
    /// in a shadow root by the browser alone: what our DOM costs the
    /// browser, without the wasm (the floor `html!` components leave).
    Markup,
}

impl Lib {
    fn key(self) -> &'static str {
        match self {
            Lib::Bv => "bv",
            Lib::Cup => "cup",
            Lib::Markup => "markup",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Lib::Bv => "brackets-viewer",
            Lib::Cup => "cup-bracket",
            Lib::Markup => "its markup alone",
        }
    }
}

/// The pages loaded whole.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    /// A one-line page: the floor of the browser and the server.
    Floor,
    /// The bundle's `index.html` (the compiled-in competition, 52 ties).
    Index,
    /// `index.html` without its scripts and their preloads: what the
    /// browser alone spends on the bracket's HTML and CSS.
    IndexNoScript,
    /// The same without the widget's stylesheet: the markup's own floor.
    IndexUnstyled,
    /// brackets-viewer drawing the 64-team bracket as the page loads.
    Bv,
}

impl Page {
    const ALL: [Page; 5] = [
        Page::Floor,
        Page::Index,
        Page::IndexNoScript,
        Page::IndexUnstyled,
        Page::Bv,
    ];

    fn key(self) -> &'static str {
        match self {
            Page::Floor => "floor",
            Page::Index => "index",
            Page::IndexNoScript => "index_no_script",
            Page::IndexUnstyled => "index_unstyled",
            Page::Bv => "bv_64",
        }
    }
}

/// How many times each thing is measured.
struct Runs {
    /// Cold renders of each size by each library.
    renders: usize,
    /// Cold loads of each page.
    loads: usize,
    /// Clicks in each render run and each load of `index.html`.
    clicks: usize,
}

/// Runs the benchmark; `--quick` measures fewer times.
pub fn run(args: &[String]) -> Result<()> {
    let runs = match args.first().map(String::as_str) {
        None => Runs {
            renders: 7,
            loads: 9,
            clicks: 5,
        },
        Some("--quick") => Runs {
            renders: 3,
            loads: 3,
            clicks: 3,
        },
        // The page loads alone: a minute, for work on `index.html`.
        Some("--pages") => Runs {
            renders: 0,
            loads: 9,
            clicks: 5,
        },
        Some(other) => {
            return Err(
                format!("`cargo xtask bench` takes --quick or --pages (got `{other}`)").into(),
            )
        }
    };
    let started = Instant::now();
    let tools = install::ensure_tools(Needs {
        lint: false,
        browser: true,
    })?;
    let chromedriver = tools
        .chromedriver
        .ok_or("no chromedriver, which the benchmark needs")?;
    let out = util::target_dir().join("bench");
    let dist = out.join("dist");
    serve::trunk_build(&dist)?;
    let screenshots = out.join("screenshots");
    fs::create_dir_all(&screenshots)?;

    let index = fs::read_to_string(dist.join("index.html"))?;
    let no_script = index_without_scripts(&index)?;
    let unstyled = no_script.replace(WIDGET_STYLESHEET, "");
    let probe = format!("<script>\n{PROBE}\n</script>");
    let with_probe = |page: &str| page.replacen("<!--probe-->", &probe, 1);
    let probe_first = |page: &str| page.replacen("<head>", &format!("<head>\n{probe}"), 1);
    let mut site = StaticServer::serve(&dist)
        .file("/bench-index.html", probe_first(&index))
        .file("/bench-index-no-script.html", probe_first(&no_script))
        .file("/bench-index-unstyled.html", probe_first(&unstyled))
        .file("/bench-cup.html", with_probe(CUP_PAGE))
        .file("/bench-bv.html", with_probe(BV_PAGE))
        .file("/bench-markup.html", with_probe(MARKUP_PAGE))
        .file("/bench-bv-page.html", with_probe(BV_LOAD_PAGE))
        .file("/bench-floor.html", with_probe(FLOOR_PAGE));
    for file in BV_FILES {
        let path = util::root().join(BV_DIST).join(file);
        let body = fs::read(&path).map_err(|error| {
            format!(
                "{}: {error} (brackets-viewer comes with `npm ci`)",
                path.display()
            )
        })?;
        site = site.file(&format!("/bv/{file}"), body);
    }
    let mut generated = Vec::new();
    for teams in SIZES {
        let text = generate(teams)?;
        let competition = read_competition(&text).map_err(|problem| problem.to_string())?;
        let ties = competition
            .rounds
            .iter()
            .flat_map(|round| &round.ties)
            .filter(|tie| tie.teams.is_some())
            .count();
        let viewer = brackets_viewer::convert(&competition).to_string();
        if teams == PAGE_TEAMS {
            site = site.file(
                "/bench-bv-page-data.js",
                format!("window.benchBracket = {viewer};\n"),
            );
        }
        generated.push((teams, ties, text.len(), viewer.len()));
        site = site
            .file(
                &format!("/bench-markup-{teams}.html"),
                shadow_markup(&out, teams, &text)?,
            )
            .file(&format!("/bench-cup-{teams}.json"), text)
            .file(&format!("/bench-bv-{teams}.json"), viewer);
    }
    let server = site.start()?;
    let driver = Driver::start(Browser::Chromium, &chromedriver)?;
    let index_ties = index_ties()?;

    // Renders: for each run, each size, both libraries in turn (which goes
    // first alternates), each in a browser of its own.
    let mut renders: BTreeMap<(usize, &str), Vec<Value>> = BTreeMap::new();
    let mut failed: BTreeMap<(usize, &str), String> = BTreeMap::new();
    for run in 0..runs.renders {
        println!(
            "xtask bench: renders, run {} of {} ({:.0} s)",
            run + 1,
            runs.renders,
            started.elapsed().as_secs_f64()
        );
        for (number, &(teams, ties, _, _)) in generated.iter().enumerate() {
            let order = if (run + number) % 2 == 0 {
                [Lib::Bv, Lib::Cup, Lib::Markup]
            } else {
                [Lib::Markup, Lib::Cup, Lib::Bv]
            };
            for lib in order {
                if failed.contains_key(&(teams, lib.key())) {
                    continue;
                }
                let shot = (run == 0 && teams <= 256 && lib != Lib::Markup)
                    .then(|| screenshots.join(format!("{}-{teams}.png", lib.key())));
                // A run that fails is tried once more (a browser that would
                // not start, say); a second failure ends that row.
                let attempt = || {
                    render(
                        &driver,
                        &server,
                        lib,
                        teams,
                        ties,
                        runs.clicks,
                        run,
                        shot.as_deref(),
                    )
                };
                match attempt().or_else(|error| {
                    println!(
                        "xtask bench: {} at {teams} teams failed ({error}); once more",
                        lib.name()
                    );
                    attempt()
                }) {
                    Ok(result) => renders.entry((teams, lib.key())).or_default().push(result),
                    Err(error) => {
                        println!(
                            "xtask bench: {} at {teams} teams failed: {error}",
                            lib.name()
                        );
                        failed.insert((teams, lib.key()), error.to_string());
                    }
                }
            }
        }
    }

    // Page loads, in turn.
    let mut loads: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
    let mut files = Vec::new();
    for run in 0..runs.loads {
        println!(
            "xtask bench: page loads, {} of {} ({:.0} s)",
            run + 1,
            runs.loads,
            started.elapsed().as_secs_f64()
        );
        for offset in 0..Page::ALL.len() {
            let page = Page::ALL[(run + offset) % Page::ALL.len()];
            let mut attempt = || {
                load(
                    &driver,
                    &server,
                    page,
                    index_ties,
                    runs.clicks,
                    run,
                    &mut files,
                )
            };
            let result = match attempt() {
                Ok(result) => result,
                Err(error) => {
                    println!(
                        "xtask bench: loading {} failed ({error}); once more",
                        page.key()
                    );
                    attempt()?
                }
            };
            loads.entry(page.key()).or_default().push(result);
        }
    }
    drop(driver);
    drop(server);

    let sizes = sizes(&dist, &files)?;
    let report = report(
        &runs, &generated, &renders, &failed, &loads, sizes, index_ties,
    );
    print_table(&report);
    let path = out.join("bench.json");
    fs::write(&path, serde_json::to_string_pretty(&report)?)?;
    println!(
        "\nxtask bench: written to {} ({:.0} s; screenshots in {})",
        path.display(),
        started.elapsed().as_secs_f64(),
        screenshots.display()
    );
    Ok(())
}

/// Runs `call` (an expression giving a promise, `args` its arguments) in the
/// page and waits for its value, or the page's error.
fn job(session: &Session, call: &str, args: Value) -> Result<Value> {
    session.execute(
        &format!(
            "window.__bench.job = null; Promise.resolve().then(() => {call}).then(
               (value) => {{ window.__bench.job = {{ value }}; }},
               (error) => {{ window.__bench.job = {{ error: String(error && error.stack || error) }}; }});"
        ),
        args,
    )?;
    let done = session.wait_for(
        "const b = window.__bench; return b.job || (b.error ? { error: b.error } : null);",
        PATIENCE,
    )?;
    match done.get("error") {
        Some(error) => Err(format!("in the page: {}", text(error)).into()),
        None => Ok(done["value"].clone()),
    }
}

/// One cold render of `teams` by `lib`, and `clicks` clicks.
#[allow(clippy::too_many_arguments)]
fn render(
    driver: &Driver,
    server: &StaticServer,
    lib: Lib,
    teams: usize,
    ties: usize,
    clicks: usize,
    run: usize,
    screenshot: Option<&Path>,
) -> Result<Value> {
    let session = driver.session(VIEWPORT.0, VIEWPORT.1)?;
    std::thread::sleep(BROWSER_START);
    session.navigate(&server.url(&format!("/bench-{}.html", lib.key())))?;
    let data = match lib {
        Lib::Markup => format!("bench-markup-{teams}.html"),
        Lib::Bv | Lib::Cup => format!("bench-{}-{teams}.json", lib.key()),
    };
    let mut result = job(
        &session,
        "window.__bench.render(arguments[0])",
        json!([{ "lib": lib.key(), "data": data, "expected": ties }]),
    )?;
    // The markup alone answers no click.
    if lib == Lib::Markup {
        return Ok(result);
    }
    if let Some(path) = screenshot {
        fs::write(path, session.screenshot()?)?;
    }
    clicks_into(&session, &mut result, clicks, run);
    // What a click opens, once the clicks are measured.
    if let Some(path) = screenshot {
        job(&session, "window.__bench.openFirst()", json!([]))?;
        fs::write(path.with_extension("click.png"), session.screenshot()?)?;
    }
    Ok(result)
}

/// One cold load of `page`; on `index.html`, `clicks` clicks too, and then
/// the files it loaded (once).
fn load(
    driver: &Driver,
    server: &StaticServer,
    page: Page,
    index_ties: usize,
    clicks: usize,
    run: usize,
    files: &mut Vec<String>,
) -> Result<Value> {
    let session = driver.session(VIEWPORT.0, VIEWPORT.1)?;
    std::thread::sleep(BROWSER_START);
    let url = match page {
        Page::Floor => "/bench-floor.html?kind=floor".to_string(),
        Page::Index => format!("/bench-index.html?kind=cup&expected={index_ties}"),
        Page::IndexNoScript => {
            format!("/bench-index-no-script.html?kind=cup&expected={index_ties}")
        }
        Page::IndexUnstyled => {
            format!("/bench-index-unstyled.html?kind=cup&expected={index_ties}")
        }
        Page::Bv => format!("/bench-bv-page.html?kind=bv&expected={}", PAGE_TEAMS - 1),
    };
    session.navigate(&server.url(&url))?;
    let mut result = job(
        &session,
        "window.__bench.loaded.then(() => window.__bench.result)",
        json!([]),
    )?;
    if page == Page::Index {
        // The clicks wait for the wasm, which a page whose ties came with
        // its HTML may still be loading when they are painted.
        clicks_into(&session, &mut result, clicks, run);
        if files.is_empty() {
            *files = loaded_files(&session)?;
        }
    }
    Ok(result)
}

/// Measures `clicks` clicks into `result["clicks"]`; a failure is noted
/// there (`clicks_error`) and printed, and the run's other figures kept.
fn clicks_into(session: &Session, result: &mut Value, clicks: usize, run: usize) {
    match job(
        session,
        "window.__bench.clicks(arguments[0], arguments[1])",
        json!([clicks, 7919 * (run + 1)]),
    ) {
        Ok(value) => result["clicks"] = value,
        Err(error) => {
            println!("xtask bench: clicks failed: {error}");
            result["clicks_error"] = json!(error.to_string());
        }
    }
}

/// The number of ties (with two teams) of the compiled-in competition, which
/// `index.html` draws.
fn index_ties() -> Result<usize> {
    let path = util::root().join("data/2017-caf-confederation-cup-qualifying.json");
    let competition = read_competition(&fs::read_to_string(&path)?)
        .map_err(|problem| format!("{}: {problem}", path.display()))?;
    Ok(competition
        .rounds
        .iter()
        .flat_map(|round| &round.ties)
        .filter(|tie| tie.teams.is_some())
        .count())
}

/// How `index.html` links the widget's stylesheet, in its head and in the
/// shadow root drawn at build time.
const WIDGET_STYLESHEET: &str = r#"<link rel="stylesheet" href="bracket.css">"#;

/// `index.html` without its module script, module preloads and the wasm's
/// preload: the bracket drawn at build time, and nothing that would run.
fn index_without_scripts(index: &str) -> Result<String> {
    let mut page = index.to_string();
    for (start, end) in [
        ("<script", "</script>"),
        (r#"<link rel="modulepreload""#, ">"),
        (r#"<link rel="preload""#, ">"),
    ] {
        while let Some(at) = page.find(start) {
            let close = page[at..]
                .find(end)
                .ok_or_else(|| format!("index.html: `{start}` is not closed"))?;
            page.replace_range(at..at + close + end.len(), "");
        }
    }
    // The pages would measure something else without these.
    if !page.contains("shadowrootmode") || !page.contains(WIDGET_STYLESHEET) {
        return Err("index.html: no bracket drawn at build time, or no link to bracket.css".into());
    }
    Ok(page)
}

/// The files the page loaded, as paths of the bundle (the bench's own left out).
fn loaded_files(session: &Session) -> Result<Vec<String>> {
    let value = session.execute(
        "return performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);",
        json!([]),
    )?;
    let mut files = vec!["index.html".to_string()];
    for path in value.as_array().into_iter().flatten() {
        let path = path.as_str().unwrap_or("").trim_start_matches('/');
        if !path.is_empty() && !path.starts_with("bench") && !files.iter().any(|f| f == path) {
            files.push(path.to_string());
        }
    }
    Ok(files)
}

/// The shadow root's content that `cup-bracket render` draws for a
/// generated competition (the CLI a host runs, built for Trunk's hook):
/// the declarative template and its stylesheet link taken off, as the
/// page adopts the stylesheet itself.
fn shadow_markup(out: &Path, teams: usize, competition: &str) -> Result<String> {
    let path = out.join(format!("generated-{teams}.json"));
    fs::write(&path, competition)?;
    let printed = Command::new(env!("CARGO"))
        .current_dir(util::root())
        .args([
            "run",
            "--quiet",
            "--offline",
            "-p",
            "cup-bracket",
            "--features",
            "cli",
        ])
        .args(["--bin", "cup-bracket", "--", "render"])
        .arg(&path)
        .output()?;
    if !printed.status.success() {
        return Err(format!(
            "cup-bracket render {}: {}",
            path.display(),
            String::from_utf8_lossy(&printed.stderr)
        )
        .into());
    }
    let markup = String::from_utf8(printed.stdout)?;
    let opening = format!(r#"<template shadowrootmode="open">{WIDGET_STYLESHEET}"#);
    markup
        .trim_end()
        .strip_prefix(&opening)
        .and_then(|rest| rest.strip_suffix("</template>"))
        .map(str::to_string)
        .ok_or_else(|| {
            format!(
                "cup-bracket render {}: not one shadow root's template",
                path.display()
            )
            .into()
        })
}

/// What `cup-bracket generate --teams N --seed 1` prints (the same functions
/// of the core crate, without a cargo run for each).
fn generate(teams: usize) -> Result<String> {
    let competition = cup_bracket_core::generate::generate(teams, 1)?;
    Ok(format!(
        "{}\n",
        cup_bracket_core::json::to_pretty(&competition)
    ))
}

fn number(value: &Value) -> f64 {
    value.as_f64().unwrap_or(f64::NAN)
}

/// Median and 95th percentile (nearest rank), in ms with 0.1 precision.
fn stats(samples: &[f64]) -> Value {
    let mut sorted: Vec<f64> = samples.iter().copied().filter(|x| x.is_finite()).collect();
    sorted.sort_by(f64::total_cmp);
    let rank = |p: f64| -> Value {
        if sorted.is_empty() {
            return Value::Null;
        }
        let index = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
        json!((sorted[index] * 10.0).round() / 10.0)
    };
    json!({ "median": rank(0.5), "p95": rank(0.95), "n": sorted.len() })
}

/// The stats of field `key` over `results`; `nested` reads arrays under
/// `results[i][nested][key]` (the clicks).
fn stat_of(results: &[Value], nested: Option<&str>, key: &str) -> Value {
    let samples: Vec<f64> = match nested {
        None => results.iter().map(|result| number(&result[key])).collect(),
        Some(part) => results
            .iter()
            .flat_map(|result| result[part][key].as_array().cloned().unwrap_or_default())
            .map(|value| number(&value))
            .collect(),
    };
    stats(&samples)
}

/// A median's ratio, ours over theirs, to two decimals.
fn ratio(ours: &Value, theirs: &Value) -> Value {
    match (ours["median"].as_f64(), theirs["median"].as_f64()) {
        (Some(ours), Some(theirs)) if theirs > 0.0 => {
            json!((ours / theirs * 100.0).round() / 100.0)
        }
        _ => Value::Null,
    }
}

/// The figures of one library at one size.
fn render_figures(results: &[Value]) -> Value {
    let sum = |key: &str| -> u64 {
        results
            .iter()
            .map(|result| result["clicks"][key].as_u64().unwrap_or(0))
            .sum()
    };
    json!({
        "runs": results.len(),
        "returned_ms": stat_of(results, None, "returned"),
        "styled_ms": stat_of(results, None, "styled"),
        "dom_ms": stat_of(results, None, "dom"),
        "frame_ms": stat_of(results, None, "frame"),
        "painted_ms": stat_of(results, None, "painted"),
        "in_view_dom_ms": stat_of(results, None, "in_view_dom"),
        "in_view_painted_ms": stat_of(results, None, "in_view_painted"),
        "click_dom_ms": stat_of(results, Some("clicks"), "dom"),
        "click_frame_ms": stat_of(results, Some("clicks"), "frame"),
        "click_painted_ms": stat_of(results, Some("clicks"), "painted"),
        "click_changes": { "inside": sum("inside"), "lines": sum("lines"), "outside": sum("outside") },
        "app_ms": stat_of(results, None, "app"),
        "read_ms": stat_of(results, None, "read"),
        "validate_ms": stat_of(results, None, "validate"),
        "model_ms": stat_of(results, None, "model"),
        "first_render_ms": stat_of(results, None, "first_render"),
        "drawn_first": results.first().map_or(Value::Null, |result| result["drawn_first"].clone()),
        "browser_ms": stat_of(results, None, "browser"),
        "in_view": results.first().map_or(Value::Null, |result| result["in_view"].clone()),
        "elements": results.first().map_or(Value::Null, |result| result["elements"].clone()),
        "wasm_memory_bytes": results.last().map_or(Value::Null, |result| result["wasm_bytes"].clone()),
        "css": results.first().map_or(Value::Null, |result| result["css"].clone()),
        "samples": results,
    })
}

/// Where a render's time goes, in µs a tie (medians over ties): mount()'s
/// steps, from its marks (reading, validating, modelling; ours only); the
/// drawing (ours: the app's first render over the ties it drew; the markup:
/// `innerHTML`; brackets-viewer: its whole call); the browser's (every tie
/// in the DOM to painted).
fn per_tie(figures: &Value, lib: Lib, ties: usize) -> Value {
    let per = |ms: &Value, count: f64| -> Value {
        match ms["median"].as_f64() {
            Some(ms) if count > 0.0 => json!((ms * 1000.0 / count).round()),
            _ => Value::Null,
        }
    };
    let all = ties as f64;
    let draw = match lib {
        Lib::Cup => per(
            &figures["first_render_ms"],
            figures["drawn_first"].as_f64().unwrap_or(0.0),
        ),
        Lib::Markup => per(&figures["dom_ms"], all),
        Lib::Bv => per(&figures["returned_ms"], all),
    };
    json!({
        "read": per(&figures["read_ms"], all),
        "validate": per(&figures["validate_ms"], all),
        "model": per(&figures["model_ms"], all),
        "draw": draw,
        "browser": per(&figures["browser_ms"], all),
    })
}

/// Everything measured, with medians and ratios: what bench.json holds.
fn report(
    runs: &Runs,
    generated: &[(usize, usize, usize, usize)],
    renders: &BTreeMap<(usize, &str), Vec<Value>>,
    failed: &BTreeMap<(usize, &str), String>,
    loads: &BTreeMap<&str, Vec<Value>>,
    size: Value,
    index_ties: usize,
) -> Value {
    let metrics = [
        "returned_ms",
        "dom_ms",
        "frame_ms",
        "painted_ms",
        "in_view_painted_ms",
        "click_dom_ms",
        "click_painted_ms",
    ];
    let mut rows = Vec::new();
    for &(teams, ties, cup_bytes, bv_bytes) in generated {
        let figures = |lib: Lib| -> Value {
            renders
                .get(&(teams, lib.key()))
                .filter(|results| !results.is_empty())
                .map_or_else(
                    || json!({ "failed": failed.get(&(teams, lib.key())) }),
                    |results| render_figures(results),
                )
        };
        let (cup, bv, markup) = (figures(Lib::Cup), figures(Lib::Bv), figures(Lib::Markup));
        let mut ratios = serde_json::Map::new();
        for metric in metrics {
            ratios.insert(metric.into(), ratio(&cup[metric], &bv[metric]));
        }
        let elements = match (cup["elements"].as_f64(), bv["elements"].as_f64()) {
            (Some(ours), Some(theirs)) if theirs > 0.0 => {
                json!((ours / theirs * 100.0).round() / 100.0)
            }
            _ => Value::Null,
        };
        ratios.insert("elements".into(), elements);
        let markup_over_bv = json!({
            "dom_ms": ratio(&markup["dom_ms"], &bv["dom_ms"]),
            "painted_ms": ratio(&markup["painted_ms"], &bv["painted_ms"]),
        });
        rows.push(json!({
            "teams": teams,
            "ties": ties,
            "per_tie_us": {
                "cup": per_tie(&cup, Lib::Cup, ties),
                "bv": per_tie(&bv, Lib::Bv, ties),
                "markup": per_tie(&markup, Lib::Markup, ties),
            },
            "data_bytes": { "cup": cup_bytes, "bv": bv_bytes },
            "cup": cup,
            "bv": bv,
            "markup": markup,
            "ours_over_bv": ratios,
            "markup_over_bv": markup_over_bv,
        }));
    }
    let page = |key: &str| -> Value {
        let results = loads.get(key).cloned().unwrap_or_default();
        let mut figures = json!({
            "loads": results.len(),
            "fcp_ms": stat_of(&results, None, "fcp"),
            "dom_ms": stat_of(&results, None, "dom"),
            "frame_ms": stat_of(&results, None, "frame"),
            "painted_ms": stat_of(&results, None, "painted"),
            "in_view_painted_ms": stat_of(&results, None, "in_view_painted"),
            "dom_content_loaded_ms": stat_of(&results, None, "dom_content_loaded"),
            "load_ms": stat_of(&results, None, "load"),
            "ties_in_dom_by_fcp": results.iter().filter(|result| result["in_first_paint"] == true).count(),
            "samples": results,
        });
        if key == Page::Index.key() {
            figures["click_dom_ms"] = stat_of(&results, Some("clicks"), "dom");
            figures["click_frame_ms"] = stat_of(&results, Some("clicks"), "frame");
            figures["click_painted_ms"] = stat_of(&results, Some("clicks"), "painted");
            let sum = |part: &str| -> u64 {
                results
                    .iter()
                    .map(|result| result["clicks"][part].as_u64().unwrap_or(0))
                    .sum()
            };
            figures["click_changes"] = json!({ "inside": sum("inside"), "lines": sum("lines"), "outside": sum("outside") });
        }
        figures
    };
    let (floor, index, bv) = (
        page(Page::Floor.key()),
        page(Page::Index.key()),
        page(Page::Bv.key()),
    );
    let (no_script, unstyled) = (
        page(Page::IndexNoScript.key()),
        page(Page::IndexUnstyled.key()),
    );
    let index_fcp_over_floor = ratio(&index["fcp_ms"], &floor["fcp_ms"]);
    let no_script_fcp_over_floor = ratio(&no_script["fcp_ms"], &floor["fcp_ms"]);
    let unstyled_fcp_over_floor = ratio(&unstyled["fcp_ms"], &floor["fcp_ms"]);
    let index_painted_over_floor = ratio(&index["painted_ms"], &floor["fcp_ms"]);
    let before_paint: u64 = size["files"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|row| {
            let file = row["file"].as_str().unwrap_or("");
            file.ends_with(".html") || file.ends_with(".css")
        })
        .map(|row| row["gzip"].as_u64().unwrap_or(0))
        .sum();
    json!({
        "machine": machine(),
        "runs": { "renders": runs.renders, "loads": runs.loads, "clicks_per_run": runs.clicks },
        "cold": "every render run and page load in a new WebDriver session: a new browser, a fresh profile",
        "size": size,
        "html_css_gzip_bytes": before_paint,
        "renders": rows,
        "pages": {
            "index_ties": index_ties,
            "floor": floor,
            "index": index,
            "index_no_script": no_script,
            "index_unstyled": unstyled,
            "bv_64": bv,
            "index_fcp_over_floor_fcp": index_fcp_over_floor,
            "index_no_script_fcp_over_floor_fcp": no_script_fcp_over_floor,
            "index_unstyled_fcp_over_floor_fcp": unstyled_fcp_over_floor,
            "index_painted_over_floor_fcp": index_painted_over_floor,
            "index_painted_over_bv_painted": ratio(&index["painted_ms"], &bv["painted_ms"]),
        },
    })
}

/// Raw, gzip -9 and brotli bytes of each file, and their sums.
fn sizes(dist: &Path, files: &[String]) -> Result<Value> {
    let mut rows = Vec::new();
    let (mut raw, mut gzip, mut brotli) = (0, 0, 0);
    for file in files {
        let path = dist.join(file);
        let bytes = fs::read(&path).map_err(|error| format!("{}: {error}", path.display()))?;
        let gz = output(Command::new("gzip").args(["-9", "-n", "-c"]).arg(&path))
            .map(|compressed| compressed.len());
        let br = output(Command::new("node").arg("-e").arg(BROTLI_JS).arg(&path))
            .and_then(|size| String::from_utf8_lossy(&size).trim().parse().ok());
        raw += bytes.len();
        gzip += gz.unwrap_or(0);
        brotli += br.unwrap_or(0);
        rows.push(json!({ "file": file, "raw": bytes.len(), "gzip": gz, "brotli": br }));
    }
    Ok(json!({ "files": rows, "total": { "raw": raw, "gzip": gzip, "brotli": brotli } }))
}

/// Prints the brotli (quality 11) size of the file named by argv[1].
const BROTLI_JS: &str = "const z = require('zlib'); const b = require('fs').readFileSync(process.argv[1]);
process.stdout.write(String(z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length));";

/// What `command` writes, if it runs and succeeds.
fn output(command: &mut Command) -> Option<Vec<u8>> {
    let output = command.output().ok()?;
    output.status.success().then_some(output.stdout)
}

/// What the figures came from: CPU, cores, browser.
fn machine() -> Value {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split(':').nth(1))
                .map(|name| name.trim().to_string())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let browser = util::output_of("chromium", &["--version"]).unwrap_or_default();
    json!({ "cpu": cpu, "cores": cores, "browser": browser })
}

/// A value as plain text: a string without its quotes.
fn text(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_string)
}

/// "median (p95)" of a stats object, or "—".
fn ms(value: &Value) -> String {
    match (value["median"].as_f64(), value["p95"].as_f64()) {
        (Some(median), Some(p95)) => format!("{median:.1} ({p95:.0})"),
        _ => "—".into(),
    }
}

/// A ratio as "0.83×", or "—".
fn times(value: &Value) -> String {
    value
        .as_f64()
        .map_or_else(|| "—".into(), |ratio| format!("{ratio:.2}×"))
}

fn print_table(report: &Value) {
    let machine = &report["machine"];
    println!(
        "\ncup-bracket benchmark: {} cores, {}, {}; cold (a new browser and profile for every run)",
        text(&machine["cores"]),
        text(&machine["cpu"]),
        text(&machine["browser"])
    );
    println!(
        "\n{:<50} {:>8} {:>8} {:>8}",
        "file (what index.html loads)", "raw", "gzip -9", "brotli"
    );
    let mut rows: Vec<&Value> = report["size"]["files"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    rows.push(&report["size"]["total"]);
    for row in rows {
        println!(
            "{:<50} {:>8} {:>8} {:>8}",
            row.get("file").map_or("total".to_string(), text),
            text(&row["raw"]),
            text(&row["gzip"]),
            text(&row["brotli"])
        );
    }
    println!(
        "HTML and CSS, gzip -9 (what arrives before the bracket paints): {} bytes",
        text(&report["html_css_gzip_bytes"])
    );

    // `--pages` runs no render.
    if report["runs"]["renders"].as_u64().unwrap_or(0) > 0 {
        print_renders(report);
    }

    let pages = &report["pages"];
    println!(
        "\npage loads, ms from navigation start, median (p95); {} loads each",
        text(&report["runs"]["loads"])
    );
    println!(
        "{:<38} {:>13} {:>13} {:>13} {:>15} {:>13}",
        "page", "FCP", "all in DOM", "painted", "in view painted", "load event"
    );
    let ties = text(&pages["index_ties"]);
    for (key, name) in [
        ("floor", "one-line page (floor)".to_string()),
        ("index", format!("index.html ({ties} ties)")),
        ("index_no_script", "index.html, no script".to_string()),
        (
            "index_unstyled",
            "index.html, no script nor bracket.css".to_string(),
        ),
        ("bv_64", format!("brackets-viewer, {PAGE_TEAMS} teams")),
    ] {
        let page = &pages[key];
        println!(
            "{:<38} {:>13} {:>13} {:>13} {:>15} {:>13}",
            name,
            ms(&page["fcp_ms"]),
            ms(&page["dom_ms"]),
            ms(&page["painted_ms"]),
            ms(&page["in_view_painted_ms"]),
            ms(&page["load_ms"])
        );
    }
    let index = &pages["index"];
    println!(
        "index.html: FCP {} the floor's FCP, painted {} (goal: the whole bracket in the first paint, ≤ 1.5×); every tie in the DOM by FCP in {} of {} loads",
        times(&pages["index_fcp_over_floor_fcp"]),
        times(&pages["index_painted_over_floor_fcp"]),
        text(&index["ties_in_dom_by_fcp"]),
        text(&index["loads"])
    );
    println!(
        "index.html's first paint with nothing run, the browser's own cost: FCP {} the floor's without its scripts, {} without bracket.css too",
        times(&pages["index_no_script_fcp_over_floor_fcp"]),
        times(&pages["index_unstyled_fcp_over_floor_fcp"])
    );
    println!(
        "index.html clicks: DOM {}, next frame {}, painted {}; DOM changes {} in the tie, {} to the lines, {} elsewhere",
        ms(&index["click_dom_ms"]),
        ms(&index["click_frame_ms"]),
        ms(&index["click_painted_ms"]),
        text(&index["click_changes"]["inside"]),
        text(&index["click_changes"]["lines"]),
        text(&index["click_changes"]["outside"])
    );
}

/// The renders' tables: each library's figures and their ratios, then
/// where cup-bracket's render goes.
fn print_renders(report: &Value) {
    println!(
        "\nrenders of `cup-bracket generate --teams N --seed 1`, ms from the call, median (p95); {} runs, {} clicks each",
        text(&report["runs"]["renders"]),
        text(&report["runs"]["clicks_per_run"])
    );
    let columns = [
        ("returned", "returned_ms"),
        ("all in DOM", "dom_ms"),
        ("next frame", "frame_ms"),
        ("painted", "painted_ms"),
        ("in view painted", "in_view_painted_ms"),
        ("click, DOM", "click_dom_ms"),
        ("click, painted", "click_painted_ms"),
    ];
    print!("{:>6} {:<16}", "teams", "");
    for (title, _) in columns {
        print!(" {title:>15}");
    }
    println!(" {:>9}", "elements");
    for row in report["renders"].as_array().into_iter().flatten() {
        for lib in [Lib::Bv, Lib::Cup, Lib::Markup] {
            let figures = &row[lib.key()];
            print!("{:>6} {:<16}", text(&row["teams"]), lib.name());
            if let Some(error) = figures.get("failed") {
                println!(" failed: {}", text(error).lines().next().unwrap_or(""));
                continue;
            }
            for (_, key) in columns {
                print!(" {:>15}", ms(&figures[key]));
            }
            println!(" {:>9}", text(&figures["elements"]));
        }
        let ratios = &row["ours_over_bv"];
        print!("{:>6} {:<16}", "", "ours / BV");
        for (_, key) in columns {
            print!(" {:>15}", times(&ratios[key]));
        }
        println!(" {:>9}", times(&ratios["elements"]));
        // Under the same columns, those it has.
        let markup = &row["markup_over_bv"];
        print!("{:>6} {:<16}", "", "markup / BV");
        for (_, key) in columns {
            print!(" {:>15}", markup.get(key).map_or_else(String::new, times));
        }
        println!();
    }

    println!(
        "\nwhere the render goes, ms, median (p95): mount() to its return (reading, validating \
and modelling the data), to the widget's stylesheet loaded (its app starts), the app's render \
(stylesheet loaded to every tie in the DOM); for both, the browser's (every tie in the DOM to \
painted)"
    );
    println!(
        "{:>6} {:<16} {:>15} {:>18} {:>15} {:>15} {:>15}",
        "teams", "", "returned", "stylesheet loaded", "app's render", "all in DOM", "browser's"
    );
    for row in report["renders"].as_array().into_iter().flatten() {
        for lib in [Lib::Bv, Lib::Cup] {
            let figures = &row[lib.key()];
            if figures.get("failed").is_some() {
                continue;
            }
            println!(
                "{:>6} {:<16} {:>15} {:>18} {:>15} {:>15} {:>15}",
                text(&row["teams"]),
                lib.name(),
                ms(&figures["returned_ms"]),
                ms(&figures["styled_ms"]),
                ms(&figures["app_ms"]),
                ms(&figures["dom_ms"]),
                ms(&figures["browser_ms"])
            );
        }
    }

    println!(
        "\nper tie, µs (a median over the ties): mount()'s steps from its marks (reading the \
data, validating it, building the view model); drawing (ours: the app's first render over the \
ties it drew; the markup: innerHTML; brackets-viewer: its whole call); the browser's (every tie \
in the DOM to painted)"
    );
    println!(
        "{:>6} {:<16} {:>9} {:>9} {:>9} {:>9} {:>9} {:>12}",
        "teams", "", "read", "validate", "model", "draw", "browser", "drawn first"
    );
    for row in report["renders"].as_array().into_iter().flatten() {
        for lib in [Lib::Bv, Lib::Cup, Lib::Markup] {
            if row[lib.key()].get("failed").is_some() {
                continue;
            }
            let per_tie = &row["per_tie_us"][lib.key()];
            let us = |key: &str| {
                per_tie[key]
                    .as_f64()
                    .map_or_else(|| "—".into(), |us| format!("{us:.0}"))
            };
            let drawn_first = match lib {
                Lib::Cup => text(&row[lib.key()]["drawn_first"]),
                _ => "all".into(),
            };
            println!(
                "{:>6} {:<16} {:>9} {:>9} {:>9} {:>9} {:>9} {:>12}",
                text(&row["teams"]),
                lib.name(),
                us("read"),
                us("validate"),
                us("model"),
                us("draw"),
                us("browser"),
                drawn_first
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_p95_by_nearest_rank() {
        let samples: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(
            stats(&samples),
            json!({ "median": 10.0, "p95": 19.0, "n": 20 })
        );
        assert_eq!(stats(&[3.0])["p95"], json!(3.0));
        assert_eq!(stats(&[])["median"], Value::Null);
    }

    #[test]
    fn ratios_of_medians() {
        let ours = json!({ "median": 29.0 });
        let theirs = json!({ "median": 58.0 });
        assert_eq!(ratio(&ours, &theirs), json!(0.5));
        assert_eq!(ratio(&ours, &json!({ "median": null })), Value::Null);
    }

    #[test]
    fn index_without_scripts_keeps_the_drawn_bracket_and_nothing_that_runs() {
        let index = r#"<head><script type="module" src="./cup-bracket-loader.js"></script>
<link rel="stylesheet" href="bracket.css"><link rel="modulepreload" href="./cup-bracket.js" integrity="sha384-x"><link rel="preload" href="./cup-bracket_bg.wasm" as="fetch"></head>
<body><main id="cup-bracket"><template shadowrootmode="open"><link rel="stylesheet" href="bracket.css"><button class="cb-tie">A v B</button></template></main></body>"#;
        let page = index_without_scripts(index).expect("the sample has its bracket");
        assert!(
            !page.contains("<script") && !page.contains("preload"),
            "{page}"
        );
        assert_eq!(page.matches(WIDGET_STYLESHEET).count(), 2, "{page}");
        assert!(
            page.contains(r#"<button class="cb-tie">A v B</button>"#),
            "{page}"
        );
        // A page without the bracket drawn in it cannot stand for its floor.
        assert!(index_without_scripts("<head><script></script></head><body></body>").is_err());
        assert!(index_without_scripts("<script type=module").is_err());
    }
}
