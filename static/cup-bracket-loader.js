// cup-bracket's loader: starts the widget's WebAssembly once for the page.
//
// A file of its own, not an inline script, so that pages served with a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') run it. Once
// the wasm runs, <cup-bracket> elements draw themselves and the page's
// #cup-bracket element gets the full bracket (taking over the markup drawn at
// build time, where the page has it). Where WebAssembly is missing or blocked,
// that markup stays, every result readable, and the page's note shows.
import init, { mount as mountStarted } from "./cup-bracket.js";

let started = false;

/** Resolves to true once `mount` can be called, to false where the widget cannot run. */
export const ready = start();

/**
 * Draws a widget in `element` (see README, "Embedding"); throws until `ready`
 * has resolved to true, rather than failing inside the bundle.
 */
export function mount(element, options) {
  if (!started) {
    throw new Error(
      "cup-bracket: mount() was called before the module was ready; await `ready` (or `init()`) first",
    );
  }
  return mountStarted(element, options);
}

async function start() {
  try {
    if (typeof WebAssembly !== "object") {
      throw new Error("this browser has no WebAssembly");
    }
    await init();
    started = true;
    return true;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.warn(`cup-bracket: the interactive bracket cannot start (${why}); the bracket stays as the page was built`);
    // Each bracket drawn at build time holds the note, in its language,
    // inside its shadow root.
    for (const element of document.querySelectorAll("*")) {
      for (const note of element.shadowRoot?.querySelectorAll(".cb-static-note") ?? []) {
        note.hidden = false;
      }
    }
    return false;
  }
}
