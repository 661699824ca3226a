//! Browser tests: wasm-bindgen-test in headless Chromium, through chromedriver.
//!
//! cargo runs the test wasm with `wasm-bindgen-test-runner` (.cargo/config.toml),
//! which starts `$CHROMEDRIVER` and reads the browser's capabilities from
//! `webdriver.json` in the current directory (the package root, here the
//! repository root) or from `$WASM_BINDGEN_TEST_WEBDRIVER_JSON`.

use super::{Context, Report};
use crate::{
    install::WASM_TARGET,
    util::{self, Result},
};

/// Seconds one browser test may take; the runner's default (20) is tight on 2 busy cores.
const TIMEOUT_SECONDS: &str = "90";

/// `cargo test -p cup-bracket --target wasm32-unknown-unknown --test browser`.
pub fn tests(context: &Context) -> Result<Report> {
    let webdriver_json = util::root().join("webdriver.json");
    if !webdriver_json.is_file() {
        return Err(format!("{} is missing", webdriver_json.display()).into());
    }
    let mut command = util::cargo();
    command.args([
        "test",
        "-p",
        "cup-bracket",
        "--target",
        WASM_TARGET,
        "--test",
        "browser",
    ]);
    command.env("CHROMEDRIVER", &context.chromedriver);
    command.env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver_json);
    if std::env::var_os("WASM_BINDGEN_TEST_TIMEOUT").is_none() {
        command.env("WASM_BINDGEN_TEST_TIMEOUT", TIMEOUT_SECONDS);
    }
    let (success, output) = util::run_capturing(&mut command)?;
    let mut report = Report::tests(success, &output, "the browser tests");
    if success && !output.contains("Running headless tests in Chrome") {
        // A runner that ran nothing in Chrome would otherwise pass unnoticed.
        report.failed += 1;
        report.failure = Some("wasm-bindgen-test-runner did not run the tests in Chrome".into());
    }
    Ok(report)
}
