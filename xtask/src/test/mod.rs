//! `cargo xtask test`: every check and test, in order.
//!
//! Each step is one function in its own file; adding a step means adding the
//! file and one line to [`STEPS`]. A browser step runs once in each browser
//! (Chromium, then Firefox), each run a row of the summary named after its
//! browser. A failed check or build (fmt, clippy, the native tests, the
//! bundle) stops the run; a failed browser step does not, so that one run
//! shows what fails in which browser. The last line printed is the summary the CI reads,
//! `N passed, N failed`: every test that a test runner reports (cargo's and
//! wasm-bindgen-test's `test result:` lines) counts once, and every check that
//! is not a test runner (fmt, clippy, the bundle build) counts as one.

mod accessibility;
mod browser;
mod bundle;
mod clippy;
mod console;
mod fmt;
mod live;
mod native;
mod pages;
mod pointer;
mod tally;

use std::{
    path::PathBuf,
    time::{Duration, Instant},
};

use crate::{
    install::{self, Needs},
    util::{self, Result},
    webdriver::Browser,
};

/// What every step may use.
pub struct Context {
    /// The chromedriver that drives Chromium.
    pub chromedriver: String,
    /// The geckodriver that drives Firefox.
    pub geckodriver: String,
    /// Where the release bundle is built, for the steps that check it.
    pub bundle_dir: PathBuf,
    /// The release build, once started beside the browser tests.
    pub early_bundle: std::cell::RefCell<Option<bundle::EarlyBuild>>,
}

impl Context {
    /// The driver of `browser`.
    pub fn driver(&self, browser: Browser) -> &str {
        match browser {
            Browser::Chromium => &self.chromedriver,
            Browser::Firefox => &self.geckodriver,
        }
    }
}

/// How a step runs.
enum Run {
    /// Once.
    Once(fn(&Context) -> Result<Report>),
    /// Once in each browser of [`Browser::ALL`].
    EachBrowser(fn(&Context, Browser) -> Result<Report>),
}

/// One step: a name for the summary, the function that runs it, and whether
/// its failure stops the run (the later steps need what it checks or builds).
struct Step {
    name: &'static str,
    run: Run,
    stops_the_run: bool,
}

impl Step {
    /// Its rows in the summary: its name, or its name and each browser's.
    fn rows(&self) -> usize {
        match self.run {
            Run::Once(_) => 1,
            Run::EachBrowser(_) => Browser::ALL.len(),
        }
    }
}

/// The steps, in the order they run.
const STEPS: &[Step] = &[
    Step {
        name: "rustfmt",
        run: Run::Once(fmt::check),
        stops_the_run: true,
    },
    Step {
        name: "clippy (native)",
        run: Run::Once(clippy::native),
        stops_the_run: true,
    },
    Step {
        name: "clippy (wasm32)",
        run: Run::Once(clippy::wasm),
        stops_the_run: true,
    },
    Step {
        name: "native tests",
        run: Run::Once(native::tests),
        stops_the_run: true,
    },
    Step {
        name: "browser tests",
        run: Run::EachBrowser(browser::tests),
        stops_the_run: false,
    },
    Step {
        name: "release bundle",
        run: Run::Once(bundle::release),
        stops_the_run: true,
    },
    Step {
        name: "built pages",
        run: Run::EachBrowser(pages::tests),
        stops_the_run: false,
    },
    Step {
        name: "accessibility",
        run: Run::EachBrowser(accessibility::tests),
        stops_the_run: false,
    },
    Step {
        name: "pointer",
        run: Run::EachBrowser(pointer::tests),
        stops_the_run: false,
    },
];

/// What a step found.
#[derive(Default)]
pub struct Report {
    /// Tests (or checks) that passed.
    pub passed: u64,
    /// Tests (or checks) that failed.
    pub failed: u64,
    /// Tests the runner ignored.
    pub ignored: u64,
    /// Why the step failed, if it did.
    pub failure: Option<String>,
}

impl Report {
    /// A check that is not a test runner: one pass, or one failure.
    pub fn check(result: Result<()>) -> Report {
        match result {
            Ok(()) => Report {
                passed: 1,
                ..Report::default()
            },
            Err(error) => Report {
                failed: 1,
                failure: Some(error.to_string()),
                ..Report::default()
            },
        }
    }

    /// A test runner's run: its `test result:` lines summed; `success` is its exit status.
    pub fn tests(success: bool, output: &str, what: &str) -> Report {
        let mut report = Report::default();
        for line in output.lines() {
            if let Some(counts) = parse_test_result(line) {
                report.passed += counts.0;
                report.failed += counts.1;
                report.ignored += counts.2;
            }
        }
        if !success {
            // A build error or a crashed runner fails without a failed test to show.
            if report.failed == 0 {
                report.failed = 1;
            }
            report.failure = Some(format!("{what} failed (see the output above)"));
        }
        report
    }
}

/// `(passed, failed, ignored)` from libtest's (and wasm-bindgen-test's) summary,
/// `test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; …`.
fn parse_test_result(line: &str) -> Option<(u64, u64, u64)> {
    let rest = line.trim().strip_prefix("test result: ")?;
    let (_, counts) = rest.split_once(". ")?;
    let mut found = (None, None, None);
    for part in counts.split(';') {
        let mut words = part.split_whitespace();
        let number = words.next().and_then(|n| n.parse::<u64>().ok());
        match words.next() {
            Some("passed") => found.0 = number,
            Some("failed") => found.1 = number,
            Some("ignored") => found.2 = number,
            _ => {}
        }
    }
    Some((found.0?, found.1?, found.2.unwrap_or(0)))
}

/// Runs every step, prints the summary; an error if any step failed.
pub fn run() -> Result<()> {
    let start = Instant::now();
    let tools = install::ensure_tools(Needs::ALL)?;
    let context = Context {
        chromedriver: tools.chromedriver.ok_or("no chromedriver")?,
        geckodriver: tools.geckodriver.ok_or("no geckodriver")?,
        bundle_dir: util::target_dir().join("xtask").join("bundle"),
        early_bundle: std::cell::RefCell::new(None),
    };
    // `XTASK_ONLY=text[,text…]`: only the rows whose name holds one of the
    // texts (for working on one step; CI runs them all).
    let only = std::env::var("XTASK_ONLY")
        .ok()
        .filter(|text| !text.is_empty());
    let mut done: Vec<(String, Report, Duration)> = Vec::new();
    for step in STEPS {
        let runs: Vec<(String, Option<Browser>)> = match step.run {
            Run::Once(_) => vec![(step.name.to_string(), None)],
            Run::EachBrowser(_) => Browser::ALL
                .iter()
                .map(|&browser| (format!("{} ({browser})", step.name), Some(browser)))
                .collect(),
        };
        let mut failed = false;
        for (name, browser) in runs {
            let chosen = |only: &str| only.split(',').any(|text| name.contains(text));
            if only.as_deref().is_some_and(|only| !chosen(only)) {
                continue;
            }
            // The release build starts beside the browser tests, which
            // mostly wait on the browsers (bundle.rs), if it is to run.
            let bundle_wanted = only
                .as_deref()
                .is_none_or(|only| only.split(',').any(|text| "release bundle".contains(text)));
            if step.name == "browser tests"
                && bundle_wanted
                && context.early_bundle.borrow().is_none()
            {
                println!("\n(xtask test: the release bundle builds meanwhile; its output comes at its step)");
                *context.early_bundle.borrow_mut() = Some(bundle::start_early(&context));
            }
            println!("\n==> xtask test: {name}");
            let step_start = Instant::now();
            let result = match (&step.run, browser) {
                (Run::Once(run), _) => run(&context),
                (Run::EachBrowser(run), Some(browser)) => run(&context, browser),
                (Run::EachBrowser(_), None) => Err("a browser step needs a browser".into()),
            };
            let report = result.unwrap_or_else(|error| Report {
                failed: 1,
                failure: Some(error.to_string()),
                ..Report::default()
            });
            failed |= report.failure.is_some();
            done.push((name, report, step_start.elapsed()));
        }
        if failed && step.stops_the_run {
            break;
        }
    }
    if let Some(text) = &only {
        println!("\nxtask test: XTASK_ONLY={text:?}: only the rows whose name holds it (or one of its comma-separated texts) ran");
    }
    summarize(&done, start.elapsed(), only.is_none())
}

/// Prints one line per step (and browser), then `N passed, N failed` alone on the last line.
fn summarize(done: &[(String, Report, Duration)], total: Duration, all: bool) -> Result<()> {
    println!(
        "\n==> xtask test: summary ({:.0}s in all)",
        total.as_secs_f64()
    );
    let (mut passed, mut failed) = (0, 0);
    for (name, report, took) in done {
        let status = if report.failure.is_some() {
            "FAILED"
        } else {
            "ok"
        };
        let ignored = match report.ignored {
            0 => String::new(),
            n => format!(", {n} ignored"),
        };
        println!(
            "  {status:<6} {name:<26} {:>4} passed, {} failed{ignored}  ({:.1}s)",
            report.passed,
            report.failed,
            took.as_secs_f64()
        );
        passed += report.passed;
        failed += report.failed;
    }
    let rows: usize = STEPS.iter().map(Step::rows).sum();
    let skipped = rows.saturating_sub(done.len());
    let failures: Vec<String> = done
        .iter()
        .filter_map(|(name, report, _)| {
            report
                .failure
                .as_ref()
                .map(|why| format!("step `{name}` failed: {why}"))
        })
        .collect();
    if !failures.is_empty() {
        println!();
        for message in &failures {
            println!("xtask test: {message}");
        }
        if skipped > 0 && all {
            println!("xtask test: {skipped} later step(s) not run");
        }
    }
    println!("{passed} passed, {failed} failed");
    if failures.is_empty() {
        Ok(())
    } else {
        Err(util::Reported.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_libtest_summaries() {
        let ok = "test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s";
        assert_eq!(parse_test_result(ok), Some((12, 0, 1)));
        let bad = "test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out";
        assert_eq!(parse_test_result(bad), Some((3, 2, 0)));
        assert_eq!(parse_test_result("running 3 tests"), None);
    }

    #[test]
    fn a_failed_run_without_counts_is_one_failure() {
        let report = Report::tests(false, "error[E0425]: cannot find value", "cargo test");
        assert_eq!((report.passed, report.failed), (0, 1));
        assert!(report.failure.is_some());
    }
}
