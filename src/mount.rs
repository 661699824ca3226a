//! Mounting a widget into a host element: the shadow root, its stylesheet, the
//! Yew app, and the handle that takes it all down again.

use std::cell::Cell;
use std::rc::Rc;

use cup_bracket_core::validate::validate;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

use crate::app::{App, AppProps, WidgetConfig};
use crate::data::compiled_in;
use crate::options::Options;
use crate::view_model::{BracketModel, Model};

thread_local! {
    /// Widgets mounted so far on this page: ids stay unique per widget.
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
    /// The compiled-in competition, decided once and shared by every widget.
    static COMPILED_IN: Model = Model(Rc::new(BracketModel::new(compiled_in())));
}

#[wasm_bindgen(
    inline_js = "export function stylesheet_url() { return new URL('../../bracket.css', import.meta.url).href; }"
)]
extern "C" {
    /// The bundle's stylesheet, beside the module (the snippet sits two folders down).
    fn stylesheet_url() -> String;
}

/// A mounted widget; `destroy()` removes it and all its listeners.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<yew::AppHandle<App>>,
    container: Option<Element>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget's DOM and every listener it added.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if let Some(container) = self.container.take() {
            container.remove();
        }
    }
}

/// Draws a widget inside `element`; see the README's "Embedding" section.
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> Result<WidgetHandle, JsError> {
    let options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        let deserializer = serde_wasm_bindgen::Deserializer::from(options);
        serde_path_to_error::deserialize(deserializer).map_err(|error| {
            let path = error.path().to_string();
            JsError::new(&format!(
                "cup-bracket: option `{path}`: {}",
                error.into_inner()
            ))
        })?
    };
    mount_with(element, options).map_err(|message| JsError::new(&message))
}

/// Mounts with options already read; the message says what was refused.
pub fn mount_with(element: Element, options: Options) -> Result<WidgetHandle, String> {
    let model = match options.data {
        Some(competition) => {
            let problems = validate(&competition);
            if !problems.is_empty() {
                let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
                return Err(format!(
                    "cup-bracket: option `data` is not a valid competition:\n{}",
                    lines.join("\n")
                ));
            }
            Model(Rc::new(BracketModel::new(competition)))
        }
        None => COMPILED_IN.with(Clone::clone),
    };
    if let Some(rounds) = &options.rounds {
        for id in rounds {
            if !model.competition.rounds.iter().any(|round| &round.id == id) {
                return Err(format!(
                    "cup-bracket: option `rounds`: no round has the id `{id}`"
                ));
            }
        }
    }
    let serial = MOUNTED.with(|count| {
        count.set(count.get() + 1);
        count.get()
    });
    let config = WidgetConfig {
        id_prefix: format!("cb{serial}"),
        hash: options.hash.unwrap_or(serial == 1),
        open: options.open,
        rounds: options.rounds,
        theme: options.theme.unwrap_or_default(),
    };
    let shadow = match element.shadow_root() {
        Some(shadow) => shadow,
        None => element
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| "cup-bracket: this element cannot hold a shadow root".to_string())?,
    };
    shadow.set_inner_html("");
    let document = gloo::utils::document();
    let link = document
        .create_element("link")
        .map_err(|_| "cup-bracket: no document".to_string())?;
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &stylesheet_url());
    let container = document
        .create_element("div")
        .map_err(|_| "cup-bracket: no document".to_string())?;
    let _ = container.set_attribute("class", "cb-host");
    let _ = shadow.append_child(&link);
    let _ = shadow.append_child(&container);
    let props = AppProps {
        model,
        config: Rc::new(config),
    };
    let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
    Ok(WidgetHandle {
        app: Some(app),
        container: Some(container),
    })
}

/// Reports a panic once in the console; the host page keeps working.
pub fn report_panics_once() {
    thread_local! { static REPORTED: Cell<bool> = const { Cell::new(false) }; }
    yew::set_custom_panic_hook(Box::new(|info| {
        if !REPORTED.with(|reported| reported.replace(true)) {
            web_sys::console::error_1(&format!("cup-bracket stopped: {info}").into());
        }
    }));
}
