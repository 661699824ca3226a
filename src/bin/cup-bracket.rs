//! `cup-bracket validate FILE`,
//! `cup-bracket outcomes FILE [--as-of DATE] [--set RESULT…] [--lang LANG]`,
//! `cup-bracket import ARTICLE.wiki`, `cup-bracket generate --teams N [--seed S] [--played F]`,
//! `cup-bracket render FILE [--open MATCH] [--rounds IDS] [--theme THEME] [--lang LANG] [--into PAGE.html…]`.
//!
//! Exit codes: 0 done, 1 a bad or unreadable file, 2 a usage error.

use std::io::Write;
use std::process::ExitCode;

use cup_bracket::pages::{fill_markers, render, translate_page, RenderOptions};
use cup_bracket_core::as_of::as_of;
use cup_bracket_core::generate::{generate, generate_played};
use cup_bracket_core::json::{parse_competition, to_pretty};
use cup_bracket_core::model::{Competition, Lang, TieKind};
use cup_bracket_core::outcomes::outcomes_in;
use cup_bracket_core::what_if::{what_if, Hypothetical};

const USAGE: &str = "\
cup-bracket: check, decide, import, generate and render competition files

usage:
  cup-bracket validate FILE            check a competition file; every problem, one a line
  cup-bracket outcomes FILE [--as-of DATE] [--set RESULT]... [--lang en|fr|ar]
                                       each tie's outcome as one JSON object a line; a tie
                                       with only its last leg to play adds what each team
                                       needs in it. --as-of YYYY-MM-DD: the competition as
                                       it stood at the end of that day. --set (repeatable,
                                       after --as-of, in order): a leg still to play played
                                       as a what-if, MATCH=H-A or MATCH=H-A aet H-A pens H-A
                                       (--set 'IR Tanger v AS Kaloum=2-1'). --lang: the
                                       language of the summaries and needs (default en),
                                       team names from the file's names in it; ids and
                                       decided_by stay as they are
  cup-bracket import ARTICLE.wiki      an article's wikitext to a competition file (stdout)
  cup-bracket generate --teams N [--seed S] [--played F]
                                       a synthetic valid competition of N teams (a power of
                                       two); --played F (0 to 1): every leg dated, the first
                                       F of them in date order played, the rest scheduled
  cup-bracket render FILE [--open MATCH] [--rounds ID,ID] [--theme light|dark|auto]
                     [--as-of YYYY-MM-DD] [--replay true|false] [--lang en|fr|ar]
                     [--stylesheet URL]
                                       the widget drawn at build time (stdout): markup to put
                                       in the element the widget will be mounted in, where it
                                       paints with the page and mount() hydrates it (mount with
                                       the same options, the language included: en unless
                                       --lang says otherwise); its stylesheet linked
                                       from URL (default bracket.css)
  cup-bracket render FILE --into PAGE.html...
                                       replace each `<!-- cup-bracket:render OPTIONS -->`
                                       marker in the pages, in place (OPTIONS: open=\"MATCH\"
                                       rounds=ID,ID theme=THEME as-of=DATE replay=true
                                       lang=LANG; by default the page's <html lang>)
  cup-bracket render FILE --translate PAGE.html
                                       write PAGE.fr.html and PAGE.ar.html: the English page
                                       in each other language (<html lang>, the title, the
                                       language links), its markers left for --into
  cup-bracket help | --help            this text

exit status: 0 done, 1 a bad or unreadable file, 2 a usage error (a --as-of or --set
that cannot be read or played, or an unknown --lang, included)";

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
        ["outcomes", options @ ..] => outcomes_command(options),
        ["import", file] => import(file),
        ["generate", options @ ..] => generate_command(options),
        ["render", options @ ..] => render_command(options),
        [] => Err(Failure::Usage("a command is needed".into())),
        [command @ ("validate" | "import"), ..] => Err(Failure::Usage(format!(
            "`{command}` takes exactly one file"
        ))),
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

/// `outcomes FILE [--as-of DATE] [--set RESULT]... [--lang LANG]`: the
/// file, then the day, then the results in order; the sentences in `LANG`.
fn outcomes_command(words: &[&str]) -> Result<(), Failure> {
    let mut file = None;
    let mut day = None;
    let mut lang = None;
    let mut results = Vec::new();
    let mut rest = words.iter();
    while let Some(word) = rest.next() {
        match *word {
            "--as-of" => {
                let value = rest
                    .next()
                    .ok_or_else(|| Failure::Usage("--as-of needs a date (YYYY-MM-DD)".into()))?;
                if day.replace(*value).is_some() {
                    return Err(Failure::Usage("--as-of is given twice".into()));
                }
            }
            "--lang" => {
                let value = rest.next().ok_or_else(|| {
                    Failure::Usage(format!("--lang needs a language ({})", Lang::codes()))
                })?;
                let parsed = Lang::parse(value).ok_or_else(|| {
                    Failure::Usage(format!(
                        "--lang: unknown language `{value}` (one of {})",
                        Lang::codes()
                    ))
                })?;
                if lang.replace(parsed).is_some() {
                    return Err(Failure::Usage("--lang is given twice".into()));
                }
            }
            "--set" => {
                let value = rest
                    .next()
                    .ok_or_else(|| Failure::Usage("--set needs a result (\"MATCH=H-A\")".into()))?;
                let result = Hypothetical::parse(value)
                    .map_err(|error| Failure::Usage(format!("--set {error}")))?;
                results.push(result);
            }
            option if option.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option `{option}`")));
            }
            path if file.is_none() => file = Some(path),
            _ => return Err(Failure::Usage("`outcomes` takes exactly one file".into())),
        }
    }
    let file = file.ok_or_else(|| Failure::Usage("`outcomes` needs a file".into()))?;
    let mut competition = load(file)?;
    if let Some(day) = day {
        competition =
            as_of(&competition, day).map_err(|error| Failure::Usage(format!("--as-of {error}")))?;
    }
    if !results.is_empty() {
        competition = what_if(&competition, &results)
            .map_err(|error| Failure::Usage(format!("--set {error}")))?;
    }
    print_outcomes(&competition, lang.unwrap_or_default());
    Ok(())
}

fn print_outcomes(competition: &Competition, lang: Lang) {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for result in outcomes_in(competition, lang) {
        let line = serde_json::to_string(&result).unwrap_or_default();
        // A closed pipe (`| head`) is not an error of ours: stop quietly.
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
    let _ = out.flush();
}

/// `render FILE [options]` to stdout, or `render FILE --into PAGE…` in place.
fn render_command(words: &[&str]) -> Result<(), Failure> {
    let mut file = None;
    let mut options = RenderOptions::default();
    let mut stylesheet = "bracket.css".to_string();
    let mut pages: Option<Vec<&str>> = None;
    let mut translate: Option<&str> = None;
    let mut rest = words.iter();
    while let Some(word) = rest.next() {
        match *word {
            "--into" => pages = Some(rest.by_ref().copied().collect()),
            "--translate" => {
                let page = rest
                    .next()
                    .ok_or_else(|| Failure::Usage("--translate needs a page".into()))?;
                translate = Some(*page);
            }
            option @ ("--open" | "--rounds" | "--theme" | "--as-of" | "--replay" | "--lang"
            | "--stylesheet") => {
                let value = rest
                    .next()
                    .ok_or_else(|| Failure::Usage(format!("{option} needs a value")))?;
                match option {
                    "--stylesheet" => stylesheet = value.to_string(),
                    _ => options
                        .set(&option[2..], value)
                        .map_err(|error| Failure::Usage(format!("--{error}")))?,
                }
            }
            option if option.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option `{option}`")));
            }
            path if file.is_none() => file = Some(path),
            _ => return Err(Failure::Usage("`render` takes exactly one file".into())),
        }
    }
    let file = file.ok_or_else(|| Failure::Usage("`render` needs a file".into()))?;
    let competition = load(file)?;
    if let Some(page) = translate {
        return translate_pages(&competition, page);
    }
    match pages {
        None => {
            let markup = render(&competition, &options, &stylesheet, "cbp1")
                .map_err(|error| Failure::Usage(format!("--{error}")))?;
            emit(&markup);
            Ok(())
        }
        Some(pages) if pages.is_empty() => Err(Failure::Usage("--into needs pages".into())),
        Some(_) if options != RenderOptions::default() => Err(Failure::Usage(
            "with --into, each page's markers give the options".into(),
        )),
        Some(pages) => fill_pages(&competition, &pages, &stylesheet),
    }
}

/// Writes `PAGE.fr.html` and `PAGE.ar.html` beside an English `PAGE.html`.
fn translate_pages(competition: &Competition, page: &str) -> Result<(), Failure> {
    let text = read(page)?;
    let stem = page
        .strip_suffix(".html")
        .ok_or_else(|| Failure::Usage(format!("--translate: `{page}` is not an .html page")))?;
    for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
        let out = format!("{stem}.{}.html", lang.code());
        let translated = translate_page(&text, competition, lang).map_err(|error| {
            eprintln!("{page}: {error}");
            Failure::Bad
        })?;
        std::fs::write(&out, translated).map_err(|error| {
            eprintln!("{out}: cannot write: {error}");
            Failure::Bad
        })?;
    }
    Ok(())
}

/// Fills in every page's markers; a page without one is an error, since the
/// build that asked for it expects the widget there.
fn fill_pages(competition: &Competition, pages: &[&str], stylesheet: &str) -> Result<(), Failure> {
    for page in pages {
        let text = read(page)?;
        let (filled, count) = fill_markers(&text, competition, stylesheet).map_err(|error| {
            eprintln!("{page}: {error}");
            Failure::Bad
        })?;
        if count == 0 {
            eprintln!("{page}: no `<!-- cup-bracket:render -->` marker");
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
    let mut played = None;
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
            "--played" => {
                let fraction = value
                    .and_then(|value| value.parse::<f64>().ok())
                    .filter(|fraction| (0.0..=1.0).contains(fraction))
                    .ok_or_else(|| {
                        Failure::Usage("--played needs a fraction from 0 to 1 (0.5)".into())
                    })?;
                played = Some(fraction);
            }
            other => return Err(Failure::Usage(format!("unknown option `{other}`"))),
        }
    }
    let teams = teams.ok_or_else(|| Failure::Usage("generate needs --teams N".into()))?;
    let teams = usize::try_from(teams).unwrap_or(usize::MAX);
    let competition = match played {
        Some(played) => generate_played(teams, seed, played),
        None => generate(teams, seed),
    }
    .map_err(Failure::Usage)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let _ = serde_json::to_writer_pretty(&mut out, &competition);
    let _ = writeln!(out);
    let _ = out.flush();
    Ok(())
}
