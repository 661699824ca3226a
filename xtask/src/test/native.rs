//! Native tests: `cargo test --workspace` (core, the CLI, xtask, the widget's pure parts).

use super::{Context, Report};
use crate::util::{self, Result};

/// Every native test of the workspace, doc tests included.
pub fn tests(_: &Context) -> Result<Report> {
    let mut command = util::cargo();
    // With the command-line tool and the widget's build-time rendering
    // (whose tests keep the browser tests' fixture true).
    command.args(["test", "--workspace", "--features", "cup-bracket/cli"]);
    let (success, output) = util::run_capturing(&mut command)?;
    Ok(Report::tests(
        success,
        &output,
        "cargo test --workspace --features cup-bracket/cli",
    ))
}
