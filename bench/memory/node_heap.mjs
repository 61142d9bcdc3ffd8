// SPDX-License-Identifier: MIT
// Wasm heap of the core's Node module (src/platform/node_api.cpp, target gloss_node) annotating one
// article: linear memory size before loading the text, after copying it in, and after
// gloss_node_annotate (make_document: normalize, blocks, every detector). Wasm memory never
// shrinks, so the last figure is the peak. One article per process.
// Usage: node --no-experimental-fetch bench/memory/node_heap.mjs MODULE.js ARTICLE.txt
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modulePath, articlePath] = process.argv.slice(2);
if (!modulePath || !articlePath) {
    console.error('usage: node_heap.mjs gloss-core.js ARTICLE.txt');
    process.exit(2);
}
const require = createRequire(import.meta.url);
const createGlossCore = require(path.resolve(modulePath));
const core = await createGlossCore();
const mib = (bytes) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
const heap = () => core.HEAPU8.buffer.byteLength;

const text = fs.readFileSync(articlePath);
const initial = heap();
const ptr = core._malloc(text.length);
core.HEAPU8.set(text, ptr);
const loaded = heap();
const start = process.hrtime.bigint();
const count = core._gloss_node_annotate(ptr, text.length, 0, 0);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const peak = heap();
core._free(ptr);
if (count < 0) {
    console.error(`gloss_node_annotate refused the text (code ${-count})`);
    process.exit(1);
}
console.log(JSON.stringify({
    platform: 'wasm-node-module', case: 'annotate', text_bytes: text.length, annotations: count,
    annotate_ms: Math.round(ms * 10) / 10, initial_mib: mib(initial), loaded_mib: mib(loaded), peak_mib: mib(peak),
}));
