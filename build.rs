//! Validates the competition file with the core crate and embeds it, minified
//! and without what follows from the rest (`json::to_embedded`), so that a
//! broken file fails the build and never reaches a page.

use std::{env, fs, path::Path, process};

const DATA_FILE: &str = "data/2017-caf-confederation-cup-qualifying.json";

fn main() {
    println!("cargo:rerun-if-changed={DATA_FILE}");
    let text = fs::read_to_string(DATA_FILE).unwrap_or_else(|error| {
        eprintln!("error: {DATA_FILE}: {error}");
        process::exit(1);
    });
    let competition = cup_bracket_core::json::parse_competition(&text).unwrap_or_else(|problems| {
        for problem in &problems {
            println!("cargo:warning={DATA_FILE}: {problem}");
            eprintln!("{DATA_FILE}: {problem}");
        }
        eprintln!("error: {DATA_FILE} is not a valid competition file");
        process::exit(1);
    });
    // Without what the widget puts back (tie ids, hosts, match ids that follow
    // from the teams): 2 KB less gzipped. Whole, should that not come back.
    let minified = cup_bracket_core::json::to_embedded(&competition)
        .unwrap_or_else(|| cup_bracket_core::json::to_minified(&competition));
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("competition.json");
    if let Err(error) = fs::write(&out, minified) {
        eprintln!("error: {}: {error}", out.display());
        process::exit(1);
    }
}
