// Measures the static search of a built site (docs/search.md "Budget"): index size, the search page's weight before
// the first query, and the bytes each query downloads, by running the site's own assets/search.js under Node with a
// fetch that reads the built files and counts them.
//   node tests/Bantin.Bench/search-size.js OUTPUT_DIR [SEARCH_PATH=tim-kiem/] [query ...]
"use strict";
const fs = require("fs"), path = require("path"), zlib = require("zlib");
const [out, searchPath = "tim-kiem/", ...asked] = process.argv.slice(2);
if (!out) { console.error("usage: node search-size.js OUTPUT_DIR [SEARCH_PATH] [query ...]"); process.exit(2); }
const queries = asked.length ? asked : ["doan vien", "cong doan", "Đoàn viên", "nguoi lao dong", "dai hoi", "Lao Cai", "a", "ng", "th",
  "đoàn viên công đoàn cơ sở người lao động"];
const kb = n => (n / 1024).toFixed(1) + " KB";
const gz = b => zlib.gzipSync(b, { level: 6 }).length;
const folder = path.join(out, searchPath);

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}
const json = walk(folder).filter(f => f.endsWith(".json"));
const total = json.reduce((s, f) => s + fs.statSync(f).size, 0);
const terms = json.filter(f => f.includes(path.sep + "terms" + path.sep));
const docs = json.filter(f => f.includes(path.sep + "docs" + path.sep));
const largest = terms.map(f => [f, fs.statSync(f).size]).sort((a, b) => b[1] - a[1])[0];
const meta = JSON.parse(fs.readFileSync(path.join(folder, "meta.json"), "utf8"));
console.log(`documents: ${meta.docs.c.length}, shards: ${terms.length}, docs files: ${docs.length}`);
console.log(`index total: ${kb(total)} (terms ${kb(terms.reduce((s, f) => s + fs.statSync(f).size, 0))}, docs ${kb(docs.reduce((s, f) => s + fs.statSync(f).size, 0))}, meta.json ${kb(fs.statSync(path.join(folder, "meta.json")).size)})`);
console.log(`largest shard: ${path.relative(folder, largest[0])} "${meta.terms[Number(path.basename(largest[0], ".json"))]}" ${kb(largest[1])} (gzip ${kb(gz(fs.readFileSync(largest[0])))})`);

// Before the first query: the page and everything it links (print.css too: browsers fetch it at low priority).
const html = fs.readFileSync(path.join(folder, "index.html"));
const linked = [...html.toString().matchAll(/(?:href|src)="([^"]+\.(?:css|js|svg))"/g)].map(m => m[1]);
const base = new URL(html.toString().match(/data-base="([^"]*)"/)[1], "http://x/").pathname;
const files = [html, ...linked.map(u => fs.readFileSync(path.join(out, u.slice(base.length))))];
console.log(`search page before the first query: ${kb(files.reduce((s, b) => s + b.length, 0))} (gzip ${kb(files.reduce((s, b) => s + gz(b), 0))}): index.html ${kb(html.length)}, ${linked.map(u => path.basename(u)).join(", ")}`);

global.window = {};
global.document = { readyState: "complete", querySelector: () => null, documentElement: { lang: "vi" } };
let fetched = [];
global.fetch = async url => {
  const bytes = fs.readFileSync(path.join(folder, url.split("?")[0]));
  fetched.push([url, bytes]);
  return { ok: true, status: 200, json: async () => JSON.parse(bytes.toString("utf8")) };
};
eval(fs.readFileSync(path.join(out, "assets", "search.js"), "utf8"));
(async () => {
  console.log("\n| query | results | meta.json | term shards | docs (first 10 results) | total | gzip |\n|---|---|---|---|---|---|---|");
  for (const q of queries) {
    const index = window.bantinSearch.open("", "/", ""); // a fresh page: nothing cached
    fetched = [];
    const result = await index.query(q, {}, 10);
    const sum = f => fetched.filter(([u]) => f(u)).reduce((s, [, b]) => s + b.length, 0);
    const all = sum(() => true);
    console.log(`| \`${q}\` | ${result.total} | ${kb(sum(u => u.startsWith("meta")))} | ${kb(sum(u => u.startsWith("terms/")))} (${fetched.filter(([u]) => u.startsWith("terms/")).length}) | ${kb(sum(u => u.startsWith("docs/")))} (${fetched.filter(([u]) => u.startsWith("docs/")).length}) | ${kb(all)} | ${kb(fetched.reduce((s, [, b]) => s + gz(b), 0))} |`);
  }
})();
