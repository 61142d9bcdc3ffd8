// SPDX-License-Identifier: MIT
// In-browser benchmark (not a timed test): headless Chromium at devicePixelRatio 1 loads the
// bundled sample and a ~1 MB article, scrolls through each with wheel events, and reports the
// annotate and layout times and the per-frame CPU time (median / p95), then checks that an idle
// page renders no frames. Needs dist/ (./build-wasm.sh).
//
// Usage: node bench/browser/run.mjs [--bytes N] [--steps N] [--corpus FILE] [--width W --height H]
//   --bytes N      size of the large article (default 1048576)
//   --steps N      wheel steps per article (default 120)
//   --corpus FILE  build the large article from FILE (e.g. bench/out/corpus/all-00.txt) mixed
//                  with the sample, instead of the sample alone repeated
// Output: a Markdown table on stdout and bench/out/browser.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, nextFrame, openPage, root } from '../../tests/e2e/helpers.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const targetBytes = Number(opt('--bytes', 1 << 20));
const steps = Number(opt('--steps', 120));
const corpus = opt('--corpus', null);
const width = Number(opt('--width', 1280));
const height = Number(opt('--height', 800));

const sample = readFileSync(join(root, 'assets', 'sample-article.txt'), 'utf8');

/** A long article: the sample's headline, then its body (or corpus paragraphs mixed in) repeated
 *  in numbered parts, each under its own heading line, until targetBytes. */
function bigArticle() {
  const lines = sample.split('\n').filter((l) => l.trim());
  const head = lines.slice(0, 5);   // kicker, headline, standfirst, image, byline
  const body = lines.slice(5);
  const extra = corpus ? readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim().length > 80) : [];
  const out = [...head];
  let bytes = Buffer.byteLength(out.join('\n'));
  let e = 0;
  for (let part = 1; bytes < targetBytes; ++part) {
    const section = [`Part ${part}: the view from Belgrade`];
    for (let i = 0; i < body.length; ++i) {
      section.push(body[i]);
      if (extra.length && i % 3 === 2) section.push(extra[e++ % extra.length]);
    }
    for (const l of section) {
      out.push(l);
      bytes += Buffer.byteLength(l) + 1;
      if (bytes >= targetBytes) break;
    }
  }
  return out.join('\n') + '\n';
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] : NaN;
};
const median = (xs) => quantile(xs, 0.5);

async function measure(page, label, load) {
  const wall0 = Date.now();
  await load();
  const loadWallMs = Date.now() - wall0;
  await nextFrame(page, 2);
  const afterLoad = await page.evaluate(() => ({ s: gloss.stats(), v: gloss.view(), bytes: new TextEncoder().encode(gloss.getState().text).length, n: gloss.annotations().length }));
  // Relayout at three narrower widths (the column is capped at ~70 characters, so these change
  // it; the layout cache is per width): median of the four layouts.
  const layouts = [afterLoad.s.layoutMs];
  for (const w of [760, 860, 960]) {
    await page.setViewportSize({ width: w, height });
    await nextFrame(page, 3);
    layouts.push((await page.evaluate(() => gloss.stats())).layoutMs);
  }
  await page.setViewportSize({ width, height });
  await nextFrame(page, 3);
  // Scroll through the whole article with wheel events over the text.
  await page.mouse.move(width * 0.3, height * 0.5);
  await page.keyboard.press('Home');
  await nextFrame(page, 2);
  const v = await page.evaluate(() => gloss.view());
  const delta = Math.max(40, (1.03 * (v.contentHeight - v.viewHeight)) / steps); // a little extra: reach the end
  const frame = [];
  const ui = [];
  for (let i = 0; i < steps; ++i) {
    const f0 = (await page.evaluate(() => gloss.stats())).frames;
    await page.mouse.wheel(0, delta);
    await page.waitForFunction((f) => gloss.stats().frames >= f + 2, f0);
    const s = await page.evaluate(() => gloss.stats());
    frame.push(s.frameMsLast);
    ui.push(s.uiMsLast);
  }
  const end = await page.evaluate(() => gloss.view());
  return {
    label, bytes: afterLoad.bytes, annotations: afterLoad.n, rows: afterLoad.v.rows,
    annotateMs: afterLoad.s.annotateMs, loadWallMs, layoutMs: median(layouts), layoutSamples: layouts,
    frameMedian: median(frame), frameP95: quantile(frame, 0.95), uiMedian: median(ui), uiP95: quantile(ui, 0.95),
    frames: frame.length, reachedEnd: end.scrollY + end.viewHeight >= end.contentHeight - 4,
    endFraction: (end.scrollY + end.viewHeight) / end.contentHeight,
  };
}

const env = await launch();
try {
  const p = await openPage(env, { dpr: 1, width, height });
  const { page } = p;
  const coldAnnotateMs = (await page.evaluate(() => gloss.stats())).annotateMs; // first run: data tables built
  const results = [];
  results.push(await measure(page, 'sample', () => page.evaluate(() => gloss.loadSample())));
  const big = bigArticle();
  results.push(await measure(page, `~${(Buffer.byteLength(big) / 1048576).toFixed(2)} MB`, async () => {
    const r = await page.evaluate((t) => gloss.loadText(t, 'Benchmark article'), big);
    if (!r.ok) throw new Error('loadText failed: ' + JSON.stringify(r));
  }));

  // Idle: after the wake-up window, 2 s without input must render nothing.
  await page.waitForTimeout(1500);
  const f0 = (await page.evaluate(() => gloss.stats())).frames;
  await page.waitForTimeout(2000);
  const idleFrames = (await page.evaluate(() => gloss.stats())).frames - f0;
  const errors = p.errors;
  await p.context.close();

  const fmt = (x) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : '-');
  const lines = [
    `Headless Chromium (SwiftShader WebGL 2), DPR 1, ${width}×${height}, ${steps} wheel steps per article.`,
    'frame = CPU ms of a whole rendered frame (widgets + WebGL calls); ui = widgets only (NewFrame → Render).',
    '',
    '| article | bytes | annotations | rows | annotate ms | layout ms | frame median | frame p95 | ui median | ui p95 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.label} | ${r.bytes} | ${r.annotations} | ${r.rows} | ${fmt(r.annotateMs)} | ${fmt(r.layoutMs)} | ${fmt(r.frameMedian)} | ${fmt(r.frameP95)} | ${fmt(r.uiMedian)} | ${fmt(r.uiP95)} |`),
    '',
    `Frame median ratio (large / sample): ${fmt(results[1].frameMedian / results[0].frameMedian)} (target ≤ 1.5); ui median ratio: ${fmt(results[1].uiMedian / results[0].uiMedian)}.`,
    `Layout of the large article: ${fmt(results[1].layoutMs)} ms (target < 100 ms). Sample annotate at page load (cold): ${fmt(coldAnnotateMs)} ms.`,
    `Frames rendered during 2 s without input: ${idleFrames} (target 0).`,
    `Scrolled to the end: ${results.map((r) => `${r.label} ${r.reachedEnd ? 'yes' : `no (${(100 * r.endFraction).toFixed(1)} %)`}`).join(', ')}. Console errors: ${errors.length}.`,
  ];
  console.log(lines.join('\n'));
  mkdirSync(join(root, 'bench', 'out'), { recursive: true });
  writeFileSync(join(root, 'bench', 'out', 'browser.json'), JSON.stringify({ width, height, steps, coldAnnotateMs, results, idleFrames, errors }, null, 2));
} finally {
  await env.close();
}
