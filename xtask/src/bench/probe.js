// `cargo xtask bench`'s probe: inlined first in the <head> of every page the
// benchmark loads (each in a new browser session: nothing cached, nothing
// compiled). Times are milliseconds since navigation start (performance.now()).
//
// - Page loads (`load` below): first contentful paint (paint timing), every
//   tie or match of the page's bracket in the DOM, the next animation frame
//   and the frame after it (painted).
// - Renders (`render`): from the call that draws a prepared bracket
//   (`mount(el, { data })`, `bracketsViewer.render(data)`) to its return, to
//   every tie or match in the DOM, to the next frame and the frame after.
// - Clicks (`clicks`): a click on a tie in view (ours: its card, which opens
//   its match boxes; brackets-viewer: its match label, which opens a popover
//   of the match's games) to what it opens in the DOM, the next frame, the
//   frame after.
//
// "The frame after" is the second animation frame whose callbacks run after
// the DOM was complete: they run once the browser has styled, laid out and
// painted the frame before, the one that showed it (what a person sees).
(() => {
  const bench = (window.__bench = { result: null, error: null });
  const PAINT_TIMING_STEP = 4;
  const now = () => performance.now();
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(now())));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const fail = (error) => { bench.error = String(error && error.stack || error); };
  addEventListener("error", (event) => fail(event.error || event.message));
  addEventListener("unhandledrejection", (event) => fail(event.reason));

  // Every animation frame's callback time, from now on: what ran after the
  // DOM changed is found here.
  const frames = [];
  const tick = () => { frames.push(now()); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const frameAfter = (at, nth) => {
    const later = frames.filter((time) => time > at);
    return later.length >= nth ? later[nth - 1] : null;
  };
  const framesAfter = async (at, nth) => {
    while (frameAfter(at, nth) === null) await frame();
    return frameAfter(at, nth);
  };

  // Notes when each element matching `selector` first appears in the roots
  // it watches (the document, a shadow root), and when `expected` of them are
  // there. Checked by mutation observers (a microtask after each change) and
  // at every frame.
  const watcher = (selector, expected) => {
    const w = { seen: new Map(), roots: [], observers: [], all: 0, count: 0, expected };
    w.check = () => {
      if (w.all) return;
      const at = now();
      let count = 0;
      for (const root of w.roots) {
        for (const element of root.querySelectorAll(selector)) {
          count++;
          if (!w.seen.has(element)) w.seen.set(element, at);
        }
      }
      w.count = count;
      if (count >= expected) {
        w.all = at;
        for (const observer of w.observers) observer.disconnect();
      }
    };
    w.watch = (root) => {
      if (!root || w.all || w.roots.includes(root)) return;
      w.roots.push(root);
      const observer = new MutationObserver(() => { w.onChange && w.onChange(); w.check(); });
      observer.observe(root, { childList: true, subtree: true });
      w.observers.push(observer);
      w.check();
    };
    const poll = () => { if (!w.all) { w.onChange && w.onChange(); w.check(); requestAnimationFrame(poll); } };
    requestAnimationFrame(poll);
    return w;
  };

  // Shadow roots the widget attaches from script.
  const attach = Element.prototype.attachShadow;
  const shadowHooks = [];
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    for (const hook of shadowHooks) hook(root);
    return root;
  };

  // How many of the watched elements are in the viewport once all is drawn,
  // and when the last of them appeared. An IntersectionObserver's first
  // report, which does not lay out what the browser skips (content-visibility).
  const inView = (w) => new Promise((resolve) => {
    const elements = [...w.seen.keys()].filter((element) => element.isConnected);
    if (!elements.length) return resolve({ count: 0, last: 0 });
    const visible = new Set();
    let reported = 0;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        reported++;
        if (entry.isIntersecting) visible.add(entry.target);
      }
      if (reported >= elements.length) {
        observer.disconnect();
        let last = 0;
        for (const element of visible) last = Math.max(last, w.seen.get(element));
        resolve({ count: visible.size, last });
      }
    });
    for (const element of elements) observer.observe(element);
  });

  const countElements = (roots) => roots.reduce((sum, root) => sum + root.querySelectorAll("*").length, 0);

  // What a page's bracket is made of, by library: the element to count, and
  // the root its elements are in.
  const kinds = {
    cup: { selector: "button.cb-tie" },
    markup: { selector: "button.cb-tie" },
    bv: { selector: ".match[data-match-id]" },
  };

  // A page load: started by the probe itself as the page begins, if the
  // query names the kind (`?kind=cup&expected=52`).
  const query = new URLSearchParams(location.search);
  const loadKind = query.get("kind");
  if (loadKind) {
    const expected = Number(query.get("expected") || 0);
    const w = kinds[loadKind] ? watcher(kinds[loadKind].selector, expected) : null;
    if (w) {
      w.watch(document);
      shadowHooks.push((root) => w.watch(root));
      // A shadow root the parser attached (declarative, rendered at build time).
      w.onChange = () => {
        for (const host of document.querySelectorAll("#cup-bracket, cup-bracket")) w.watch(host.shadowRoot);
      };
      bench.watched = w;
    }
    const paint = () => {
      const entry = performance.getEntriesByName("first-contentful-paint")[0];
      return entry ? entry.startTime : null;
    };
    bench.loaded = (async () => {
      if (w) {
        while (!w.all) await frame();
      } else {
        while (paint() === null) await frame();
      }
      const at = w ? w.all : paint();
      const afterFrames = await framesAfter(at, 2);
      // Paint timing is reported a little after the paint.
      for (let i = 0; i < 60 && paint() === null; i++) await frame();
      const view = w ? await inView(w) : { count: 0, last: 0 };
      // While a page loads, the browser may run animation frames without
      // showing them (it holds the first paint back): nothing is painted
      // before the first contentful paint, whose time is when it showed.
      const fcp = paint();
      const painted = (time) => (fcp === null ? time : Math.max(time, fcp));
      // Every tie was in the first contentful paint if it was in the DOM
      // before that paint, to the step of paint timing (Chromium reports
      // it in whole steps of 4 ms here): the bracket was painted then,
      // whatever work (hydration) holds the next animation frames back.
      const inFirstPaint = Boolean(w && fcp !== null && w.all < fcp + PAINT_TIMING_STEP);
      const navigation = performance.getEntriesByType("navigation")[0] || {};
      bench.result = {
        fcp,
        dom: w ? w.all : null,
        frame: frameAfter(at, 1),
        painted: inFirstPaint ? fcp : painted(afterFrames),
        in_first_paint: inFirstPaint,
        in_view: view.count,
        in_view_dom: view.last || null,
        in_view_painted: inFirstPaint ? fcp : view.last ? painted(await framesAfter(view.last, 2)) : null,
        dom_content_loaded: navigation.domContentLoadedEventEnd || null,
        load: navigation.loadEventEnd || null,
        count: w ? w.count : 0,
      };
    })().catch(fail);
  }

  // Waits for the page to settle: two frames in a row at the display's pace.
  const settle = async () => {
    let last = await frame();
    for (let settled = 0, count = 0; settled < 2 && count < 120; count++) {
      const at = await frame();
      settled = at - last < 20 ? settled + 1 : 0;
      last = at;
    }
  };

  // A render: `lib` is "cup" (the page imported the widget's module into
  // bench.cup) or "bv" (brackets-viewer's script made window.bracketsViewer).
  // The data is fetched and parsed, and brackets-viewer's object built,
  // before the clock starts.
  bench.render = async ({ lib, data, expected }) => {
    if (lib === "cup") await bench.started;
    const body = await (await fetch(data)).text();
    const db = lib === "markup" ? null : JSON.parse(body);
    const host = document.getElementById("host");
    const w = watcher(kinds[lib].selector, expected);
    let call;
    // Ours: when the widget's stylesheet has loaded, which starts its app.
    // A capturing listener on the shadow root hears it before the link's own.
    let styled = null;
    if (lib === "cup") {
      shadowHooks.push((root) => {
        w.watch(root);
        root.addEventListener("load", () => { styled = styled || now(); }, true);
      });
      call = () => bench.cup.mount(host, { data: db, hash: false });
    } else if (lib === "markup") {
      // Our markup of the same bracket, in a shadow root with the widget's
      // stylesheet, put there by the browser alone: no wasm runs.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await (await fetch("bracket.css")).text());
      shadowHooks.push((root) => w.watch(root));
      call = () => {
        const root = host.attachShadow({ mode: "open" });
        root.adoptedStyleSheets = [sheet];
        root.innerHTML = body;
      };
    } else {
      w.watch(host);
      const viewerData = {
        stages: db.stage,
        matches: db.match,
        matchGames: db.match_game,
        participants: db.participant,
      };
      call = () => window.bracketsViewer.render(viewerData, { selector: "#host" });
    }
    await settle();
    await sleep(0);
    const start = now();
    const value = call();
    const returned = now();
    if (value && typeof value.then === "function") await value;
    while (!w.all) await frame();
    const painted = await framesAfter(w.all, 2);
    const view = await inView(w);
    const roots = lib === "bv" ? [host] : [host.shadowRoot];
    const css = performance.getEntriesByType("resource").filter((entry) => entry.name.endsWith(".css"));
    // Ours: mount()'s steps, from its User Timing marks (src/timing.rs).
    const mark = (step) => {
      const entries = performance.getEntriesByName(`cup-bracket:${step}`, "mark")
        .filter((entry) => entry.startTime >= start);
      return entries.length ? entries[entries.length - 1].startTime - start : null;
    };
    const [read, validated, modelled] = ["read", "validated", "modelled"].map(mark);
    const between = (from, to) => (from === null || to === null ? null : to - from);
    // The ties the first render drew: those in the DOM when the last tie in
    // view arrived.
    const drawnFirst = [...w.seen.values()].filter((time) => time <= view.last).length;
    bench.rendered = { lib, w, roots, root: roots[0] };
    return {
      returned: returned - start,
      styled: styled === null ? null : styled - start,
      // Ours: the app's own render, from the stylesheet's load to every tie
      // in the DOM; both: the browser's, from there to painted.
      app: styled === null ? null : w.all - styled,
      read,
      validate: between(read, validated),
      model: between(validated, modelled),
      // The app's first render: the stylesheet loaded to the ties in view in the DOM.
      first_render: styled === null ? null : view.last - styled,
      drawn_first: lib === "cup" ? drawnFirst : null,
      browser: painted - w.all,
      dom: w.all - start,
      frame: frameAfter(w.all, 1) - start,
      painted: painted - start,
      in_view: view.count,
      in_view_dom: view.last - start,
      in_view_painted: (await framesAfter(view.last, 2)) - start,
      count: w.count,
      elements: countElements(roots),
      // Stylesheets fetched, and when the last arrived (after the call: ms from it).
      css: css.map((entry) => ({ file: new URL(entry.name).pathname, end: entry.responseEnd - start })),
      wasm_bytes: bench.wasm ? bench.wasm.memory.buffer.byteLength : null,
    };
  };

  // What a click opens, and how to close it again, by library.
  const clickable = {
    cup: {
      targets: (root) => [...root.querySelectorAll("button.cb-tie")],
      press: (button) => button,
      opened: (root, button) => {
        const id = button.getAttribute("aria-controls");
        const region = id && root.getElementById(id);
        return !!(region && region.querySelector(".cb-match"));
      },
      close: (root, button) => button.click(),
      cell: (button) => button.parentElement,
    },
    bv: {
      targets: (root) => [...root.querySelectorAll(".match[data-match-id]")],
      // The match's label ("M 1.1, Bo2"): a click shows its games in a popover.
      press: (match) => match.querySelector(".opponents > span"),
      opened: (root) => {
        const popover = root.querySelector("[popover]");
        return !!(popover && popover.matches(":popover-open") && popover.querySelector(".match[data-match-game-id]"));
      },
      close: (root) => root.querySelector("[popover]").hidePopover(),
      cell: (match) => match,
    },
  };

  // `count` clicks on ties spread over the bracket (a seeded random pick),
  // each scrolled into view with the page settled again, clicked at a random
  // moment of a frame as a person's click comes, then closed. Also counts
  // the DOM changes outside the clicked tie's cell (ours: the connector
  // lines apart).
  bench.clicks = async (count, seed) => {
    if (!bench.rendered && loadKind === "cup") {
      // A page whose ties were in its HTML: they answer once the wasm runs.
      if (!(await (await import("./cup-bracket-loader.js")).ready)) throw new Error("the wasm did not start");
      await frame();
      await frame();
    }
    const { lib, root } = bench.rendered || bench.pageRendered();
    const how = clickable[lib];
    const targets = how.targets(root);
    const result = { dom: [], frame: [], painted: [], inside: 0, lines: 0, outside: 0, outside_examples: [] };
    let state = seed >>> 0;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < count; i++) {
      const target = targets[Math.floor(random() * targets.length)];
      const press = how.press(target);
      target.scrollIntoView({ block: "center", inline: "center" });
      await settle();
      await sleep(random() * 12);
      const cell = how.cell(target);
      const lines = root.querySelector("svg.cb-lines");
      let domAt = 0;
      const records = [];
      const observer = new MutationObserver((batch) => {
        records.push(...batch);
        if (!domAt && how.opened(root, target)) domAt = now();
      });
      observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
      const start = now();
      press.click();
      if (how.opened(root, target)) domAt = now();
      for (const deadline = start + 5000; !domAt; await frame()) {
        if (now() > deadline) throw new Error("a click opened nothing in 5 s");
      }
      const painted = await framesAfter(domAt, 2);
      records.push(...observer.takeRecords());
      observer.disconnect();
      for (const record of records) {
        const node = record.target;
        if (cell.contains(node)) result.inside++;
        else if (lines && lines.contains(node)) result.lines++;
        else if (lib === "bv" && node.closest && node.closest("[popover]")) result.inside++;
        else {
          result.outside++;
          if (result.outside_examples.length < 5) {
            result.outside_examples.push(`${record.type} ${node.nodeName} ${record.attributeName || ""}`);
          }
        }
      }
      result.dom.push(domAt - start);
      result.frame.push(frameAfter(domAt, 1) - start);
      result.painted.push(painted - start);
      how.close(root, target);
      await frame();
      await frame();
    }
    return result;
  };

  // Opens the first tie (a screenshot shows what a click opens).
  bench.openFirst = async () => {
    const { lib, root } = bench.rendered || bench.pageRendered();
    const how = clickable[lib];
    const target = how.targets(root)[0];
    target.scrollIntoView({ block: "center", inline: "center" });
    how.press(target).click();
    for (const deadline = now() + 5000; !how.opened(root, target); await frame()) {
      if (now() > deadline) throw new Error("a click opened nothing in 5 s");
    }
    await frame();
    await frame();
    bench.closeFirst = () => how.close(root, target);
  };

  // A loaded page's bracket, for clicks after a page load.
  bench.pageRendered = () => {
    const w = bench.watched;
    const lib = loadKind;
    const host = document.getElementById("cup-bracket");
    return { lib, w, root: lib === "cup" ? host.shadowRoot : document };
  };
})();
