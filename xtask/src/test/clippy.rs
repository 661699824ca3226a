//! Lints: clippy with `-D warnings`, natively and for wasm32.

use super::{Context, Report};
use crate::{
    install::WASM_TARGET,
    util::{self, Result},
};

/// The whole workspace, every target, for the host: the command-line tool
/// and the build-time rendering too (the features the native tests build).
pub fn native(_: &Context) -> Result<Report> {
    let mut command = util::cargo();
    command.args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--features",
        "cup-bracket/cli",
        "--",
        "-D",
        "warnings",
    ]);
    Ok(Report::check(util::run(&mut command)))
}

/// The widget, every target (the browser tests among them), for wasm32.
pub fn wasm(_: &Context) -> Result<Report> {
    let mut command = util::cargo();
    command.args([
        "clippy",
        "-p",
        "cup-bracket",
        "--target",
        WASM_TARGET,
        "--all-targets",
    ]);
    command.args(["--", "-D", "warnings"]);
    Ok(Report::check(util::run(&mut command)))
}
