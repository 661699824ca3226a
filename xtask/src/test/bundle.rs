//! The release bundle: `trunk build --release` into a scratch folder, so a broken
//! bundle fails the tests (later steps may check the built pages there).
//!
//! The build may start early, beside the browser tests (`start_early`):
//! those mostly wait on the browsers, leaving the cores to the release
//! build, which shares no build directory with them (the wasm's release
//! profile; the native tool the pages' hook runs waits its turn for the
//! debug one). This step then waits for it and shows its output.

use std::process::Stdio;
use std::thread::{self, JoinHandle};

use super::{Context, Report};
use crate::{
    serve,
    util::{self, Result},
};

/// A release build under way: whether it succeeded, and what it printed.
pub type EarlyBuild = JoinHandle<(bool, String)>;

/// Starts the release build in the background, its output kept for later.
pub fn start_early(context: &Context) -> EarlyBuild {
    let dist = context.bundle_dir.clone();
    thread::spawn(move || {
        let fetched = serve::fetch_crates();
        let mut command = serve::trunk_build_command(&dist);
        let shown = format!("$ {}\n", util::Shown(&command));
        let output = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output();
        match (fetched, output) {
            (Ok(()), Ok(output)) => {
                let mut text = shown;
                text.push_str(&String::from_utf8_lossy(&output.stdout));
                text.push_str(&String::from_utf8_lossy(&output.stderr));
                (output.status.success(), text)
            }
            (Err(error), _) => (false, format!("{shown}cannot fetch the crates: {error}")),
            (_, Err(error)) => (false, format!("{shown}cannot run Trunk: {error}")),
        }
    })
}

/// Builds the release bundle into `context.bundle_dir` (or waits for the
/// build started early) and checks its main files exist.
pub fn release(context: &Context) -> Result<Report> {
    let early = context.early_bundle.borrow_mut().take();
    let built = match early {
        Some(build) => match build.join() {
            Ok((succeeded, output)) => {
                print!("{output}");
                if succeeded {
                    Ok(())
                } else {
                    Err("`trunk build --release` failed (its output is above)".into())
                }
            }
            Err(_) => Err("the release build's thread panicked".into()),
        },
        None => serve::trunk_build(&context.bundle_dir),
    };
    let result = built.and_then(|()| {
        let dir = std::fs::read_dir(&context.bundle_dir)?;
        let names: Vec<String> = dir
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        let has = |suffix: &str| names.iter().any(|name| name.ends_with(suffix));
        if has("index.html") && has(".wasm") && has(".js") {
            Ok(())
        } else {
            Err(format!(
                "the bundle in {} lacks index.html, the .wasm or the .js: has {names:?}",
                context.bundle_dir.display()
            )
            .into())
        }
    });
    Ok(Report::check(result))
}
