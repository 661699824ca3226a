//! Browser tests: wasm-bindgen-test in headless Chromium (through chromedriver)
//! and headless Firefox (through geckodriver), one run each.
//!
//! cargo runs the test wasm with `wasm-bindgen-test-runner` (.cargo/config.toml),
//! which starts the driver named by `$GECKODRIVER` or `$CHROMEDRIVER` (in that
//! order: the other one is removed from its environment) and reads the
//! browser's capabilities from `$WASM_BINDGEN_TEST_WEBDRIVER_JSON`, here the
//! repository's `webdriver.json`, which holds both browsers' options (each
//! driver reads its own). The test wasm is built once; the second run only
//! runs it.

use super::{Context, Report};
use crate::{
    install::WASM_TARGET,
    util::{self, Result},
    webdriver::{Browser, OPTIONS_FILE},
};

/// Seconds one browser test may take; the runner's default (20) is tight on 2 busy cores.
const TIMEOUT_SECONDS: &str = "90";

/// `cargo test -p cup-bracket --target wasm32-unknown-unknown --test browser`, in `browser`.
pub fn tests(context: &Context, browser: Browser) -> Result<Report> {
    let webdriver_json = util::root().join(OPTIONS_FILE);
    if !webdriver_json.is_file() {
        return Err(format!("{} is missing", webdriver_json.display()).into());
    }
    // The options must be there, or the runner would start the browser with none.
    crate::webdriver::options(browser)?;
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
    // The runner takes the first of GECKODRIVER, CHROMEDRIVER (and then PATH)
    // it finds: only this browser's is set.
    for other in Browser::ALL {
        command.env_remove(other.driver_variable());
        command.env_remove(format!("{}_REMOTE", other.driver_variable()));
    }
    command.env(browser.driver_variable(), context.driver(browser));
    command.env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver_json);
    if std::env::var_os("WASM_BINDGEN_TEST_TIMEOUT").is_none() {
        command.env("WASM_BINDGEN_TEST_TIMEOUT", TIMEOUT_SECONDS);
    }
    let (success, output) = util::run_capturing(&mut command)?;
    let mut report = Report::tests(success, &output, &format!("the browser tests in {browser}"));
    let ran_in = format!("Running headless tests in {}", browser.runner_name());
    if success && !output.contains(&ran_in) {
        // A runner that ran nothing in this browser would otherwise pass unnoticed.
        report.failed += 1;
        report.failure = Some(format!(
            "wasm-bindgen-test-runner did not run the tests in {} ({browser})",
            browser.runner_name()
        ));
    }
    Ok(report)
}
