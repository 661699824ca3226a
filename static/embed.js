// The example host page's own script (embed.html): two independent widgets,
// mounted through the bundle's JavaScript API, and a line fed by their events.
// A file, not an inline script, so that the page runs under a strict CSP.
import { ready, mount } from "./cup-bracket-loader.js";

const lastToggle = document.getElementById("last-toggle");

if (await ready) {
  mount(document.getElementById("bracket-full"), {
    open: "IR Tanger v AS Kaloum",
    hash: true,
  });
  mount(document.getElementById("bracket-preliminary"), {
    rounds: ["preliminary"],
    theme: "dark",
    hash: false,
  });
  // tie-toggle bubbles out of each widget's shadow root to the page.
  document.addEventListener("tie-toggle", (event) => {
    const { open, summary } = event.detail;
    lastToggle.textContent = `${open ? "Opened" : "Closed"}: ${summary}`;
  });
}
