//! `cargo xtask serve`: build the bracket and serve it on 127.0.0.1 with Trunk.
//!
//! Also the one place Trunk is run, for `dist` and the test's bundle step too.
//! Trunk.toml sets `offline = true`, so Trunk's cargo build runs with
//! `--offline`: the crates are fetched first with `cargo fetch`.

use std::{path::Path, process::Command};

use crate::{
    install::{self, Needs},
    util::{self, Result},
};

/// The address the bracket is served on.
const ADDRESS: &str = "127.0.0.1";

/// The port used when none is given.
const DEFAULT_PORT: u16 = 8080;

/// Installs what is missing, then runs `trunk serve` until interrupted.
pub fn run(args: &[String]) -> Result<()> {
    let port = parse_port(args)?;
    install::ensure(Needs::BUNDLE)?;
    fetch_crates()?;
    let url = format!("http://{ADDRESS}:{port}/");
    println!("\nxtask: serving the bracket on {url} (Ctrl-C stops it)\n");
    let mut command = trunk();
    command.args(["serve", "--address", ADDRESS, "--port", &port.to_string()]);
    util::run(&mut command)
}

/// `--port N` (or `--port=N`), else the default.
fn parse_port(args: &[String]) -> Result<u16> {
    let mut port = DEFAULT_PORT;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--port") {
            Some("") => args.next().map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => {
                return Err(format!(
                    "unknown argument `{arg}` (usage: cargo xtask serve [--port N])"
                )
                .into())
            }
        };
        port = value
            .and_then(|v| v.parse().ok())
            .ok_or("--port needs a port number, e.g. --port 8081")?;
    }
    Ok(port)
}

/// Downloads the crates the build needs, since Trunk's cargo build is offline.
pub fn fetch_crates() -> Result<()> {
    let mut command = util::cargo();
    command.args(["fetch", "--quiet"]);
    util::run(&mut command)
}

/// A `Command` for Trunk, kept off the network: `TRUNK_OFFLINE` is Trunk.toml's
/// `offline` and also stops Trunk's check for a newer Trunk, which the file's
/// setting alone does not.
fn trunk() -> Command {
    let mut command = util::command("trunk");
    command.env("TRUNK_OFFLINE", "true");
    command.env("TRUNK_SKIP_VERSION_CHECK", "true");
    command
}

/// `trunk build --release --dist <dist>`; the tools must be ensured already.
pub fn trunk_build(dist: &Path) -> Result<()> {
    fetch_crates()?;
    util::run(&mut trunk_build_command(dist))
}

/// The command of [`trunk_build`].
pub fn trunk_build_command(dist: &Path) -> Command {
    let mut command = trunk();
    command.args(["build", "--release", "--dist"]).arg(dist);
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_port() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(parse_port(&args(&[])).ok(), Some(8080));
        assert_eq!(parse_port(&args(&["--port", "9000"])).ok(), Some(9000));
        assert_eq!(parse_port(&args(&["--port=9001"])).ok(), Some(9001));
        assert!(parse_port(&args(&["--port"])).is_err());
        assert!(parse_port(&args(&["--host"])).is_err());
    }
}
