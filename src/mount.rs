//! Mounting a widget into a host element: the shadow root, its stylesheet, the
//! Yew app, and the handle that takes it all down again.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use cup_bracket_core::validate::validate;
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::app::{App, AppProps};
use crate::config::WidgetConfig;
use crate::data::compiled_in;
use crate::hydration::{self, CONTAINER_CLASS};
use crate::options::Options;
use crate::timing;
use crate::updates::Updates;
use crate::view_model::Model;
use cup_bracket_core::as_of::Day;
use cup_bracket_core::model::{Competition, Lang};

/// A live widget: what `destroy()` takes down.
struct Live {
    /// The host's element, to find the widget it already holds.
    host: Element,
    /// Whether this widget reads and writes the page's fragment.
    follows_fragment: bool,
    /// The shadow root the widget draws in (it outlives the widget: a shadow
    /// root cannot be detached, so destroying empties it).
    shadow: ShadowRoot,
    /// The Yew app, once the stylesheet is in (see `mount_with`).
    app: Option<yew::AppHandle<App>>,
    /// Where the host's updates go.
    updates: Updates,
    /// Start the app when the stylesheet loads (or fails to).
    _waiting: Vec<EventListener>,
}

/// One widget's place: shared by its handle and the page's list of widgets,
/// empty once destroyed.
type Slot = Rc<RefCell<Option<Live>>>;

thread_local! {
    /// Widgets mounted so far on this page: ids stay unique per widget.
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
    /// The compiled-in competition, read once for every widget.
    static COMPILED_IN: Result<Competition, String> = compiled_in();
    /// The live widgets, so that mounting into an element that holds one replaces it.
    static LIVE: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
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
    slot: Slot,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget's DOM and every listener it added; a second call does nothing.
    pub fn destroy(&mut self) {
        take_down(&self.slot);
    }

    /// Draws a new competition in the widget (new results on a match day):
    /// read and validated as `mount`'s `data`, drawn without a remount, open
    /// ties, focus and scroll kept, and only the ties whose facts changed
    /// drawn again. Throws an `Error` naming the problem; nothing changes then.
    pub fn update(&self, data: JsValue) -> Result<(), JsError> {
        let competition = read_data(data).map_err(|message| JsError::new(&message))?;
        let live = self.slot.borrow();
        let live = live
            .as_ref()
            .ok_or_else(|| JsError::new("cup-bracket: update(): the widget was destroyed"))?;
        live.updates.send(Rc::new(competition));
        Ok(())
    }
}

/// A host's competition, read and validated; the message names the place
/// and the problem.
fn read_data(data: JsValue) -> Result<Competition, String> {
    let competition: Competition =
        crate::reader::from_value(data).map_err(|error| match error.place.as_str() {
            "" => format!("cup-bracket: update(data): {}", error.message),
            place => format!("cup-bracket: update(data): `{place}`: {}", error.message),
        })?;
    valid(competition, "update(data)")
}

/// The competition if the validator finds no problem; else its messages.
fn valid(competition: Competition, what: &str) -> Result<Competition, String> {
    let problems = validate(&competition);
    if problems.is_empty() {
        return Ok(competition);
    }
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    Err(format!(
        "cup-bracket: {what} is not a valid competition:\n{}",
        lines.join("\n")
    ))
}

/// Destroys the widget in `slot`, if it is still there, and forgets the slot.
fn take_down(slot: &Slot) {
    // Taken out before Yew runs the effects' clean-ups, which must not find it borrowed.
    let live = slot.borrow_mut().take();
    LIVE.with(|list| list.borrow_mut().retain(|other| !Rc::ptr_eq(other, slot)));
    if let Some(live) = live {
        if let Some(app) = live.app {
            app.destroy();
        }
        live.shadow.set_inner_html("");
    }
}

/// Destroys the widget `host` holds, if any.
fn take_down_widget_in(host: &Element) {
    let found = LIVE.with(|list| {
        list.borrow()
            .iter()
            .find(|slot| {
                slot.borrow()
                    .as_ref()
                    .is_some_and(|live| &live.host == host)
            })
            .cloned()
    });
    if let Some(slot) = found {
        take_down(&slot);
    }
}

/// Reads the host's options with serde-wasm-bindgen (`reader.rs`); the
/// message names the option, or the place in `data`, at fault. `undefined`
/// and `null` are no options at all.
pub fn read_options(options: JsValue) -> Result<Options, String> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(
            "cup-bracket: options must be an object, such as { open: \"IR Tanger v AS Kaloum\" }"
                .into(),
        );
    }
    crate::reader::from_value(options).map_err(|error| match error.place.as_str() {
        "" => format!("cup-bracket: options: {}", error.message),
        place => format!("cup-bracket: option `{place}`: {}", error.message),
    })
}

/// Draws a widget inside `element`; see the README's "Embedding" section.
///
/// Throws an `Error` naming the option for an unknown option or a wrong type,
/// and listing the validator's messages for bad `data`; nothing is drawn then.
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue) -> Result<WidgetHandle, JsError> {
    timing::mark(timing::MOUNT);
    let element: Element = element
        .dyn_into()
        .map_err(|_| JsError::new("cup-bracket: mount() needs an element to draw in"))?;
    let options = read_options(options).map_err(|message| JsError::new(&message))?;
    timing::mark(timing::READ);
    mount_with(element, options).map_err(|message| JsError::new(&message))
}

/// Mounts with options already read; the message says what was refused.
pub fn mount_with(element: Element, options: Options) -> Result<WidgetHandle, String> {
    let lang = language_of(&element, options.lang);
    let competition = match options.data {
        Some(competition) => valid(competition, "option `data`")?,
        None => COMPILED_IN.with(Clone::clone)?,
    };
    timing::mark(timing::VALIDATED);
    let model = Model::new(competition, lang);
    timing::mark(timing::MODELLED);
    let as_of = match options.as_of.as_deref() {
        Some(day) => {
            Some(Day::parse(day).map_err(|error| format!("cup-bracket: option `asOf`: {error}"))?)
        }
        None => None,
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
    if let Some(open) = &options.open {
        if model.tie_of_match(open).is_none() {
            gloo::console::warn!(format!(
                "cup-bracket: option `open`: no match is called \"{open}\"; ignored"
            ));
        }
    }
    // Checked before anything is taken down, so that a refused element keeps what it had.
    let shadow = match element.shadow_root() {
        Some(shadow) => shadow,
        None => element
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| "cup-bracket: this element cannot hold a shadow root".to_string())?,
    };
    // By default the fragment belongs to the first widget: the one mounted
    // while no live widget follows it (a remount or a redraw keeps it).
    let fragment_taken = LIVE.with(|list| {
        list.borrow().iter().any(|slot| {
            slot.borrow()
                .as_ref()
                .is_some_and(|live| live.follows_fragment && live.host != element)
        })
    });
    let follows_fragment = options.hash.unwrap_or(!fragment_taken);
    let mut config = WidgetConfig {
        id_prefix: String::new(),
        hash: follows_fragment,
        open: options.open,
        rounds: options.rounds,
        theme: options.theme.unwrap_or_default(),
        as_of,
        replay: options.replay.unwrap_or(false),
        lang,
        rows_in_view: None,
    };
    // Markup rendered at build time from these very props is hydrated;
    // any other is replaced.
    let prerendered = prerendered_container(&shadow, || hydration::key(&model, &config));
    take_down_widget_in(&element);
    let updates = Updates::default();
    let slot: Slot = Rc::new(RefCell::new(Some(Live {
        host: element,
        follows_fragment,
        shadow: shadow.clone(),
        app: None,
        updates: updates.clone(),
        _waiting: Vec::new(),
    })));
    if let Some(container) = prerendered {
        config.id_prefix = container.get_attribute("data-cb-id").unwrap_or_default();
        let props = AppProps {
            model,
            config: Rc::new(config),
            updates: updates.clone(),
        };
        let app = yew::Renderer::<App>::with_root_and_props(container, props).hydrate();
        if let Some(live) = slot.borrow_mut().as_mut() {
            live.app = Some(app);
        }
    } else {
        let serial = MOUNTED.with(|count| {
            count.set(count.get() + 1);
            count.get()
        });
        config.id_prefix = format!("cb{serial}");
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
        let _ = container.set_attribute("class", CONTAINER_CLASS);
        let _ = shadow.append_child(&link);
        let _ = shadow.append_child(&container);
        let props = AppProps {
            model,
            config: Rc::new(config),
            updates: updates.clone(),
        };
        // The app starts once the stylesheet is in: drawn unstyled first, the
        // page would flash, and a fragment would scroll to where its match box
        // stood before the layout. A stylesheet that fails to load starts it too.
        let pending = Rc::new(RefCell::new(Some((container, props))));
        let waiting = ["load", "error"]
            .into_iter()
            .map(|event| {
                let (pending, slot) = (pending.clone(), Rc::downgrade(&slot));
                EventListener::once(&link, event, move |_| start_app(&pending, &slot))
            })
            .collect();
        if let Some(live) = slot.borrow_mut().as_mut() {
            live._waiting = waiting;
        }
    }
    LIVE.with(|list| list.borrow_mut().push(slot.clone()));
    Ok(WidgetHandle { slot })
}

/// The widget's language: the host's option, else the `lang` of the
/// element's nearest ancestor that has one (its primary subtag: `fr-CA` is
/// French; a language the widget does not write is English), else English.
fn language_of(element: &Element, option: Option<Lang>) -> Lang {
    option
        .or_else(|| {
            let marked = element.closest("[lang]").ok().flatten()?;
            Lang::from_tag(&marked.get_attribute("lang")?)
        })
        .unwrap_or_default()
}

/// The container of markup rendered at build time in `shadow`, if its key
/// is `key()` (worked out only then: it goes through every card's text).
fn prerendered_container(shadow: &ShadowRoot, key: impl FnOnce() -> String) -> Option<Element> {
    let container = shadow
        .query_selector(&format!(".{CONTAINER_CLASS}[data-cb-key]"))
        .ok()
        .flatten()?;
    let found = container.get_attribute("data-cb-key")?;
    (found == key()).then_some(container)
}

/// Renders a widget's app, once, if the widget is still there.
fn start_app(
    pending: &RefCell<Option<(Element, AppProps)>>,
    slot: &std::rc::Weak<RefCell<Option<Live>>>,
) {
    let Some(slot) = slot.upgrade() else { return };
    if slot.borrow().is_none() {
        return;
    }
    let Some((container, mut props)) = pending.borrow_mut().take() else {
        return;
    };
    // The ties in view are drawn first, unless one opens at start (its
    // box is scrolled to, wherever it is).
    let opens_a_tie = props.config.open.is_some()
        || (props.config.hash && crate::effects::fragment_names_a_match());
    if !opens_a_tie {
        Rc::make_mut(&mut props.config).rows_in_view = Some(rows_in_view(&container));
    }
    let app = yew::Renderer::<App>::with_root_and_props(container, props).render();
    let mut live = slot.borrow_mut();
    if let Some(live) = live.as_mut() {
        live.app = Some(app);
    }
}

/// A row of cards at its shortest, in rem: a closed card and its margins
/// (`--_card-height` and `.cb-node > .cb-card`'s margins in `bracket.css`).
const ROW_REMS: f64 = 4.3125 + 0.625;

/// What stands above the first row of cards, at its shortest, in rem
/// (`bracket.css`, at its narrow screens' sizes): the root's top padding
/// (1), the key's line (1.1375: the title may be empty, and on a wide
/// screen the key stands beside it) and the header's margin (1), the
/// rounds' headings' padding, border and margin (0.875; a round's name may
/// be empty too). 4.01 in all.
pub const ABOVE_ROWS_REMS: f64 = 4.0;

/// How many rows of cards, from the first, reach down to the bottom of the
/// window: the headings above the rows are at least `ABOVE_ROWS_REMS` tall
/// and a row at least `ROW_REMS`, so as many as show or a little more,
/// never fewer.
fn rows_in_view(container: &Element) -> usize {
    let window = gloo::utils::window();
    let height = window
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .unwrap_or(0.0);
    // The page's rem, as the stylesheet's sizes use it (read by JavaScript:
    // no float parsing in the bundle).
    let rem = gloo::utils::document()
        .document_element()
        .and_then(|root| window.get_computed_style(&root).ok().flatten())
        .and_then(|style| style.get_property_value("font-size").ok())
        .map(|size| js_sys::Number::parse_float(&size))
        .filter(|rem| rem.is_finite() && *rem > 0.0)
        .unwrap_or(16.0);
    // Rows are drawn from the first: a widget whose top is above the
    // window (a page scrolled past it) needs the rows up there too.
    let top = container.get_bounding_client_rect().top();
    let room = height - top - ABOVE_ROWS_REMS * rem;
    ((room.max(0.0) / (ROW_REMS * rem)).ceil() as usize).max(1)
}

/// How many live widgets still wait for their stylesheet (for tests).
pub fn waiting_widgets() -> usize {
    LIVE.with(|list| {
        list.borrow()
            .iter()
            .filter(|slot| {
                slot.borrow()
                    .as_ref()
                    .is_some_and(|live| live.app.is_none())
            })
            .count()
    })
}

/// How many widgets are live on the page (for tests and the custom element).
pub fn live_widgets() -> usize {
    LIVE.with(|list| list.borrow().len())
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
