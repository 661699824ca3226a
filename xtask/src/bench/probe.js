// `cargo xtask bench`'s probe, loaded before anything else by the pages it
// measures (a copy of index.html, and bench.html). It notes when every tie of
// a widget is in its shadow root and the next animation frame after that, and
// measures clicks. Times are milliseconds since navigation start
// (performance.now()).
(() => {
  const bench = (window.__cbBench = { expected: 0, drawn: 0, painted: 0, shown: 0 });
  const query = new URLSearchParams(location.search);
  bench.expected = Number(query.get("ties") || 0);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // Every widget draws in a shadow root: watch it from the moment it exists.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    bench.root = root;
    const observer = new MutationObserver(() => {
      if (bench.drawn || !bench.expected) return;
      if (root.querySelectorAll("button.cb-tie").length >= bench.expected) {
        bench.drawn = performance.now();
        observer.disconnect();
        frame().then((at) => {
          bench.painted = at;
          return frame();
        }).then((at) => { bench.shown = at; });
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };

  // Opens `count` ties spread over the bracket, one at a time, each scrolled
  // into view and clicked at a random moment of a frame as a person's click
  // would come, and closes it
  // again. For each: click to the boxes in the DOM with all work done, click
  // to the next animation frame (the frame that shows them), and click to the
  // frame after it, whose callbacks run once the browser has styled, laid out
  // and painted the one before (what a person sees). Also counts the DOM
  // changes outside the opened tie's cell, the connector lines apart.
  bench.clicks = async (count) => {
    const root = bench.root;
    const buttons = [...root.querySelectorAll("button.cb-tie")];
    const result = { frame: [], shown: [], dom: [], inside: 0, lines: 0, outside: 0, outsideExamples: [] };
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < count; i++) {
      const button = buttons[Math.floor(random() * buttons.length)];
      const region = root.getElementById(button.getAttribute("aria-controls"));
      const cell = button.parentElement;
      const lines = root.querySelector("svg.cb-lines");
      // In view, as a tie a person clicks is, and the page settled again
      // (two frames in a row at the display's pace): what came into view is
      // laid out and painted.
      button.scrollIntoView({ block: "center", inline: "center" });
      let last = await frame();
      for (let settled = 0, frames = 0; settled < 2 && frames < 60; frames++) {
        const at = await frame();
        settled = at - last < 20 ? settled + 1 : 0;
        last = at;
      }
      await sleep(random() * 12);
      let domAt = 0;
      const records = [];
      const observer = new MutationObserver((batch) => {
        records.push(...batch);
        if (!domAt && region.querySelector(".cb-match")) domAt = performance.now();
      });
      observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
      const start = performance.now();
      button.click();
      let painted = await frame();
      while (!region.querySelector(".cb-match")) painted = await frame();
      records.push(...observer.takeRecords());
      observer.disconnect();
      const shown = await frame();
      for (const record of records) {
        const node = record.target;
        if (cell.contains(node)) result.inside++;
        else if (lines && lines.contains(node)) result.lines++;
        else {
          result.outside++;
          if (result.outsideExamples.length < 5) {
            result.outsideExamples.push(`${record.type} ${node.nodeName} ${record.attributeName || ""}`);
          }
        }
      }
      result.frame.push(painted - start);
      result.shown.push(shown - start);
      result.dom.push((domAt || painted) - start);
      button.click();
      await frame();
      await frame();
    }
    return result;
  };

  // The scaling page: mounts a generated competition and waits for it drawn.
  bench.mountData = async (name, ties) => {
    await bench.started;
    const data = await (await fetch(name)).json();
    bench.expected = ties;
    const host = document.getElementById("host");
    const start = performance.now();
    bench.mount(host, { data, hash: false });
    while (!bench.shown) await frame();
    return {
      drawn: bench.drawn - start,
      painted: bench.painted - start,
      shown: bench.shown - start,
      wasmBytes: bench.wasm.memory.buffer.byteLength,
      jsHeapBytes: performance.memory ? performance.memory.usedJSHeapSize : 0,
      elements: bench.root.querySelectorAll("*").length,
    };
  };
})();
