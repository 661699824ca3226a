//! `cargo xtask bench [--quick]`: how light and fast the bracket is, measured
//! the same way on any machine.
//!
//! Builds the release bundle (Trunk, wasm-opt) into target/bench/dist, serves
//! it on 127.0.0.1 (static_server.rs) and drives headless Chromium through
//! chromedriver (webdriver.rs). Measures:
//!
//! - size: every file the full page loads (as the browser lists them), raw,
//!   gzip -9 and brotli (quality 11, with Node's zlib when `node` is there);
//! - first render of the full page: navigation start to every tie in the
//!   widget's shadow root, and to the next animation frame after that;
//! - clicks on the full page: click to the match boxes in the DOM, to the
//!   next animation frame, and to the frame after it (by then the browser has
//!   styled, laid out and painted the boxes); DOM changes outside the opened
//!   tie's cell;
//! - scaling: competitions of 64 to 4,096 teams made by `cup-bracket generate`,
//!   mounted through `mount(el, { data })`: render time (to the next frame
//!   and the frame after), clicks, memory.
//!
//! Prints a table and writes it as JSON to target/bench/bench.json. The
//! in-page half is bench/probe.js.

use std::{fs, path::Path, process::Command, time::Duration};

use serde_json::{json, Value};

use crate::{
    install::{self, Needs},
    serve,
    static_server::StaticServer,
    util::{self, Result},
    webdriver::{Browser, Driver, Session},
};

const PROBE: &str = include_str!("bench/probe.js");
const PAGE: &str = include_str!("bench/bench.html");
const DATA_FILE: &str = "data/2017-caf-confederation-cup-qualifying.json";
/// Teams of the generated competitions, two-legged ties throughout.
const SIZES: [usize; 4] = [64, 256, 1024, 4096];
/// How long one page may take, on a busy machine.
const PATIENCE: Duration = Duration::from_secs(120);

/// How many times each thing is measured.
struct Runs {
    loads: usize,
    clicks: usize,
    scale_loads: usize,
    scale_clicks: usize,
}

/// Runs the benchmark; `--quick` measures fewer times.
pub fn run(args: &[String]) -> Result<()> {
    let runs = match args.first().map(String::as_str) {
        None => Runs {
            loads: 15,
            clicks: 100,
            scale_loads: 5,
            scale_clicks: 30,
        },
        Some("--quick") => Runs {
            loads: 10,
            clicks: 100,
            scale_loads: 2,
            scale_clicks: 10,
        },
        Some(other) => {
            return Err(format!("`cargo xtask bench` takes only --quick (got `{other}`)").into())
        }
    };
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

    // The full page with the probe loaded first; the scaling page; the data.
    let index = fs::read_to_string(dist.join("index.html"))?;
    let probed = index.replacen(
        "<head>",
        "<head>\n<script src=\"bench-probe.js\"></script>",
        1,
    );
    let mut site = StaticServer::serve(&dist)
        .file("/bench-index.html", probed)
        .file("/bench-probe.js", PROBE)
        .file("/bench.html", PAGE);
    let mut generated = Vec::new();
    for teams in SIZES {
        let text = generate(teams)?;
        let data: Value = serde_json::from_str(&text)?;
        generated.push((teams, ties_in(&data), text.len()));
        site = site.file(&format!("/bench-data-{teams}.json"), text);
    }
    let server = site.start()?;
    let driver = Driver::start(Browser::Chromium, &chromedriver)?;
    let session = driver.session(1280, 900)?;

    let data: Value = serde_json::from_str(&fs::read_to_string(util::root().join(DATA_FILE))?)?;
    let ties = ties_in(&data);

    println!(
        "\nxtask bench: first render of index.html, {} loads",
        runs.loads
    );
    let mut drawn = Vec::new();
    let mut painted = Vec::new();
    for _ in 0..runs.loads {
        session.navigate(&server.url(&format!("/bench-index.html?ties={ties}")))?;
        let times = wait_drawn(&session)?;
        drawn.push(number(&times["drawn"]));
        painted.push(number(&times["painted"]));
    }
    let files = loaded_files(&session)?;
    println!("xtask bench: {} clicks on index.html", runs.clicks);
    let clicks = session.execute(
        "return window.__cbBench.clicks(arguments[0]);",
        json!([runs.clicks]),
    )?;

    let mut scaling = Vec::new();
    for (teams, ties, bytes) in &generated {
        println!("xtask bench: {teams} teams, {} loads", runs.scale_loads);
        let mut render = Vec::new();
        let mut shown = Vec::new();
        let mut last = Value::Null;
        for _ in 0..runs.scale_loads {
            session.navigate(&server.url("/bench.html"))?;
            last = session.execute(
                "return window.__cbBench.mountData(arguments[0], arguments[1]);",
                json!([format!("bench-data-{teams}.json"), ties]),
            )?;
            render.push(number(&last["painted"]));
            shown.push(number(&last["shown"]));
        }
        let clicks = session.execute(
            "return window.__cbBench.clicks(arguments[0]);",
            json!([runs.scale_clicks]),
        )?;
        scaling.push(json!({
            "teams": teams,
            "ties": ties,
            "data_bytes": bytes,
            "render_ms": stats(&render),
            "render_shown_ms": stats(&shown),
            "click_frame_ms": stats(&numbers(&clicks["frame"])),
            "click_shown_ms": stats(&numbers(&clicks["shown"])),
            "click_dom_ms": stats(&numbers(&clicks["dom"])),
            "changes_outside_tie": clicks["outside"],
            "wasm_memory_bytes": last["wasmBytes"],
            "js_heap_bytes": last["jsHeapBytes"],
            "elements": last["elements"],
        }));
    }
    drop(session);
    drop(driver);
    drop(server);

    let sizes = sizes(&dist, &files)?;
    let report = json!({
        "machine": machine(),
        "runs": { "loads": runs.loads, "clicks": runs.clicks,
                  "scale_loads": runs.scale_loads, "scale_clicks": runs.scale_clicks },
        "size": sizes,
        "first_render_ms": { "all_ties_in_dom": stats(&drawn), "next_frame": stats(&painted) },
        "click_ms": {
            "next_frame": stats(&numbers(&clicks["frame"])),
            "frame_after": stats(&numbers(&clicks["shown"])),
            "boxes_in_dom": stats(&numbers(&clicks["dom"])),
            "changes_inside_tie": clicks["inside"],
            "changes_to_lines": clicks["lines"],
            "changes_outside_tie": clicks["outside"],
            "outside_examples": clicks["outsideExamples"],
        },
        "scaling": scaling,
    });
    print_table(&report);
    let path = out.join("bench.json");
    fs::write(&path, serde_json::to_string_pretty(&report)?)?;
    println!("\nxtask bench: written to {}", path.display());
    Ok(())
}

/// Waits until the probe saw every tie drawn and the frame after it.
fn wait_drawn(session: &Session) -> Result<Value> {
    session.wait_for(
        "const b = window.__cbBench; return b && b.painted ? { drawn: b.drawn, painted: b.painted } : null;",
        PATIENCE,
    )
}

/// The files the page loaded, as paths of the bundle (the probe left out).
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

/// `cup-bracket generate --teams N --seed 1`, as text.
fn generate(teams: usize) -> Result<String> {
    let output = util::cargo()
        .args([
            "run",
            "--quiet",
            "--offline",
            "-p",
            "cup-bracket",
            "--features",
            "cli",
        ])
        .args(["--bin", "cup-bracket", "--", "generate", "--teams"])
        .arg(teams.to_string())
        .args(["--seed", "1"])
        .output()?;
    if !output.status.success() {
        return Err(format!(
            "cup-bracket generate --teams {teams} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    Ok(String::from_utf8(output.stdout)?)
}

/// Ties with two teams (not byes): each is a `button.cb-tie`.
fn ties_in(data: &Value) -> usize {
    data["rounds"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|round| round["ties"].as_array().into_iter().flatten())
        .filter(|tie| tie.get("teams").is_some())
        .count()
}

fn number(value: &Value) -> f64 {
    value.as_f64().unwrap_or(f64::NAN)
}

fn numbers(value: &Value) -> Vec<f64> {
    value.as_array().into_iter().flatten().map(number).collect()
}

/// Median and 95th percentile (nearest rank), in ms with 0.1 precision.
fn stats(samples: &[f64]) -> Value {
    let mut sorted: Vec<f64> = samples.iter().copied().filter(|x| x.is_finite()).collect();
    sorted.sort_by(f64::total_cmp);
    let rank = |p: f64| -> f64 {
        if sorted.is_empty() {
            return f64::NAN;
        }
        let index = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
        (sorted[index] * 10.0).round() / 10.0
    };
    json!({ "median": rank(0.5), "p95": rank(0.95), "n": sorted.len() })
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

fn ms(value: &Value) -> String {
    format!("{} / {}", value["median"], value["p95"])
}

/// A value as plain text: a string without its quotes.
fn text(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_string)
}

fn print_table(report: &Value) {
    let machine = &report["machine"];
    println!(
        "\ncup-bracket benchmark: {} cores, {}, {}",
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
    let first = &report["first_render_ms"];
    let click = &report["click_ms"];
    println!("\nindex.html, ms (median / p95)");
    println!(
        "  first render, every tie in the DOM  {}",
        ms(&first["all_ties_in_dom"])
    );
    println!(
        "  first render, next frame            {}",
        ms(&first["next_frame"])
    );
    println!(
        "  click, boxes in the DOM             {}",
        ms(&click["boxes_in_dom"])
    );
    println!(
        "  click, next frame                   {}",
        ms(&click["next_frame"])
    );
    println!(
        "  click, the frame after (painted)    {}",
        ms(&click["frame_after"])
    );
    println!(
        "  DOM changes over {} clicks: {} in the opened tie, {} to the lines, {} elsewhere",
        text(&report["runs"]["clicks"]),
        text(&click["changes_inside_tie"]),
        text(&click["changes_to_lines"]),
        text(&click["changes_outside_tie"])
    );
    println!("\ngenerated competitions, ms (median / p95)");
    println!(
        "{:>6} {:>6} {:>9} {:>15} {:>15} {:>15} {:>15} {:>15} {:>10} {:>9} {:>9}",
        "teams",
        "ties",
        "data B",
        "render",
        "render, after",
        "click, DOM",
        "click, frame",
        "click, after",
        "wasm mem",
        "elements",
        "outside"
    );
    for row in report["scaling"].as_array().into_iter().flatten() {
        println!(
            "{:>6} {:>6} {:>9} {:>15} {:>15} {:>15} {:>15} {:>15} {:>10} {:>9} {:>9}",
            text(&row["teams"]),
            text(&row["ties"]),
            text(&row["data_bytes"]),
            ms(&row["render_ms"]),
            ms(&row["render_shown_ms"]),
            ms(&row["click_dom_ms"]),
            ms(&row["click_frame_ms"]),
            ms(&row["click_shown_ms"]),
            text(&row["wasm_memory_bytes"]),
            text(&row["elements"]),
            text(&row["changes_outside_tie"])
        );
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
    }
}
