//! The count of a browser step's tests, as its runner prints them
//! (`test <step> (<browser>)::<name> ... ok`), with the console's errors seen
//! during each, which the step's last test checks: none anywhere.

use super::console::{shown, LogEntry};
use super::pages::check;
use super::Report;
use crate::util::Result;
use crate::webdriver::Browser;

/// A browser step's tests so far.
pub struct Tally {
    step: &'static str,
    browser: Browser,
    report: Report,
    failures: Vec<String>,
    console: Vec<(String, LogEntry)>,
}

impl Tally {
    /// An empty tally of `step` in `browser`.
    pub fn new(step: &'static str, browser: Browser) -> Self {
        Tally {
            step,
            browser,
            report: Report::default(),
            failures: Vec::new(),
            console: Vec::new(),
        }
    }

    /// The test `name` passed or failed.
    pub fn record(&mut self, name: &str, result: Result<()>) {
        let (step, browser) = (self.step, self.browser);
        match result {
            Ok(()) => {
                println!("test {step} ({browser})::{name} ... ok");
                self.report.passed += 1;
            }
            Err(error) => {
                println!("test {step} ({browser})::{name} ... FAILED\n    {error}");
                self.report.failed += 1;
                self.failures.push(name.to_string());
            }
        }
    }

    /// Errors of the console seen during the test `name`.
    pub fn console_errors<'a>(
        &mut self,
        name: &str,
        entries: impl IntoIterator<Item = &'a LogEntry>,
    ) {
        self.console.extend(
            entries
                .into_iter()
                .map(|entry| (name.to_string(), entry.clone())),
        );
    }

    /// One last test, no error in the console during all of them; the
    /// step's report, its failure naming the browser and the tests failed.
    pub fn finish(mut self) -> Report {
        let severe: Vec<String> = self
            .console
            .iter()
            .map(|(name, entry)| format!("during `{name}`: {}", shown(&[entry])))
            .collect();
        self.record(
            "no error in the console during all of the above",
            check(severe.is_empty(), || {
                format!("errors in the console:\n      {}", severe.join("\n      "))
            }),
        );
        let (step, browser) = (self.step, self.browser);
        let mut report = self.report;
        println!(
            "{step} ({browser}): {} passed; {} failed",
            report.passed, report.failed
        );
        if !self.failures.is_empty() {
            report.failure = Some(format!(
                "in {browser}, {} of {} failed: {}",
                self.failures.len(),
                report.passed + report.failed,
                self.failures.join("; ")
            ));
        }
        report
    }
}
