//! Formatting: `cargo fmt --all -- --check`.

use super::{Context, Report};
use crate::util::{self, Result};

/// Fails when any file of the workspace is not as rustfmt would write it.
pub fn check(_: &Context) -> Result<Report> {
    let mut command = util::cargo();
    command.args(["fmt", "--all", "--", "--check"]);
    Ok(Report::check(util::run(&mut command).map_err(|error| {
        format!("{error}; run `cargo fmt --all` to fix the formatting").into()
    })))
}
