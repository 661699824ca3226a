//! `cup-bracket validate FILE`, `cup-bracket outcomes FILE`, `cup-bracket import ARTICLE.wiki`,
//! `cup-bracket generate --teams N`, `cup-bracket fallback FILE [--into PAGE.html…]`.
//!
//! Exit codes: 0 done, 1 a bad or unreadable file, 2 a usage error.

use std::io::Write;
use std::process::ExitCode;

use cup_bracket_core::fallback::{inject, render, FallbackOptions};
use cup_bracket_core::generate::generate;
use cup_bracket_core::json::{parse_competition, to_pretty};
use cup_bracket_core::model::{Competition, TieKind};
use cup_bracket_core::outcomes::outcomes;

const USAGE: &str = "\
cup-bracket: check, decide, import and generate competition files

usage:
  cup-bracket validate FILE            check a competition file; every problem, one a line
  cup-bracket outcomes FILE            each tie's outcome as one JSON object a line
  cup-bracket import ARTICLE.wiki      an article's wikitext to a competition file (stdout)
  cup-bracket generate --teams N [--seed S]
                                       a synthetic valid competition of N teams (a power of two)
  cup-bracket fallback FILE            the results as a plain HTML list (stdout), for pages
                                       whose browser cannot run the widget
  cup-bracket fallback FILE --into PAGE.html...
                                       replace each `<!-- cup-bracket:fallback -->` marker
                                       in the pages with that list, in place
  cup-bracket help | --help            this text

exit status: 0 done, 1 a bad or unreadable file, 2 a usage error";

/// How a command ended when it did not succeed.
enum Failure {
    /// The input was bad: its problems were printed; exit 1.
    Bad,
    /// The command line was wrong: exit 2 with this message.
    Usage(String),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Bad) => ExitCode::from(1),
        Err(Failure::Usage(message)) => {
            eprintln!("cup-bracket: {message}\ntry `cup-bracket --help`");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["help" | "--help" | "-h"] => {
            emit(USAGE);
            Ok(())
        }
        ["validate", file] => validate(file),
        ["outcomes", file] => print_outcomes(file),
        ["import", file] => import(file),
        ["generate", options @ ..] => generate_command(options),
        ["fallback", file] => print_fallback(file),
        ["fallback", file, "--into", pages @ ..] if !pages.is_empty() => fill_pages(file, pages),
        [] => Err(Failure::Usage("a command is needed".into())),
        [command @ ("validate" | "outcomes" | "import" | "fallback"), ..] => Err(Failure::Usage(
            format!("`{command}` takes exactly one file"),
        )),
        [other, ..] => Err(Failure::Usage(format!("unknown command `{other}`"))),
    }
}

/// A line on stdout; a closed pipe (`| head`) is not an error of ours, so it is ignored.
fn emit(text: &str) {
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

fn read(file: &str) -> Result<String, Failure> {
    std::fs::read_to_string(file).map_err(|error| {
        eprintln!("{file}: cannot read: {error}");
        Failure::Bad
    })
}

/// The file's competition, or every problem printed to stderr.
fn load(file: &str) -> Result<Competition, Failure> {
    let text = read(file)?;
    parse_competition(&text).map_err(|problems| {
        for problem in &problems {
            eprintln!("{file}: {problem}");
        }
        let count = problems.len();
        let plural = if count == 1 { "" } else { "s" };
        eprintln!("{file}: invalid, {count} problem{plural}");
        Failure::Bad
    })
}

fn counted(count: usize, what: &str) -> String {
    if count == 1 {
        format!("1 {what}")
    } else {
        format!("{count} {what}s")
    }
}

fn validate(file: &str) -> Result<(), Failure> {
    let competition = load(file)?;
    let ties = competition.rounds.iter().flat_map(|round| &round.ties);
    let (mut contests, mut byes, mut matches) = (0, 0, 0);
    for tie in ties {
        match tie.kind() {
            Some(TieKind::Contest(_)) => contests += 1,
            Some(TieKind::Bye(_)) | None => byes += 1,
        }
        matches += tie.legs.len();
    }
    let byes = if byes > 0 {
        format!(", {}", counted(byes, "bye"))
    } else {
        String::new()
    };
    emit(&format!(
        "{file}: valid, {}, {}{byes}, {}, {}",
        counted(competition.rounds.len(), "round"),
        counted(contests, "tie"),
        counted(competition.teams.len(), "team"),
        counted(matches, "match").replace("matchs", "matches"),
    ));
    Ok(())
}

fn print_outcomes(file: &str) -> Result<(), Failure> {
    let competition = load(file)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for result in outcomes(&competition) {
        let line = serde_json::to_string(&result).unwrap_or_default();
        // A closed pipe (`| head`) is not an error of ours: stop quietly.
        if writeln!(out, "{line}").is_err() {
            return Ok(());
        }
    }
    let _ = out.flush();
    Ok(())
}

fn print_fallback(file: &str) -> Result<(), Failure> {
    let competition = load(file)?;
    let html = render(&competition, &FallbackOptions::default()).map_err(Failure::Usage)?;
    emit(&html);
    Ok(())
}

/// Fills in every page's markers; a page without one is an error, since the
/// build that asked for it expects a list there.
fn fill_pages(file: &str, pages: &[&str]) -> Result<(), Failure> {
    let competition = load(file)?;
    for page in pages {
        let text = read(page)?;
        let (filled, count) = inject(&text, &competition).map_err(|error| {
            eprintln!("{page}: {error}");
            Failure::Bad
        })?;
        if count == 0 {
            eprintln!("{page}: no `<!-- cup-bracket:fallback -->` marker");
            return Err(Failure::Bad);
        }
        std::fs::write(page, filled).map_err(|error| {
            eprintln!("{page}: cannot write: {error}");
            Failure::Bad
        })?;
    }
    Ok(())
}

fn import(file: &str) -> Result<(), Failure> {
    let text = read(file)?;
    let imported = cup_bracket_core::import::import(&text).map_err(|error| {
        eprintln!("{file}: {error}");
        Failure::Bad
    })?;
    for warning in &imported.warnings {
        eprintln!("{file}: warning: {warning}");
    }
    emit(&to_pretty(&imported.competition));
    let problems = cup_bracket_core::validate::validate(&imported.competition);
    for problem in &problems {
        eprintln!("{file}: imported file is invalid: {problem}");
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::Bad)
    }
}

fn generate_command(options: &[&str]) -> Result<(), Failure> {
    let mut teams = None;
    let mut seed = 2017;
    let mut rest = options.iter();
    while let Some(option) = rest.next() {
        let value = rest.next();
        let number = |name: &str| -> Result<u64, Failure> {
            value
                .and_then(|value| value.parse().ok())
                .ok_or_else(|| Failure::Usage(format!("{name} needs a whole number")))
        };
        match *option {
            "--teams" => teams = Some(number("--teams")?),
            "--seed" => seed = number("--seed")?,
            other => return Err(Failure::Usage(format!("unknown option `{other}`"))),
        }
    }
    let teams = teams.ok_or_else(|| Failure::Usage("generate needs --teams N".into()))?;
    let teams = usize::try_from(teams).unwrap_or(usize::MAX);
    let competition = generate(teams, seed).map_err(Failure::Usage)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let _ = serde_json::to_writer_pretty(&mut out, &competition);
    let _ = writeln!(out);
    let _ = out.flush();
    Ok(())
}
