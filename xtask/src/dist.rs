//! `cargo xtask dist`: the release bundle in dist/, ready to be served as static files.

use crate::{
    install::{self, Needs},
    serve,
    util::{self, Result},
};

/// Installs what is missing, then builds the release bundle into dist/.
pub fn run() -> Result<()> {
    install::ensure(Needs::BUNDLE)?;
    let dist = util::root().join("dist");
    serve::trunk_build(&dist)?;
    println!("\nxtask: the release bundle is in {}", dist.display());
    Ok(())
}
