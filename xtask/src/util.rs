//! Small helpers shared by the commands: paths, running programs, the error type.

use std::{
    env,
    ffi::OsStr,
    fmt,
    io::{BufRead, BufReader, Write},
    path::{Path, PathBuf},
    process::{Command, Stdio},
};

/// The error every command returns: a message meant for a person.
pub type Error = Box<dyn std::error::Error>;

/// The result every command returns.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error already reported on the output: `main` exits non-zero without a message,
/// so that `cargo xtask test` can end on its summary line.
#[derive(Debug)]
pub struct Reported;

impl fmt::Display for Reported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("failed (reported above)")
    }
}

impl std::error::Error for Reported {}

/// The repository root (the workspace root, where Cargo.toml, Trunk.toml and index.html are).
pub fn root() -> PathBuf {
    let xtask_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask_dir.parent().unwrap_or(xtask_dir).to_path_buf()
}

/// cargo's target directory: `$CARGO_TARGET_DIR`, else target/ in the root.
pub fn target_dir() -> PathBuf {
    match env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root().join(dir),
        None => root().join("target"),
    }
}

/// A `Command` for the cargo that runs us (`$CARGO`), so that the same toolchain is used.
pub fn cargo() -> Command {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.current_dir(root());
    // In CI every build starts from an empty target dir, where incremental
    // compilation's extra bookkeeping only costs time.
    if env::var_os("CI").is_some() && env::var_os("CARGO_INCREMENTAL").is_none() {
        command.env("CARGO_INCREMENTAL", "0");
    }
    command
}

/// A `Command` for `program`, run from the repository root.
pub fn command(program: impl AsRef<OsStr>) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root());
    command
}

/// Where `cargo install` puts binaries: `$CARGO_HOME/bin`, by default `~/.cargo/bin`.
pub fn cargo_bin_dir() -> Option<PathBuf> {
    if let Some(home) = env::var_os("CARGO_HOME") {
        return Some(PathBuf::from(home).join("bin"));
    }
    env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo").join("bin"))
}

/// Puts the cargo bin dir and ./node_modules/.bin first on this process's `PATH`,
/// so that every program started from here (Trunk, cargo's test runner) finds the
/// tools installed for the project: wasm-bindgen, trunk and wasm-opt.
pub fn set_tool_path() -> Result<()> {
    let mut dirs = vec![root().join("node_modules").join(".bin")];
    dirs.extend(cargo_bin_dir());
    let old = env::var_os("PATH").unwrap_or_default();
    let joined = env::join_paths(dirs.into_iter().chain(env::split_paths(&old)))
        .map_err(|error| format!("cannot set PATH: {error}"))?;
    // Set once at start-up, before any thread or child process exists.
    env::set_var("PATH", joined);
    Ok(())
}

/// Finds `program` on `PATH`, as a shell would.
pub fn which(program: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// A command line shown to the user, e.g. `cargo test --workspace`.
pub struct Shown<'a>(pub &'a Command);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let program = Path::new(self.0.get_program());
        let name = program.file_name().unwrap_or(program.as_os_str());
        write!(f, "{}", name.to_string_lossy())?;
        for arg in self.0.get_args() {
            write!(f, " {}", arg.to_string_lossy())?;
        }
        Ok(())
    }
}

/// Runs `command` with inherited output; an error if it can't start or fails.
pub fn run(command: &mut Command) -> Result<()> {
    println!("$ {}", Shown(command));
    let status = command
        .status()
        .map_err(|error| format!("cannot run `{}`: {error}", Shown(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", Shown(command)).into())
    }
}

/// Runs `command`, echoing its standard output line by line and returning it too
/// (standard error passes through). The bool says whether it succeeded.
pub fn run_capturing(command: &mut Command) -> Result<(bool, String)> {
    println!("$ {}", Shown(command));
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run `{}`: {error}", Shown(command)))?;
    let mut captured = String::new();
    if let Some(stdout) = child.stdout.take() {
        let mut out = std::io::stdout().lock();
        for line in BufReader::new(stdout).split(b'\n') {
            let line = line?;
            out.write_all(&line)?;
            out.write_all(b"\n")?;
            out.flush()?;
            captured.push_str(&String::from_utf8_lossy(&line));
            captured.push('\n');
        }
    }
    let status = child.wait()?;
    Ok((status.success(), captured))
}

/// The trimmed standard output of `program args`, or `None` if it can't run or fails.
pub fn output_of(program: impl AsRef<OsStr>, args: &[&str]) -> Option<String> {
    let output = command(program)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}
