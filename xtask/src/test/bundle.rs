//! The release bundle: `trunk build --release` into a scratch folder, so a broken
//! bundle fails the tests (later steps may check the built pages there).

use super::{Context, Report};
use crate::{serve, util::Result};

/// Builds the release bundle into `context.bundle_dir` and checks its main files exist.
pub fn release(context: &Context) -> Result<Report> {
    let result = serve::trunk_build(&context.bundle_dir).and_then(|()| {
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
