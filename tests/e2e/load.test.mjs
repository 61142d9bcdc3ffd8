// SPDX-License-Identifier: MIT
// The page opens on the annotated sample: no errors, the state through window.gloss, a screenshot
// that is not blank, the JS API's offsets, the screen-reader mirror, HiDPI, resizing, idling.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { artifacts, launch, nextFrame, openPage, pixelStats, root } from './helpers.mjs';

const sample = readFileSync(join(root, 'assets', 'sample-article.txt'), 'utf8');
let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

describe('page load (DPR 1)', () => {
  let p;
  before(async () => { p = await openPage(env); });
  after(async () => { await p.context.close(); });

  test('loads with no console errors, page errors or failed requests', async () => {
    await nextFrame(p.page, 2);
    assert.deepEqual(p.errors, []);
  });

  test('is ready within a few seconds (SwiftShader, cold)', () => {
    assert.ok(p.readyMs < 8000, `ready after ${p.readyMs} ms`);
  });

  test('getState() holds the bundled sample with every kind annotated', async () => {
    const state = await p.page.evaluate(() => gloss.getState());
    assert.equal(state.format, 'gloss');
    assert.equal(state.version, 1);
    assert.equal(state.text, sample, 'the sample text, byte for byte');
    const kinds = new Set(state.annotations.map((a) => a.kind));
    for (const kind of ['PERSON', 'ORG', 'PLACE', 'QUOTE', 'FIGURE'])
      assert.ok(kinds.has(kind), `no ${kind} annotation`);
    assert.ok(state.entities.length > 0);
    const annotations = await p.page.evaluate(() => gloss.annotations());
    assert.equal(annotations.length, state.annotations.length);
  });

  test('the screenshot shows the article (not blank)', async () => {
    await nextFrame(p.page);
    const png = await p.page.screenshot({ path: join(artifacts, 'load-dpr1.png') });
    const stats = await pixelStats(p.page, png);
    assert.ok(stats.distinct > 50, `only ${stats.distinct} colours`);
    assert.ok(stats.nonBackground > 2000, `only ${stats.nonBackground} non-background samples`);
  });

  test('version is a semantic version string', async () => {
    const version = await p.page.evaluate(() => gloss.version);
    assert.match(version, /^\d+\.\d+\.\d+$/);
  });

  test('byte offsets convert to JS string indices (jsIndex/textOf/byteOffset)', async () => {
    const result = await p.page.evaluate(() => {
      const state = gloss.getState();
      const bad = state.annotations.filter((a) => gloss.textOf(a, state.text) !== a.text);
      const vucic = state.text.indexOf('Čukaru'); // after several č and ć
      const byte = new TextEncoder().encode(state.text.slice(0, vucic)).length;
      return { bad: bad.length, vucic, byte, back: gloss.byteOffset(vucic), forth: gloss.jsIndex(byte) };
    });
    assert.equal(result.bad, 0, 'annotation text differs from the converted slice');
    assert.ok(result.byte > result.vucic, 'non-ASCII before Čukaru');
    assert.equal(result.back, result.byte);
    assert.equal(result.forth, result.vucic);
  });

  test('stats() reports frames and timings', async () => {
    const s = await p.page.evaluate(() => gloss.stats());
    for (const key of ['frames', 'frameMsLast', 'frameMsAvg', 'layoutMs', 'annotateMs'])
      assert.equal(typeof s[key], 'number', key);
    assert.ok(s.frames >= 2);
    assert.ok(s.annotateMs > 0);
  });

  test('the screen-reader mirror holds the article and the annotations', async () => {
    const mirror = await p.page.evaluate(() => ({
      h1: document.querySelector('#gloss-mirror-article h1')?.textContent,
      paragraphs: document.querySelectorAll('#gloss-mirror-article p').length,
      figures: document.querySelectorAll('#gloss-mirror-article figure').length,
      items: document.querySelectorAll('#gloss-mirror-annotations li').length,
    }));
    assert.equal(mirror.h1, 'China undercuts Kremlin influence in Balkans with Serbia power play');
    assert.ok(mirror.paragraphs > 10);
    assert.equal(mirror.figures, 2);
    const count = await p.page.evaluate(() => gloss.annotations().length);
    assert.equal(mirror.items, count);
  });

  test('loadText replaces the article; markup in it stays text', async () => {
    const text = 'Test headline about <img src=x onerror="window.pwned=1"> Paris\n' +
      'Angela Merkel visited Paris on Monday, and said "this is <b>fine</b>".\n';
    const result = await p.page.evaluate((t) => gloss.loadText(t, 'Injected'), text);
    assert.deepEqual(result, { ok: true });
    await nextFrame(p.page, 2);
    const state = await p.page.evaluate(() => gloss.getState());
    assert.equal(state.title, 'Injected');
    assert.equal(state.text, text);
    const dom = await p.page.evaluate(() => ({
      imgs: document.querySelectorAll('#gloss-mirror img, #gloss-mirror b').length,
      h1: document.querySelector('#gloss-mirror-article h1, #gloss-mirror-article p')?.textContent,
      pwned: window.pwned === 1,
    }));
    assert.equal(dom.imgs, 0);
    assert.equal(dom.pwned, false);
    assert.ok(dom.h1.includes('<img src=x'));
    assert.deepEqual(p.errors, []);
  });

  test('the text wraps between words, never inside a number ("£500,000", "7.25")', async () => {
    // Numbers with thousands separators and decimals at every position along the line: at some
    // width ImGui's wrapper would break after their ',' or '.'.
    // (one paragraph per offset, so a number meets the right margin at every character)
    const paras = [];
    for (let k = 0; k < 90; k++)
      paras.push('A first-time buyer ' + 'x'.repeat(k) + ' currently pays £7,450 in stamp duty on a £500,000 flat, or 7.25 per cent.');
    const result = await p.page.evaluate((t) => gloss.loadText(t, 'Numbers'), 'Numbers\n\n' + paras.join('\n\n') + '\n');
    assert.deepEqual(result, { ok: true });
    await nextFrame(p.page, 2);
    const v = await p.page.evaluate(() => gloss.view());
    assert.ok(v.rows > 10);
    assert.equal(v.numberSplits, 0);
    await p.page.evaluate(() => gloss.loadSample());
  });

  test('no row starts with the closing mark or the punctuation of the word before it', async () => {
    // Quotes that end in ',"' '."' '?"' at every position along the line (one-letter words shift
    // them): ImGui's wrapper may break after the comma and carry the lone quotation mark on.
    const paras = [];
    for (let k = 0; k < 90; k++)
      paras.push('The mayor said ' + 'w '.repeat(k) + '"We won it by standing together," and then "Why not?" and "It is over." Then she left; the end!');
    const result = await p.page.evaluate((t) => gloss.loadText(t, 'Quotes'), 'Quotes\n\n' + paras.join('\n\n') + '\n');
    assert.deepEqual(result, { ok: true });
    await nextFrame(p.page, 2);
    const v = await p.page.evaluate(() => gloss.view());
    assert.ok(v.rows > 10);
    assert.equal(v.wordSplits, 0);
    await p.page.evaluate(() => gloss.loadSample());
  });

  test('bad input is refused and the current article stays', async () => {
    const before = await p.page.evaluate(() => gloss.getState().text);
    const empty = await p.page.evaluate(() => gloss.loadText('   \n  '));
    assert.equal(empty.ok, false);
    assert.equal(empty.code, 'empty_text');
    assert.ok(empty.message.length > 0);
    const binary = await p.page.evaluate(() => gloss.loadText('abc\u0000\u0000\u0000\u0001\u0002def'));
    assert.equal(binary.ok, false);
    assert.equal(await p.page.evaluate(() => gloss.getState().text), before);
    for (const wrong of ['12345', 'null', 'undefined', '{text: "x"}']) {
      const r = await p.page.evaluate(`gloss.loadText(${wrong})`);
      assert.equal(r.ok, false, wrong);
      assert.match(r.message, /must be given as a string of text, not (number|null|undefined|object)/);
    }
    assert.equal(await p.page.evaluate(() => gloss.getState().text), before);
    await p.page.evaluate(() => gloss.loadSample());
    assert.equal(await p.page.evaluate(() => gloss.getState().text), sample);
  });

  test('an idle page renders no frames', async () => {
    await p.page.waitForTimeout(1300); // let the wake-up window after the last input expire
    const f0 = await p.page.evaluate(() => gloss.stats().frames);
    await p.page.waitForTimeout(2000);
    const f1 = await p.page.evaluate(() => gloss.stats().frames);
    assert.equal(f1, f0, `${f1 - f0} frames rendered while idle`);
  });

  test('the canvas follows the window size', async () => {
    await p.page.setViewportSize({ width: 900, height: 600 });
    await nextFrame(p.page, 2);
    const size = await p.page.evaluate(() => ({ w: canvas.width, h: canvas.height, view: gloss.view() }));
    assert.equal(size.w, 900);
    assert.equal(size.h, 600);
    assert.ok(size.view.columnWidth <= 900);
  });
});

describe('a slow device (CPU 6× slower, DPR 2)', () => {
  // The first frame then outlasts the start-up wake time; the app must not go idle before it is
  // ready (it once did, and waited for a mouse move that a reader would never think to make).
  let p;
  before(async () => { p = await openPage(env, { dpr: 2, cpuSlowdown: 6 }); });
  after(async () => { await p.context.close(); });

  test('gets ready with no input and shows the article', async () => {
    const s = await p.page.evaluate(() => ({ frames: gloss.stats().frames, status: document.getElementById('gloss-status').className }));
    assert.ok(s.frames >= 2, `frames: ${s.frames}`);
    assert.equal(s.status, 'hidden', 'the loading message is gone');
    assert.deepEqual(p.errors, []);
  });
});

describe('HiDPI (DPR 2)', () => {
  let p;
  before(async () => { p = await openPage(env, { dpr: 2 }); });
  after(async () => { await p.context.close(); });

  test('the backing store is CSS size × 2 and the text is drawn at that density', async () => {
    await nextFrame(p.page, 2);
    const r = await p.page.evaluate(() => ({ w: canvas.width, h: canvas.height, iw: innerWidth, ih: innerHeight, v: gloss.view() }));
    assert.equal(r.w, r.iw * 2);
    assert.equal(r.h, r.ih * 2);
    assert.equal(r.v.dpr, 2);
    const png = await p.page.screenshot({ path: join(artifacts, 'load-dpr2.png') });
    const stats = await pixelStats(p.page, png);
    assert.equal(stats.width, 2560);
    assert.ok(stats.distinct > 50);
    assert.deepEqual(p.errors, []);
  });
});
