//! The options a host passes to `mount(element, options)`: one serde struct,
//! read from the JavaScript object by serde-wasm-bindgen through
//! [`crate::reader`], which refuses unknown fields at any depth and names the
//! place of any error (`theme: unknown variant \`blue\`, expected one of
//! \`light\`, \`dark\`, \`auto\``); `data` is the core crate's own model.

use cup_bracket_core::model::{Competition, Lang};
use serde::Deserialize;

use crate::config::Theme;

/// The host's options, every field optional.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Options {
    /// A match id whose tie starts expanded.
    pub open: Option<String>,
    /// Ids of the rounds to show; all when absent.
    pub rounds: Option<Vec<String>>,
    /// The colour scheme.
    pub theme: Option<Theme>,
    /// Whether the widget reads and writes the page's fragment.
    pub hash: Option<bool>,
    /// A competition to draw instead of the compiled-in one.
    pub data: Option<Competition>,
    /// The day to show the competition as of: `"2017-03-12"`.
    #[serde(rename = "asOf")]
    pub as_of: Option<String>,
    /// Whether to show the match-day control, to replay the competition.
    pub replay: Option<bool>,
    /// The language: `"en"`, `"fr"` or `"ar"`; by default the `lang` of
    /// the element's nearest ancestor that has one, else English.
    pub lang: Option<Lang>,
}

impl Options {
    /// The full page's options: the compiled-in data, following the
    /// fragment, with the match-day control to replay it.
    pub fn full_page() -> Self {
        Options {
            hash: Some(true),
            replay: Some(true),
            ..Options::default()
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    //! Natively through serde_json, which reads the struct as serde-wasm-bindgen
    //! does; the browser tests read it from JavaScript objects.
    use super::*;

    fn read(json: &str) -> Result<Options, String> {
        serde_json::from_str(json).map_err(|error| {
            // serde_json adds the position; the widget's reader has none.
            let text = error.to_string();
            match text.rfind(" at line ") {
                Some(end) => text[..end].to_string(),
                None => text,
            }
        })
    }

    #[test]
    fn every_option_is_read() {
        assert_eq!(read("{}"), Ok(Options::default()));
        let options = read(
            r#"{"open": "IR Tanger v AS Kaloum", "rounds": ["first", "play-off"],
                "theme": "dark", "hash": false}"#,
        )
        .expect("good options");
        assert_eq!(options.open.as_deref(), Some("IR Tanger v AS Kaloum"));
        assert_eq!(
            options.rounds,
            Some(vec!["first".to_string(), "play-off".to_string()])
        );
        assert_eq!(options.theme, Some(Theme::Dark));
        assert_eq!(options.hash, Some(false));
        for theme in ["light", "auto"] {
            let options = read(&format!(r#"{{"theme": "{theme}"}}"#)).expect("a theme");
            assert_eq!(options.theme.map(Theme::as_str), Some(theme));
        }
        // Like an absent option, a null one is not set.
        assert_eq!(
            read(r#"{"open": null, "data": null}"#),
            Ok(Options::default())
        );
        let data = crate::data::compiled_in().expect("the compiled-in data");
        let text = format!(
            r#"{{"data": {}}}"#,
            cup_bracket_core::json::to_minified(&data)
        );
        assert_eq!(read(&text).expect("data").data, Some(data));
    }

    #[test]
    fn an_unknown_option_is_named_with_the_known_ones() {
        let error = read(r#"{"thme": "dark"}"#).expect_err("refused");
        assert_eq!(
            error,
            "unknown field `thme`, expected one of `open`, `rounds`, `theme`, `hash`, `data`, `asOf`, `replay`, `lang`"
        );
    }

    #[test]
    fn a_wrong_type_is_refused() {
        // The browser tests read these from JavaScript, each error placed.
        for (json, message) in [
            (
                r#"{"theme": "blue"}"#,
                "unknown variant `blue`, expected one of `light`, `dark`, `auto`",
            ),
            (
                r#"{"hash": "no"}"#,
                "invalid type: string \"no\", expected a boolean",
            ),
            (
                r#"{"open": 3}"#,
                "invalid type: integer `3`, expected a string",
            ),
            (
                r#"{"rounds": "first"}"#,
                "invalid type: string \"first\", expected a sequence",
            ),
            (
                r#"{"rounds": [1]}"#,
                "invalid type: integer `1`, expected a string",
            ),
            (
                r#"{"data": "a file"}"#,
                "invalid type: string \"a file\", expected struct Competition",
            ),
        ] {
            let error = read(json).expect_err(json);
            assert!(error.starts_with(message), "{json}: {error}");
        }
    }

    #[test]
    fn data_with_an_unknown_field_names_it() {
        let mut value: serde_json::Value =
            serde_json::from_str(&cup_bracket_core::json::to_minified(
                &crate::data::compiled_in().expect("the compiled-in data"),
            ))
            .expect("json");
        let leg = &mut value["rounds"][0]["ties"][0]["legs"][0];
        let score = leg["score"].take();
        leg.as_object_mut().expect("a leg").remove("score");
        leg["scor"] = score;
        let error = read(&format!(r#"{{"data": {value}}}"#)).expect_err("refused");
        assert!(
            error.starts_with("unknown field `scor`, expected one of `id`, `home`"),
            "{error}"
        );
    }
}
