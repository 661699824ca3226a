// The console recorder of the browser tests (xtask/src/test/console.rs).
// The test server puts it first in the <head> of every page it serves, so it
// runs before any other script of the page, the widget's included. It keeps
// what a person would see in the console as errors and warnings, in any
// browser, through the page alone:
// - console.error / console.warn / console.log / console.info / console.assert
//   calls (the widget's panics and warnings are console.error / console.warn);
// - uncaught errors (`error` on the window) and unhandled promise rejections;
// - resources that failed to load (`error` on a <script>, <link>, <img>…);
// - Content-Security-Policy violations (`securitypolicyviolation`).
// Entries go to sessionStorage, so that they outlive a reload or a
// navigation within the same origin until the test reads them.
(() => {
  "use strict";
  const KEY = "xtask-console";
  if (window.__xtaskConsole) return;
  const text = (value) => {
    if (value instanceof Error) return value.stack ? `${value}\n${value.stack}` : String(value);
    if (typeof value === "string") return value;
    try {
      const json = JSON.stringify(value);
      return json === undefined ? String(value) : json;
    } catch (_) {
      return String(value);
    }
  };
  let lost = 0;
  const record = (level, kind, message) => {
    const entry = { level, kind, message, page: location.pathname };
    try {
      const all = JSON.parse(sessionStorage.getItem(KEY) || "[]");
      all.push(entry);
      sessionStorage.setItem(KEY, JSON.stringify(all));
    } catch (_) {
      lost += 1;
    }
  };
  window.__xtaskConsole = {
    // Every entry since the last call, and how many could not be kept.
    take() {
      const all = JSON.parse(sessionStorage.getItem(KEY) || "[]");
      sessionStorage.removeItem(KEY);
      const result = { entries: all, lost };
      lost = 0;
      return result;
    },
  };
  for (const level of ["error", "warn", "log", "info"]) {
    const original = console[level];
    console[level] = function (...args) {
      record(level, "console", args.map(text).join(" "));
      return original.apply(this, args);
    };
  }
  const assert = console.assert;
  console.assert = function (condition, ...args) {
    if (!condition) record("error", "console", `Assertion failed: ${args.map(text).join(" ")}`);
    return assert.call(this, condition, ...args);
  };
  window.addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (target && target !== window && target.nodeType === Node.ELEMENT_NODE) {
        const url = target.src || target.href || target.data || "";
        record("error", "load", `Failed to load <${target.localName}> ${url}`);
      } else {
        const where = event.filename ? ` (${event.filename}:${event.lineno}:${event.colno})` : "";
        const detail = event.error ? text(event.error) : event.message;
        record("error", "uncaught", `Uncaught ${detail}${where}`);
      }
    },
    true,
  );
  window.addEventListener("unhandledrejection", (event) => {
    record("error", "uncaught", `Uncaught (in promise) ${text(event.reason)}`);
  });
  window.addEventListener(
    "securitypolicyviolation",
    (event) => {
      record(
        "error",
        "csp",
        `Content Security Policy: ${event.effectiveDirective || event.violatedDirective} ` +
          `refused ${event.blockedURI || "(inline)"} (${event.disposition}; ` +
          `${event.sourceFile || location.href}:${event.lineNumber})`,
      );
    },
    true,
  );
})();
