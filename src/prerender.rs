//! The widget rendered natively, at build time, into markup a page carries:
//! the same components, rendered by Yew's server renderer, inside a
//! declarative shadow root with the widget's stylesheet, so the whole bracket
//! paints with the page's first paint; the wasm then hydrates it
//! (`mount.rs`). `cup-bracket render` prints it; the pages' build puts it in
//! place of their `<!-- cup-bracket:render … -->` markers.

use std::rc::Rc;

use cup_bracket_core::html::escape;
use yew::LocalServerRenderer;

use crate::app::{App, AppProps};
use crate::config::WidgetConfig;
use crate::hydration::{key, CONTAINER_CLASS};
use crate::updates::Updates;
use crate::view_model::Model;

/// The markup of a widget drawing `model` as `config` says, its stylesheet
/// linked from `stylesheet`: a `<template shadowrootmode="open">` to put in
/// the host element.
pub fn render(model: Model, config: WidgetConfig, stylesheet: &str) -> Result<String, String> {
    let key = key(&model, &config);
    let id = config.id_prefix.clone();
    let props = AppProps {
        model,
        config: Rc::new(config),
        updates: Updates::default(),
    };
    // Yew's renderer is a future that spawns onto the current thread.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|error| format!("cannot start the renderer: {error}"))?;
    let markup = tokio::task::LocalSet::new().block_on(
        &runtime,
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(true)
            .render(),
    );
    Ok(format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\">\
         <div class=\"{CONTAINER_CLASS}\" data-cb-id=\"{}\" data-cb-key=\"{}\">{markup}</div></template>",
        escape(stylesheet),
        escape(&id),
        escape(&key),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Theme;
    use crate::data::compiled_in;
    use cup_bracket_core::model::Lang;

    /// The widget of `index.html`, rendered.
    fn index() -> String {
        let config = WidgetConfig {
            id_prefix: "cbp1".into(),
            hash: true,
            open: None,
            rounds: None,
            theme: Theme::Auto,
            as_of: None,
            replay: false,
            lang: Lang::En,
            rows_in_view: None,
        };
        let model = Model::new(compiled_in().expect("the compiled-in data"), Lang::En);
        render(model, config, "bracket.css").expect("rendered")
    }

    #[test]
    fn the_whole_bracket_is_in_a_declarative_shadow_root() {
        let markup = index();
        assert!(markup.starts_with(
            "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"bracket.css\"><div class=\"cb-host\" data-cb-id=\"cbp1\" data-cb-key=\""
        ));
        assert!(markup.ends_with("</div></template>"));
        assert_eq!(markup.matches("<button").count(), 52);
        assert_eq!(markup.matches("class=\"cb-card cb-bye\"").count(), 12);
        assert_eq!(markup.matches("class=\"cb-card cb-qualified\"").count(), 16);
        assert!(markup.contains("IR Tanger won 3–1 on aggregate."));
        assert!(markup.contains("id=\"cbp1-tie-"));
        // Nothing a strict Content-Security-Policy would refuse.
        assert!(!markup.contains(" style="));
        assert!(!markup.contains("<style"));
        assert!(!markup.contains("<script"));
    }

    /// The markup the browser tests hydrate (tests/browser/hydration.rs):
    /// kept in the repository, and checked here to be what this code renders
    /// (`CUP_BRACKET_BLESS=1 cargo test --features ssr` writes it anew).
    #[test]
    fn the_browser_tests_fixture_is_what_this_code_renders() {
        let config = WidgetConfig {
            id_prefix: "cbp9".into(),
            hash: false,
            open: Some("Horoya v IR Tanger".into()),
            rounds: Some(vec!["first".into(), "play-off".into()]),
            theme: Theme::Light,
            as_of: None,
            replay: false,
            lang: Lang::En,
            rows_in_view: None,
        };
        let model = Model::new(compiled_in().expect("the compiled-in data"), Lang::En);
        let markup = render(model, config, "bracket.css").expect("rendered");
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/browser/fixtures/prerendered.html"
        );
        if std::env::var_os("CUP_BRACKET_BLESS").is_some() {
            std::fs::write(path, &markup).expect("the fixture written");
        }
        let kept = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            kept == markup,
            "{path} is not what the widget renders: run CUP_BRACKET_BLESS=1 cargo test --features ssr"
        );
    }
}
