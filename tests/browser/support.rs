//! Shared by the browser tests: a fresh host element per widget, a way to let
//! Yew render, and counters of console warnings and errors.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use cup_bracket::mount::{mount_with, WidgetHandle};
use cup_bracket::options::Options;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

/// A widget mounted in its own element of the test page.
pub struct Mounted {
    /// The host element.
    pub host: Element,
    /// The widget's shadow root, where its DOM lives.
    pub shadow: ShadowRoot,
    handle: WidgetHandle,
}

impl Mounted {
    /// Every element matching `selector` in the widget.
    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self
            .shadow
            .query_selector_all(selector)
            .expect("a valid selector");
        (0..list.length())
            .filter_map(|index| list.item(index))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .collect()
    }

    /// The one element matching `selector`.
    pub fn one(&self, selector: &str) -> Element {
        self.shadow
            .query_selector(selector)
            .expect("a valid selector")
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    /// The tie button whose accessible name starts with `teams` ("AS Kaloum (Guinea) v IR Tanger").
    pub fn tie(&self, teams: &str) -> HtmlElement {
        self.all("button.cb-tie")
            .into_iter()
            .find(|button| tie_name(button).starts_with(teams))
            .unwrap_or_else(|| panic!("no tie starts with {teams}"))
            .dyn_into()
            .expect("a button is an HTML element")
    }

    /// The element holding a team's name in the tie whose name starts with
    /// `teams`: what a person presses.
    pub fn team_in(&self, teams: &str, team: &str) -> Element {
        let tie = self.tie(teams);
        let names = tie.query_selector_all(".cb-name-text").expect("a selector");
        (0..names.length())
            .filter_map(|index| names.item(index))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .find(|name| name.text_content().as_deref() == Some(team))
            .unwrap_or_else(|| panic!("{team} is not in the tie {teams}"))
    }

    /// The region a tie button controls: there while the tie is open only.
    pub fn region_of(&self, button: &Element) -> Option<Element> {
        let id = button.id().replacen("-tie-", "-boxes-", 1);
        self.shadow.get_element_by_id(&id)
    }

    /// The handle's `update(data)`, as a host calls it.
    pub fn update(&self, data: JsValue) -> Result<(), JsValue> {
        self.handle.update(data).map_err(JsValue::from)
    }

    /// Takes the widget down and its element off the page.
    pub fn destroy(mut self) {
        self.handle.destroy();
        self.host.remove();
    }
}

/// A tie button's accessible name: the sentence it holds for screen readers
/// (a bye's card is named by its `aria-label`).
pub fn tie_name(card: &Element) -> String {
    card.query_selector(".cb-tie-name")
        .ok()
        .flatten()
        .and_then(|name| name.text_content())
        .or_else(|| card.get_attribute("aria-label"))
        .unwrap_or_default()
}

/// Mounts a widget with `options` into a new element at the end of the body,
/// and lets it draw.
pub async fn mount(options: Options) -> Mounted {
    let widget = mount_undrawn(options);
    settle().await;
    widget
}

/// Mounts a widget with `options` into a new element at the end of the body;
/// it draws once its stylesheet is in, after this returns.
pub fn mount_undrawn(options: Options) -> Mounted {
    let body = gloo::utils::document().body().expect("a body");
    mount_undrawn_in(&body, options)
}

/// Mounts a widget with `options` into a new element at the end of
/// `parent`, and lets it draw.
pub async fn mount_in(parent: &Element, options: Options) -> Mounted {
    let widget = mount_undrawn_in(parent, options);
    settle().await;
    widget
}

/// [`mount_undrawn`] into a new element at the end of `parent`.
fn mount_undrawn_in(parent: &Element, options: Options) -> Mounted {
    let document = gloo::utils::document();
    let host = document.create_element("div").expect("a div");
    parent.append_child(&host).expect("appended");
    let handle = mount_with(host.clone(), options).expect("the widget mounts");
    let shadow = host
        .shadow_root()
        .expect("the widget draws in a shadow root");
    // The test server does not serve the bundle's stylesheet, so the widget's
    // `<link>` fails (and the app starts all the same): its rules go in as a
    // `<style>` now, before the app starts, so the widget is laid out as a
    // page shows it (a grid, cells out of view skipped).
    let style = document.create_element("style").expect("a style element");
    style.set_text_content(Some(include_str!("../../static/bracket.css")));
    shadow.append_child(&style).expect("appended");
    Mounted {
        host,
        shadow,
        handle,
    }
}

/// A person's press on `element` (a team's name, say), as the browser
/// delivers it: the pointer moves over it, goes down (which focuses the
/// button it is in), comes up, and a `click` follows only if the element is
/// still in the page, as a browser sends none when the node pressed was
/// replaced in between (the bug of a first click lost to a re-render).
/// Synthetic events, with Yew's renders run between them; the built pages'
/// tests press with WebDriver's real pointer.
pub async fn press(element: &Element) {
    let mouse = |kind: &str| {
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_cancelable(true);
        let event = web_sys::MouseEvent::new_with_mouse_event_init_dict(kind, &init)
            .expect("a mouse event");
        element.dispatch_event(&event).expect("dispatched");
    };
    mouse("mouseover");
    settle_quickly().await;
    mouse("mousedown");
    let focusable = element
        .closest("button, a")
        .ok()
        .flatten()
        .and_then(|found| found.dyn_into::<HtmlElement>().ok());
    if let Some(focusable) = focusable {
        focusable.focus().expect("focused");
    }
    settle_quickly().await;
    mouse("mouseup");
    if element.is_connected() {
        mouse("click");
    }
    settle().await;
}

/// Lets Yew render what the last event scheduled.
async fn settle_quickly() {
    yew::platform::time::sleep(Duration::from_millis(5)).await;
}

/// The pointer moving onto `element`: a bubbling `mouseover`.
pub async fn hover(element: &Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let event =
        web_sys::MouseEvent::new_with_mouse_event_init_dict("mouseover", &init).expect("an event");
    element.dispatch_event(&event).expect("dispatched");
    settle().await;
}

/// Options for a widget that leaves the page's fragment alone.
pub fn quiet() -> Options {
    Options {
        hash: Some(false),
        ..Options::default()
    }
}

/// Lets each widget's stylesheet arrive (or fail to), then Yew render and run
/// its effects (and theirs).
pub async fn settle() {
    for _ in 0..500 {
        if cup_bracket::mount::waiting_widgets() == 0 {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    for _ in 0..3 {
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
    // The paths of open ties are aligned after rendering; two frames, and
    // the browser has laid them out.
    frames(2).await;
}

/// Waits for `count` animation frames of the page.
pub async fn frames(count: u32) {
    let seen = Rc::new(Cell::new(0_u32));
    for _ in 0..count {
        let before = seen.get();
        let counter = seen.clone();
        let closure = Closure::once(move || counter.set(counter.get() + 1));
        gloo::utils::window()
            .request_animation_frame(closure.as_ref().unchecked_ref())
            .expect("an animation frame");
        while seen.get() == before {
            yew::platform::time::sleep(Duration::from_millis(2)).await;
        }
    }
}

/// Counts calls of `console.<method>` while alive; restores it when dropped.
pub struct ConsoleCounter {
    method: &'static str,
    original: JsValue,
    count: Rc<Cell<u32>>,
    _closure: Closure<dyn FnMut(JsValue)>,
}

impl ConsoleCounter {
    /// Starts counting `console.warn` or `console.error`.
    pub fn new(method: &'static str) -> Self {
        let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).expect("console");
        let original = js_sys::Reflect::get(&console, &method.into()).expect("the method");
        let count = Rc::new(Cell::new(0));
        let counter = count.clone();
        // Still passes each message on, so a failing test's output is not lost.
        let (forward_to, this) = (original.clone(), console.clone());
        let closure = Closure::<dyn FnMut(JsValue)>::new(move |message: JsValue| {
            counter.set(counter.get() + 1);
            if let Some(function) = forward_to.dyn_ref::<js_sys::Function>() {
                let _ = function.call1(&this, &message);
            }
        });
        js_sys::Reflect::set(&console, &method.into(), closure.as_ref()).expect("replaced");
        ConsoleCounter {
            method,
            original,
            count,
            _closure: closure,
        }
    }

    /// Calls so far.
    pub fn count(&self) -> u32 {
        self.count.get()
    }
}

impl Drop for ConsoleCounter {
    fn drop(&mut self) {
        if let Ok(console) = js_sys::Reflect::get(&js_sys::global(), &"console".into()) {
            let _ = js_sys::Reflect::set(&console, &self.method.into(), &self.original);
        }
    }
}

/// Sets the page's fragment without a history entry.
pub fn set_fragment(fragment: &str) {
    let window = gloo::utils::window();
    let location = window.location();
    let url = format!(
        "{}{}{fragment}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    window
        .history()
        .expect("history")
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .expect("fragment set");
}
