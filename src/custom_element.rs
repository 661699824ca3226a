//! `<cup-bracket open="IR Tanger v AS Kaloum" theme="dark" as-of="2017-03-12" lang="fr">`:
//! the widget as a custom element, for hosts that write no script of their own.
//! Its `data` property takes a competition: set before the element draws, it
//! is drawn instead of the compiled-in one; set after, it updates the widget
//! in place (the handle's `update`), keeping open ties, focus and scroll.
//!
//! The element's class must be JavaScript (it extends `HTMLElement`); it lives
//! in a wasm-bindgen snippet, which the bundle ships as a file of its own, so a
//! strict Content-Security-Policy (no inline script) allows it. It maps its
//! attributes to the options of [`crate::mount::mount`] and calls it when
//! connected, again when an attribute changes, and `destroy()` when removed.

use wasm_bindgen::prelude::*;

use crate::mount::mount;

#[wasm_bindgen(inline_js = r#"
export function define_element(name, mount) {
  if (typeof customElements === "undefined" || customElements.get(name)) return false;
  class CupBracket extends HTMLElement {
    static get observedAttributes() { return ["open", "rounds", "theme", "hash", "as-of", "replay", "lang"]; }
    get data() { return this.competition; }
    set data(competition) {
      this.competition = competition;
      if (!this.handle) { if (this.live) this.draw(); return; }
      try {
        this.handle.update(competition);
      } catch (error) {
        // Refused data leaves the bracket as it was.
        console.error(error instanceof Error ? error.message : error);
      }
    }
    connectedCallback() { this.live = true; this.draw(); }
    disconnectedCallback() {
      this.live = false;
      if (this.handle) { this.handle.destroy(); this.handle = undefined; }
    }
    attributeChangedCallback() {
      // Attributes present when the element is parsed arrive before
      // connectedCallback, which draws with all of them at once.
      if (this.live) this.draw();
    }
    options() {
      const options = {};
      const open = this.getAttribute("open");
      if (open !== null) options.open = open;
      const rounds = this.getAttribute("rounds");
      if (rounds !== null) options.rounds = rounds.split(/\s+/).filter(Boolean);
      const theme = this.getAttribute("theme");
      if (theme !== null) options.theme = theme;
      const hash = this.getAttribute("hash");
      if (hash !== null) options.hash = hash !== "false";
      const asOf = this.getAttribute("as-of");
      if (asOf !== null) options.asOf = asOf;
      const replay = this.getAttribute("replay");
      if (replay !== null) options.replay = replay !== "false";
      // HTML's own attribute: "fr-CA" is French. Without it, the widget
      // takes its nearest ancestor's.
      const lang = this.getAttribute("lang");
      if (lang !== null) options.lang = lang.split("-")[0].toLowerCase();
      if (this.competition !== undefined) options.data = this.competition;
      return options;
    }
    draw() {
      if (this.handle) { this.handle.destroy(); this.handle = undefined; }
      try {
        this.handle = mount(this, this.options());
      } catch (error) {
        // A bad attribute leaves this element empty, not the page broken.
        console.error(error instanceof Error ? error.message : error);
      }
    }
  }
  customElements.define(name, CupBracket);
  return true;
}
"#)]
extern "C" {
    /// Defines the element class once; false if the name was taken already.
    fn define_element(name: &str, mount: &js_sys::Function) -> bool;
}

/// The element's tag name.
pub const TAG: &str = "cup-bracket";

/// Defines `<cup-bracket>`; a second call (or a name already taken) does nothing.
pub fn define() {
    let mount = Closure::<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsValue>>::new(
        |element: JsValue, options: JsValue| {
            mount(element, options)
                .map(JsValue::from)
                .map_err(JsValue::from)
        },
    );
    let function: &js_sys::Function = mount.as_ref().unchecked_ref();
    if define_element(TAG, function) {
        // The element class keeps calling it for the page's lifetime.
        mount.forget();
    }
}
