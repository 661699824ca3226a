//! The widget rendered for a page: with options read from the command line
//! (`cup-bracket render FILE --theme dark`) or from a page's markers
//! (`<!-- cup-bracket:render theme=dark rounds=preliminary -->`, replaced by
//! the markup in place, as the bundle's build does for `index.html` and
//! `embed.html`).

use cup_bracket_core::as_of::Day;
use cup_bracket_core::model::{Competition, Lang};

use crate::config::{Theme, WidgetConfig};
use crate::prerender;
use crate::view_model::Model;

/// What shapes the markup, as a page or the command line gives it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// A match whose tie is drawn open.
    pub open: Option<String>,
    /// The round ids drawn; all when `None`.
    pub rounds: Option<Vec<String>>,
    /// The colour scheme.
    pub theme: Theme,
    /// The day the competition is shown as of.
    pub as_of: Option<Day>,
    /// Whether the match-day control is shown.
    pub replay: bool,
    /// The language; a page's markers default to the page's own `lang`.
    pub lang: Option<Lang>,
}

impl RenderOptions {
    /// Sets an option by its name (`open`, `rounds` comma-separated,
    /// `theme`, `as-of`, `replay`, `lang`); the message names what is wrong.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), String> {
        match name {
            "open" => self.open = Some(value.to_string()),
            "rounds" => {
                let ids = value.split(',').map(str::trim).filter(|id| !id.is_empty());
                self.rounds = Some(ids.map(String::from).collect());
            }
            "theme" => {
                self.theme = match value {
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    "auto" => Theme::Auto,
                    other => {
                        return Err(format!("theme: `{other}` is none of light, dark and auto"))
                    }
                }
            }
            "as-of" => {
                self.as_of = Some(Day::parse(value).map_err(|error| format!("as-of: {error}"))?)
            }
            "replay" => {
                self.replay = match value {
                    "true" => true,
                    "false" => false,
                    other => return Err(format!("replay: `{other}` is neither true nor false")),
                }
            }
            "lang" => {
                self.lang = Some(Lang::parse(value).ok_or_else(|| {
                    format!("lang: `{value}` is none of {}", Lang::codes())
                })?)
            }
            other => {
                return Err(format!(
                    "unknown option `{other}`; the options are open, rounds, theme, as-of, replay and lang"
                ))
            }
        }
        Ok(())
    }
}

/// The widget's markup for `competition` drawn with `options` (in English
/// unless they say otherwise), its stylesheet linked from `stylesheet`, its
/// element ids prefixed with `id_prefix`.
pub fn render(
    competition: &Competition,
    options: &RenderOptions,
    stylesheet: &str,
    id_prefix: &str,
) -> Result<String, String> {
    let lang = options.lang.unwrap_or_default();
    let model = &Model::new(competition.clone(), lang);
    if let Some(rounds) = &options.rounds {
        for id in rounds {
            if !model.competition.rounds.iter().any(|round| &round.id == id) {
                return Err(format!("rounds: no round has the id `{id}`"));
            }
        }
    }
    if let Some(open) = &options.open {
        if model.tie_of_match(open).is_none() {
            return Err(format!("open: no match is called \"{open}\""));
        }
    }
    let config = WidgetConfig {
        id_prefix: id_prefix.to_string(),
        hash: false,
        open: options.open.clone(),
        rounds: options.rounds.clone(),
        theme: options.theme,
        as_of: options.as_of,
        replay: options.replay,
        lang,
        rows_in_view: None,
    };
    prerender::render(model.clone(), config, stylesheet)
}

/// The start of a page's marker.
const MARKER: &str = "<!-- cup-bracket:render";

/// The page with every marker replaced by the widget's markup, and how many
/// there were. The widgets' ids are `cbp1`, `cbp2`, … in page order; a
/// marker without `lang` is in the page's language (its `<html lang>`, as
/// the widget takes its ancestor's), else English.
pub fn fill_markers(
    page: &str,
    competition: &Competition,
    stylesheet: &str,
) -> Result<(String, usize), String> {
    let page_lang = page_lang(page);
    let mut out = String::with_capacity(page.len() + 100_000);
    let mut rest = page;
    let mut count = 0;
    while let Some(start) = rest.find(MARKER) {
        let after = &rest[start + MARKER.len()..];
        let end = after
            .find("-->")
            .ok_or_else(|| format!("marker {} is not closed", count + 1))?;
        let mut options = RenderOptions {
            lang: page_lang,
            ..RenderOptions::default()
        };
        for (name, value) in attributes(&after[..end])? {
            options
                .set(&name, &value)
                .map_err(|error| format!("marker {}: {error}", count + 1))?;
        }
        count += 1;
        let markup = render(competition, &options, stylesheet, &format!("cbp{count}"))
            .map_err(|error| format!("marker {count}: {error}"))?;
        out.push_str(&rest[..start]);
        out.push_str(&markup);
        rest = &after[end + 3..];
    }
    out.push_str(rest);
    Ok((out, count))
}

/// The language of a page's `<html lang="…">` (its primary subtag), if the
/// widget writes it.
fn page_lang(page: &str) -> Option<Lang> {
    let start = page.find("<html")?;
    let tag = &page[start..start + page[start..].find('>')?];
    let value = tag.split("lang=\"").nth(1)?.split('"').next()?;
    Lang::from_tag(value)
}

/// `page` as its copy in `lang` (`index.fr.html` of `index.html`): the
/// `<html>` element's `lang` (and `dir` for Arabic), the `<title>` (the
/// competition's name and stage in `lang`, then what followed ` · `), the
/// language links' `aria-current` on `lang`'s link and their list's name.
/// Its markers are filled afterwards like any page's, in its language.
pub fn translate_page(page: &str, competition: &Competition, lang: Lang) -> Result<String, String> {
    let info = &competition.competition;
    let start = page.find("<html").ok_or("no <html> element")?;
    let end = start
        + page[start..]
            .find('>')
            .ok_or("the <html> tag is not closed")?;
    let dir = if lang.is_rtl() { " dir=\"rtl\"" } else { "" };
    let mut out = format!(
        "{}<html lang=\"{}\"{dir}{}",
        &page[..start],
        lang.code(),
        &page[end..]
    );
    let title = [Some(info.name_in(lang)), info.stage_in(lang)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let (open, close) = (
        out.find("<title>").ok_or("no <title>")?,
        out.find("</title>").ok_or("the <title> is not closed")?,
    );
    let suffix = out[open..close]
        .split_once(" · ")
        .map(|(_, rest)| format!(" · {rest}"))
        .unwrap_or_default();
    out.replace_range(open + "<title>".len()..close, &format!("{title}{suffix}"));
    out = out.replace(" aria-current=\"page\"", "");
    let link = format!("hreflang=\"{}\"", lang.code());
    out = out.replacen(&link, &format!("{link} aria-current=\"page\""), 1);
    let label = match lang {
        Lang::En => "Languages",
        Lang::Fr => "Langues",
        Lang::Ar => "اللغات",
    };
    Ok(out.replace(
        "aria-label=\"Languages\"",
        &format!("aria-label=\"{label}\""),
    ))
}

/// `name=value` and `name="a value"` pairs, in order.
fn attributes(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut pairs = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let (name, after) = rest
            .split_once('=')
            .ok_or_else(|| format!("`{}` is not name=value", rest.trim()))?;
        let (value, after) = match after.strip_prefix('"') {
            Some(quoted) => quoted
                .split_once('"')
                .ok_or_else(|| format!("the value of `{name}` is not closed"))?,
            None => after.split_once(char::is_whitespace).unwrap_or((after, "")),
        };
        pairs.push((name.trim().to_string(), value.to_string()));
        rest = after.trim_start();
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::compiled_in;

    #[test]
    fn markers_are_replaced_in_order_with_their_options() {
        let page = "<main id=\"a\"><!-- cup-bracket:render --></main>\
                    <div id=\"b\"><!-- cup-bracket:render open=\"IR Tanger v AS Kaloum\" \
                    rounds=first,play-off theme=dark --></div>";
        let competition = compiled_in().expect("the compiled-in data");
        let (filled, count) = fill_markers(page, &competition, "bracket.css").expect("filled");
        assert_eq!(count, 2);
        assert!(!filled.contains("cup-bracket:render"));
        let first = filled
            .find("data-cb-id=\"cbp1\"")
            .expect("the first widget");
        let second = filled
            .find("data-cb-id=\"cbp2\"")
            .expect("the second widget");
        assert!(first < second);
        assert_eq!(filled.matches("shadowrootmode=\"open\"").count(), 2);
        let second_widget = &filled[second..];
        assert!(second_widget.contains("data-theme=\"dark\""));
        assert!(second_widget.contains("aria-expanded=\"true\""));
        assert!(!second_widget.contains("Preliminary round"));
    }

    #[test]
    fn a_page_in_another_language_says_so_and_draws_in_it() {
        let page = "<!doctype html>\n<html lang=\"en\">\n<head><title>2017 CAF Confederation Cup \
                    qualifying rounds · cup-bracket</title></head><body>\
                    <nav aria-label=\"Languages\"><a href=\"index.html\" hreflang=\"en\" \
                    aria-current=\"page\">English</a><a href=\"index.ar.html\" hreflang=\"ar\">\
                    العربية</a></nav><main><!-- cup-bracket:render --></main></body></html>";
        let competition = compiled_in().expect("the compiled-in data");
        let arabic = translate_page(page, &competition, Lang::Ar).expect("translated");
        assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(arabic.contains(&format!(
            "<title>{} · {} · cup-bracket</title>",
            competition.competition.name_in(Lang::Ar),
            competition.competition.stage_in(Lang::Ar).expect("a stage")
        )));
        assert!(arabic.contains("aria-label=\"اللغات\""));
        assert!(arabic.contains("hreflang=\"ar\" aria-current=\"page\""));
        assert_eq!(arabic.matches("aria-current").count(), 1);
        // Its marker is then drawn in Arabic, the page's language.
        let (filled, _) = fill_markers(&arabic, &competition, "bracket.css").expect("filled");
        assert!(filled.contains("lang=\"ar\" dir=\"rtl\""));
        assert!(filled.contains(competition.competition.name_in(Lang::Ar)));
    }

    #[test]
    fn a_bad_marker_is_refused_with_its_place_and_problem() {
        let competition = compiled_in().expect("the compiled-in data");
        let refused = |page: &str| fill_markers(page, &competition, "x.css").expect_err(page);
        assert_eq!(
            refused("<!-- cup-bracket:render theme=blue -->"),
            "marker 1: theme: `blue` is none of light, dark and auto"
        );
        assert_eq!(
            refused("<!-- cup-bracket:render --><!-- cup-bracket:render rounds=semis -->"),
            "marker 2: rounds: no round has the id `semis`"
        );
        assert_eq!(
            refused("<!-- cup-bracket:render open=\"Nobody v Nowhere\" -->"),
            "marker 1: open: no match is called \"Nobody v Nowhere\""
        );
        assert_eq!(
            refused("<!-- cup-bracket:render colour=red -->"),
            "marker 1: unknown option `colour`; the options are open, rounds, theme, as-of, replay and lang"
        );
        assert_eq!(refused("<!-- cup-bracket:render"), "marker 1 is not closed");
        assert_eq!(
            fill_markers("<p>none</p>", &competition, "x.css"),
            Ok(("<p>none</p>".to_string(), 0))
        );
    }
}
