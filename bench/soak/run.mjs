// SPDX-License-Identifier: MIT
// Browser soak test (a benchmark, not a CI test): load, annotate, edit, undo/redo, share and
// reopen in a loop for a few minutes; report wasm/JS heap growth, console errors and any drift
// between the state and its reopened share link.
// Usage: node bench/soak/run.mjs [--minutes N]   (needs dist/ from ./build-wasm.sh)
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, root } from '../../tests/e2e/helpers.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const minutes = arg('--minutes', 3);
const env = await launch();
const p = await openPage(env);
const { page } = p;

const sample = () => page.evaluate(() => ({
  wasm: window.Module && Module.HEAPU8 ? Module.HEAPU8.length : 0,
  js: performance.memory ? performance.memory.usedJSHeapSize : 0,
}));

// One iteration on a variant of the original text (never of the previous iteration's, so the
// article does not grow); returns a drift message or ''.
const original = await page.evaluate(() => gloss.getState().text);
const iterate = (i) => page.evaluate(([n, base]) => {
  const text = n % 2 ? base : base.replace(/Serbia/g, 'Serbia ' + (n % 7));
  const loaded = gloss.loadText(text, 'Soak ' + n);
  if (!loaded.ok) return 'loadText failed: ' + loaded.message;
  const st = gloss.getState();
  const enc = new TextEncoder();
  const ids = [];
  for (let k = 0; k < 5; ++k) {
    const word = st.text.indexOf(' ', 200 + 97 * k + n % 50) + 1;
    const end = st.text.indexOf(' ', word);
    const start = enc.encode(st.text.slice(0, word)).length;
    const stop = enc.encode(st.text.slice(0, end)).length;
    ids.push(gloss.addAnnotation({ start, end: stop, kind: 'HIGHLIGHT', note: 'note ' + n + '.' + k }));
  }
  gloss.updateAnnotation(ids[0], { note: 'edited ' + n, kind: 'PERSON' });
  gloss.removeAnnotation(ids[1]);
  for (let k = 0; k < 3; ++k) gloss.undo();
  for (let k = 0; k < 3; ++k) gloss.redo();
  const before = JSON.stringify(gloss.getState());
  const link = gloss.shareLink();
  gloss.loadSample();
  const opened = gloss.openLink(link);
  if (!opened.ok) return 'openLink failed: ' + opened.message;
  const after = JSON.stringify(gloss.getState());
  if (after !== before) return 'state drifted through its share link at iteration ' + n;
  const exported = gloss.exportAs('json');
  if (!exported.ok) return 'export failed';
  return '';
}, [i, original]);

const start = Date.now();
const first = await sample();
const samples = [first];
const drift = [];
let i = 0;
while (Date.now() - start < minutes * 60000) {
  const d = await iterate(i++);
  if (d) drift.push(d);
  if (i % 25 === 0) samples.push(await sample());
}
await page.evaluate(() => { if (window.gc) window.gc(); });
const last = await sample();
const mib = (b) => +(b / 1048576).toFixed(1);
const result = {
  minutes, iterations: i, consoleErrors: p.errors, drift: drift.slice(0, 5), driftCount: drift.length,
  wasmHeapMiB: { start: mib(first.wasm), end: mib(last.wasm), max: mib(Math.max(...samples.map((s) => s.wasm), last.wasm)) },
  jsHeapMiB: { start: mib(first.js), end: mib(last.js) },
  // Growth after the first quarter: the heap settles once the allocator has its working set.
  wasmHeapSamplesMiB: samples.map((x) => mib(x.wasm)),
  wasmGrowthAfterWarmupMiB: mib(last.wasm - samples[Math.floor(samples.length / 4)].wasm),
};
mkdirSync(join(root, 'bench', 'out'), { recursive: true });
writeFileSync(join(root, 'bench', 'out', 'soak.json'), JSON.stringify(result, null, 1));
console.log(JSON.stringify(result, null, 1));
await p.context.close();
await env.close();
process.exit(p.errors.length || drift.length ? 1 : 0);
