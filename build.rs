//! Validates the competition file with the core crate and embeds it, minified
//! and without what follows from the rest (`json::to_embedded`), so that a
//! broken file fails the build and never reaches a page; and fingerprints the
//! widget's source, so that markup rendered at build time by other code is
//! never hydrated (`hydration.rs`).

use std::{env, fs, path::Path, process};

const DATA_FILE: &str = "data/2017-caf-confederation-cup-qualifying.json";

/// FNV-1a over every file under `dir`, in name order.
fn fingerprint(dir: &Path, hash: &mut u64) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            fingerprint(&path, hash);
        } else if let Ok(bytes) = fs::read(&path) {
            for byte in bytes {
                *hash ^= u64::from(byte);
                *hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed={DATA_FILE}");
    println!("cargo:rerun-if-changed=src");
    let mut source = 0xcbf2_9ce4_8422_2325;
    fingerprint(Path::new("src"), &mut source);
    println!("cargo:rustc-env=CUP_BRACKET_SOURCE={source:016x}");
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
