// Trunk's last post-build step for release bundles (Trunk.toml): minifies the
// JavaScript (wasm-bindgen's glue, the loader, the snippets) and the
// stylesheets with esbuild, then writes each page's `integrity` hashes anew,
// since Trunk computed them from the files before. Trunk's own `minify` would
// also minify the HTML and drop the fallback's markers.
//
// usage: node xtask/minify-release.mjs <staging dir>

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { transformSync } from "esbuild";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node xtask/minify-release.mjs <staging dir>");
  process.exit(2);
}

const files = readdirSync(dir, { recursive: true }).map((path) => join(dir, path));
for (const file of files) {
  const loader = file.endsWith(".js") ? "js" : file.endsWith(".css") ? "css" : null;
  if (!loader) continue;
  const { code } = transformSync(readFileSync(file, "utf8"), { loader, minify: true, logLevel: "warning" });
  writeFileSync(file, code);
}

// <link href=…> and <script src=…> that name a file of the bundle.
const tag = /<(?:link|script)\b[^>]*>/g;
for (const page of files.filter((file) => file.endsWith(".html"))) {
  const html = readFileSync(page, "utf8");
  const fixed = html.replace(tag, (element) => {
    const url = /\s(?:href|src)="([^"]+)"/.exec(element)?.[1];
    const algorithm = /\sintegrity="(sha256|sha384|sha512)-/.exec(element)?.[1];
    if (!url || !algorithm) return element;
    const path = join(dir, decodeURI(url.replace(/^\.\//, "").split(/[?#]/)[0]));
    if (relative(dir, path).startsWith(".." + sep)) return element;
    let body;
    try {
      body = readFileSync(path);
    } catch {
      return element;
    }
    const hash = createHash(algorithm).update(body).digest("base64");
    return element.replace(/\sintegrity="[^"]*"/, ` integrity="${algorithm}-${hash}"`);
  });
  writeFileSync(page, fixed);
}
