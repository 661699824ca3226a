//! Project automation, run as `cargo xtask <command>` (see README.md).
//!
//! Each command first installs the tools it needs and are missing
//! (`install.rs`), then does its work. Errors travel up to `try_main` and are
//! printed once, as one message, without a backtrace.

mod bench;
mod dist;
mod install;
mod serve;
mod static_server;
mod test;
mod util;
mod webdriver;

use std::process::ExitCode;

use util::Result;

const USAGE: &str = "\
Usage: cargo xtask <command>

Commands:
  serve [--port N]   build the bracket and serve it on http://127.0.0.1:8080/
  test               run every check and test (what CI runs)
  dist               build the release bundle into dist/
  bench [--quick]    size, and cold renders, clicks and page loads beside
                     brackets-viewer.js in headless Chromium; a table, and
                     target/bench/bench.json
  bench --pages      the size and the page loads alone
  install            only install the missing tools

Each command installs the tools it needs that are missing: the
wasm32-unknown-unknown target, wasm-bindgen-cli, Trunk, Chromium and its
driver and Firefox (apt-get), geckodriver (cargo install), and the npm
packages of package-lock.json (npm ci).

XTASK_ONLY=TEXT cargo xtask test runs only the steps (and browsers) whose
summary name holds TEXT, such as `firefox` or `pointer (chromium)`; several
texts, comma-separated, run the rows of each: `release,pointer (chromium)`.";

fn main() -> ExitCode {
    match try_main() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.is::<util::Reported>() => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("\nxtask: error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn try_main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let command = args.next();
    let rest: Vec<String> = args.collect();
    match command.as_deref() {
        Some("serve") => serve::run(&rest),
        Some("test") => no_args("test", &rest).and_then(|()| test::run()),
        Some("dist") => no_args("dist", &rest).and_then(|()| dist::run()),
        Some("bench") => bench::run(&rest),
        Some("install") => {
            no_args("install", &rest).and_then(|()| install::ensure(install::Needs::ALL))
        }
        Some("help" | "-h" | "--help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}").into()),
        None => Err(format!("no command given\n\n{USAGE}").into()),
    }
}

/// Rejects arguments given to a command that takes none.
fn no_args(command: &str, rest: &[String]) -> Result<()> {
    match rest.first() {
        None => Ok(()),
        Some(arg) => Err(format!("`cargo xtask {command}` takes no argument (got `{arg}`)").into()),
    }
}
