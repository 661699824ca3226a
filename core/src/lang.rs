//! The languages cup-bracket writes in, and the names a competition file
//! gives in them.
//!
//! Adding a language starts here: a variant of [`Lang`] (its code in
//! [`Lang::code`]) and a field of [`Names`] (in [`Names::get`]). The
//! compiler then lists every other place that needs it: each match on
//! [`Lang`] is exhaustive, so the summaries (`summary/`) and the needs
//! sentences (`needs/sentence/`) do not build until the new language has
//! its own words there.

use serde::{Deserialize, Serialize};

/// A language of the widget and of the tool's sentences. English is the
/// language of the file's own names (`name`) and the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English: `name` as the file writes it.
    #[default]
    En,
    /// French.
    Fr,
    /// Arabic, written right to left.
    Ar,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Ar];

    /// The language's code, as in a file's `names` and `--lang`: "en", "fr", "ar".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// The language of a code ("fr"), exactly as [`Lang::code`] writes it;
    /// `None` for any other text.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language of an HTML `lang` value (a BCP 47 tag) by its primary
    /// subtag, any case: `fr-CA` is French; `None` for a language not written.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split('-').next()?.to_ascii_lowercase();
        Lang::parse(&primary)
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        match self {
            Lang::En | Lang::Fr => false,
            Lang::Ar => true,
        }
    }

    /// The codes of every language, for messages: "en, fr or ar".
    pub fn codes() -> String {
        let codes: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        match codes.split_last() {
            Some((last, [])) => (*last).to_string(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A name (or another text shown to readers) in the languages other than
/// English: the format's `names`, `{ "fr": "…", "ar": "…" }`. A language
/// left out shows the English text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// In French.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    /// In Arabic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ar: Option<String>,
}

impl Names {
    /// The text in `lang`, when given; always `None` for English, whose
    /// text is the field these names translate.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => None,
            Lang::Fr => self.fr.as_deref(),
            Lang::Ar => self.ar.as_deref(),
        }
    }

    /// Every text given, with its language, in [`Lang::ALL`] order.
    pub fn given(&self) -> impl Iterator<Item = (Lang, &str)> {
        Lang::ALL
            .into_iter()
            .filter_map(move |lang| self.get(lang).map(|text| (lang, text)))
    }
}

/// `text` as a left-to-right isolate: LEFT-TO-RIGHT ISOLATE (U+2066),
/// `text`, POP DIRECTIONAL ISOLATE (U+2069). The Arabic sentences wrap each
/// score in one: the en dash of "3–1" is a neutral character in the Unicode
/// bidirectional algorithm, so inside right-to-left text "3–1" would show
/// as "1–3"; isolated, it shows as written, Latin digits left to right.
pub fn isolate_ltr(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}

/// `english` in `lang`: its translation in `names` when there is one, else
/// `english` itself.
pub fn in_lang<'a>(english: &'a str, names: Option<&'a Names>, lang: Lang) -> &'a str {
    names.and_then(|names| names.get(lang)).unwrap_or(english)
}

/// An optional text in `lang`: `None` where the English one is `None`.
pub fn optional_in<'a>(
    english: Option<&'a str>,
    names: Option<&'a Names>,
    lang: Lang,
) -> Option<&'a str> {
    english.map(|english| in_lang(english, names, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::parse("FR"), None);
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::codes(), "en, fr or ar");
    }

    #[test]
    fn a_missing_translation_is_the_english_text() {
        let names = Names {
            fr: Some("Premier tour".into()),
            ar: None,
        };
        assert_eq!(
            in_lang("First round", Some(&names), Lang::Fr),
            "Premier tour"
        );
        assert_eq!(
            in_lang("First round", Some(&names), Lang::Ar),
            "First round"
        );
        assert_eq!(
            in_lang("First round", Some(&names), Lang::En),
            "First round"
        );
        assert_eq!(in_lang("First round", None, Lang::Fr), "First round");
        assert_eq!(optional_in(None, Some(&names), Lang::Fr), None);
        let given: Vec<_> = names.given().collect();
        assert_eq!(given, [(Lang::Fr, "Premier tour")]);
    }
}
