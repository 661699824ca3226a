//! Installs the tools a command needs, when missing, and nothing more.
//!
//! Every check is a cheap version query, so a second run installs nothing and
//! takes well under a second. Versions come from the files that pin them:
//! Trunk.toml (Trunk, and wasm-bindgen cross-checked against Cargo.lock),
//! xtask/Cargo.toml (geckodriver, under `[package.metadata.tools]`) and
//! package-lock.json (binaryen's wasm-opt, axe-core). The browsers are
//! Debian's.

use std::{fs, path::Path, time::Instant};

use crate::util::{self, Result};

/// The Rust target the widget compiles to.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The Debian packages of Chromium and its WebDriver.
const CHROMIUM_PACKAGES: &str = "chromium chromium-driver";
/// The Debian package of Firefox (its WebDriver, geckodriver, comes from cargo).
const FIREFOX_PACKAGES: &str = "firefox-esr";
/// The Firefox binary `webdriver.json` names.
const FIREFOX_BINARY: &str = "firefox-esr";
/// Debian's packages for the npm tools (wasm-opt, esbuild, axe-core).
const NODE_PACKAGES: &str = "nodejs npm";

/// Where Debian's chromium-driver puts the driver.
const DEBIAN_CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Which groups of tools a command needs.
#[derive(Clone, Copy)]
pub struct Needs {
    /// rustfmt and clippy, for the checks.
    pub lint: bool,
    /// Chromium and chromedriver, Firefox and geckodriver, for the browser tests.
    pub browser: bool,
}

impl Needs {
    /// Everything: what `cargo xtask test` needs.
    pub const ALL: Needs = Needs {
        lint: true,
        browser: true,
    };
    /// What building the bundle needs (serve, dist).
    pub const BUNDLE: Needs = Needs {
        lint: false,
        browser: false,
    };
}

/// The installed tools' locations, for the steps that pass them on.
pub struct Tools {
    /// The chromedriver binary, when the browsers were needed.
    pub chromedriver: Option<String>,
    /// The geckodriver binary, when the browsers were needed.
    pub geckodriver: Option<String>,
}

/// Installs what `needs` asks for and is missing, and puts the tools on `PATH`.
pub fn ensure(needs: Needs) -> Result<()> {
    ensure_tools(needs).map(|_| ())
}

/// Like [`ensure`], returning where the tools are.
pub fn ensure_tools(needs: Needs) -> Result<Tools> {
    let start = Instant::now();
    util::set_tool_path()?;
    let pins = Pins::read()?;
    wasm_target()?;
    if needs.lint {
        lint_components()?;
    }
    cargo_install(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        &pins.wasm_bindgen,
        false,
    )?;
    cargo_install("trunk", "trunk", &pins.trunk, true)?;
    npm_packages()?;
    let (chromedriver, geckodriver) = if needs.browser {
        let geckodriver = geckodriver(&pins.geckodriver)?;
        let chromedriver = browsers()?;
        (Some(chromedriver), Some(geckodriver))
    } else {
        (None, None)
    };
    let drivers = match (&chromedriver, &geckodriver) {
        (Some(chrome), Some(gecko)) => {
            format!(
                ", chromedriver {chrome}, geckodriver {} {gecko}",
                pins.geckodriver
            )
        }
        _ => String::new(),
    };
    println!(
        "xtask: tools ready ({:.1}s): {} target, wasm-bindgen {}, trunk {}, wasm-opt {}{drivers}",
        start.elapsed().as_secs_f64(),
        WASM_TARGET,
        pins.wasm_bindgen,
        pins.trunk,
        pins.wasm_opt,
    );
    Ok(Tools {
        chromedriver,
        geckodriver,
    })
}

/// The tool versions the repository pins.
struct Pins {
    wasm_bindgen: String,
    trunk: String,
    wasm_opt: String,
    geckodriver: String,
}

impl Pins {
    /// Reads the pins and checks that the files agree.
    fn read() -> Result<Pins> {
        let root = util::root();
        let lock = read(&root.join("Cargo.lock"))?;
        let trunk_toml = read(&root.join("Trunk.toml"))?;
        let wasm_bindgen = lock_version(&lock, "wasm-bindgen")
            .ok_or("Cargo.lock has no wasm-bindgen package: is the widget's dependency gone?")?;
        let in_trunk = toml_string(&trunk_toml, "tools", "wasm_bindgen")
            .ok_or("Trunk.toml has no `wasm_bindgen` under [tools]")?;
        if in_trunk != wasm_bindgen {
            return Err(format!(
                "Trunk.toml pins wasm_bindgen = \"{in_trunk}\" but Cargo.lock has wasm-bindgen \
                 {wasm_bindgen}: set [tools] wasm_bindgen in Trunk.toml to \"{wasm_bindgen}\""
            )
            .into());
        }
        let trunk = toml_string(&trunk_toml, "", "trunk-version")
            .ok_or("Trunk.toml has no top-level `trunk-version = \"=X.Y.Z\"`")?;
        let trunk = trunk.trim_start_matches('=').to_owned();
        let wasm_opt = toml_string(&trunk_toml, "tools", "wasm_opt")
            .ok_or("Trunk.toml has no `wasm_opt` under [tools]")?;
        let xtask_toml = read(&root.join("xtask").join("Cargo.toml"))?;
        let geckodriver = toml_string(&xtask_toml, "package.metadata.tools", "geckodriver")
            .ok_or("xtask/Cargo.toml has no `geckodriver` under [package.metadata.tools]")?;
        Ok(Pins {
            wasm_bindgen,
            trunk,
            wasm_opt,
            geckodriver,
        })
    }
}

/// Reads a text file, naming it in the error.
fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()).into())
}

/// The version of package `name` in a Cargo.lock.
fn lock_version(lock: &str, name: &str) -> Option<String> {
    let wanted = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            let version = lines.next()?.trim().strip_prefix("version = ")?;
            return Some(version.trim_matches('"').to_owned());
        }
    }
    None
}

/// The string value of `key` in `[section]` of a simple TOML file ("" for the top).
fn toml_string(text: &str, section: &str, key: &str) -> Option<String> {
    let mut current = "";
    for line in text.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.trim();
        } else if current == section {
            if let Some((k, v)) = line.split_once('=') {
                if k.trim() == key {
                    let value = v.split('#').next().unwrap_or_default().trim();
                    return Some(value.trim_matches('"').to_owned());
                }
            }
        }
    }
    None
}

/// The wasm32 target of the Rust standard library.
fn wasm_target() -> Result<()> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let sysroot = util::output_of(&rustc, &["--print", "sysroot"])
        .ok_or("cannot run `rustc --print sysroot`: is Rust installed?")?;
    let lib = Path::new(&sysroot).join("lib/rustlib").join(WASM_TARGET);
    if lib.is_dir() {
        return Ok(());
    }
    rustup(
        &["target", "add", WASM_TARGET],
        "the Rust target wasm32-unknown-unknown",
    )
}

/// rustfmt and clippy, which the checks run.
fn lint_components() -> Result<()> {
    let have = |tool: &str| {
        let mut command = util::cargo();
        command.args([tool, "--version"]);
        command.stdout(std::process::Stdio::null());
        command.stderr(std::process::Stdio::null());
        command.status().is_ok_and(|status| status.success())
    };
    if have("fmt") && have("clippy") {
        return Ok(());
    }
    rustup(
        &["component", "add", "rustfmt", "clippy"],
        "rustfmt and clippy",
    )
}

/// Runs `rustup args`, or says how to get `what` without rustup.
fn rustup(args: &[&str], what: &str) -> Result<()> {
    if util::which("rustup").is_none() {
        return Err(format!(
            "{what} missing, and rustup is not installed to add it. Install Rust with rustup \
             (https://rustup.rs), or add {what} to your Rust toolchain by its own means."
        )
        .into());
    }
    util::run(util::command("rustup").args(args))
}

/// Installs crate `krate` at `version` with cargo unless `binary --version` reports it.
///
/// `locked` is per crate: Trunk and geckodriver build with their own lock
/// files, while wasm-bindgen-cli's lock file names a crate version the
/// registry lacks.
fn cargo_install(binary: &str, krate: &str, version: &str, locked: bool) -> Result<()> {
    let found = util::output_of(binary, &["--version"]);
    // `wasm-bindgen 0.2.130`, `trunk 0.21.14`
    let installed = found
        .as_deref()
        .and_then(|text| text.split_whitespace().nth(1));
    if installed == Some(version) {
        return Ok(());
    }
    match installed {
        Some(other) => println!("xtask: {binary} is {other}, the project needs {version}"),
        None => println!("xtask: {binary} {version} is not installed"),
    }
    let mut command = util::cargo();
    command.args(["install", krate, "--version", version]);
    if locked {
        command.arg("--locked");
    }
    util::run(&mut command).map_err(|error| format!("installing {krate} {version}: {error}").into())
}

/// The npm packages of package-lock.json, installed with `npm ci` into ./node_modules.
///
/// A copy of the lock file in node_modules records what was installed, so the
/// packages are reinstalled exactly when package-lock.json changes.
fn npm_packages() -> Result<()> {
    let root = util::root();
    let lock = read(&root.join("package-lock.json"))?;
    let stamp = root.join("node_modules").join(".xtask-package-lock.json");
    let wasm_opt = root.join("node_modules").join(".bin").join("wasm-opt");
    if wasm_opt.is_file() && fs::read_to_string(&stamp).is_ok_and(|done| done == lock) {
        return Ok(());
    }
    if util::which("npm").is_none() {
        apt_install("Node.js and npm", NODE_PACKAGES)?;
        if util::which("npm").is_none() {
            return Err(format!("installed {NODE_PACKAGES}, but still no npm on PATH").into());
        }
    }
    util::run(util::command("npm").args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"]))?;
    fs::write(&stamp, lock).map_err(|error| format!("{}: {error}", stamp.display()))?;
    Ok(())
}

/// A driver's path: `$VARIABLE` if it names a file, else `default` if it is
/// a file, else `program` on `PATH`.
fn find_driver(variable: &str, default: Option<&Path>, program: &str) -> Option<String> {
    std::env::var(variable)
        .ok()
        .filter(|path| Path::new(path).is_file())
        .or_else(|| {
            default
                .filter(|path| path.is_file())
                .map(|path| path.display().to_string())
        })
        .or_else(|| util::which(program).map(|path| path.display().to_string()))
}

/// geckodriver at the pinned version, from `cargo install`; returns its path.
///
/// `$GECKODRIVER` may name another one; it is used as it is.
fn geckodriver(version: &str) -> Result<String> {
    if let Ok(path) = std::env::var("GECKODRIVER") {
        if Path::new(&path).is_file() {
            return Ok(path);
        }
    }
    cargo_install("geckodriver", "geckodriver", version, true)?;
    let installed = util::cargo_bin_dir().map(|dir| dir.join("geckodriver"));
    find_driver("GECKODRIVER", installed.as_deref(), "geckodriver")
        .ok_or_else(|| format!("installed geckodriver {version}, but cannot find it").into())
}

/// Chromium and chromedriver, and Firefox, from Debian's packages (one
/// apt-get for what is missing); returns chromedriver's path.
fn browsers() -> Result<String> {
    let chromedriver = || {
        find_driver(
            "CHROMEDRIVER",
            Some(Path::new(DEBIAN_CHROMEDRIVER)),
            "chromedriver",
        )
    };
    let have_chromium =
        || util::which("chromium").is_some() || util::which("chromium-browser").is_some();
    let have_firefox = || util::which(FIREFOX_BINARY).is_some();
    let mut missing = Vec::new();
    if chromedriver().is_none() || !have_chromium() {
        missing.push(CHROMIUM_PACKAGES);
    }
    if !have_firefox() {
        missing.push(FIREFOX_PACKAGES);
    }
    if !missing.is_empty() {
        let packages = missing.join(" ");
        apt_install(
            "The browsers (Chromium and chromedriver, Firefox)",
            &packages,
        )?;
    }
    match (chromedriver(), have_chromium(), have_firefox()) {
        (Some(path), true, true) => Ok(path),
        _ => Err(format!(
            "installed {CHROMIUM_PACKAGES} {FIREFOX_PACKAGES}, but still no chromium, \
             chromedriver and {FIREFOX_BINARY} on PATH"
        )
        .into()),
    }
}

/// Installs Debian `packages` with apt-get, as root; otherwise says what to run.
fn apt_install(what: &str, packages: &str) -> Result<()> {
    if util::which("apt-get").is_none() {
        return Err(format!(
            "{what} are missing and there is no apt-get to install them: install \
             them (the Debian packages are {packages}), put them on PATH, then run this again"
        )
        .into());
    }
    let uid = util::output_of("id", &["-u"]);
    if uid.as_deref() != Some("0") {
        return Err(format!(
            "{what} are missing. Install them, then run this again:\n\n    \
             sudo apt-get update && sudo apt-get install -y {packages}"
        )
        .into());
    }
    util::run(util::command("apt-get").arg("update"))?;
    util::run(
        util::command("apt-get")
            .env("DEBIAN_FRONTEND", "noninteractive")
            .args(["install", "-y"])
            .args(packages.split(' ')),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_version_from_cargo_lock() {
        let lock = "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            lock_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(lock_version(lock, "trunk"), None);
    }

    #[test]
    fn reads_a_string_in_a_toml_section() {
        let toml = "trunk-version = \"=0.21.14\"\n[tools]\nwasm_opt = \"version_132\" # binaryen\n";
        assert_eq!(
            toml_string(toml, "", "trunk-version").as_deref(),
            Some("=0.21.14")
        );
        assert_eq!(
            toml_string(toml, "tools", "wasm_opt").as_deref(),
            Some("version_132")
        );
        assert_eq!(toml_string(toml, "build", "wasm_opt"), None);
    }

    #[test]
    fn the_repository_pins_agree() {
        let pins = Pins::read().expect("Cargo.lock and Trunk.toml agree");
        assert!(pins.wasm_opt.starts_with("version_"));
        assert_eq!(pins.geckodriver.split('.').count(), 3, "an exact version");
    }
}
