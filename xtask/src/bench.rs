//! `cargo xtask bench`: reserved for the benchmarks, which are not written yet.

use crate::util::Result;

/// Says that there are no benchmarks yet (and fails, so no script mistakes it for a run).
pub fn run(_args: &[String]) -> Result<()> {
    Err("`cargo xtask bench` is not written yet: there are no benchmarks so far".into())
}
