// SPDX-License-Identifier: MIT
// Shared setup for the browser tests: a static server for dist/ on a free loopback port and a
// headless Chromium (playwright-core driving /usr/bin/chromium on SwiftShader WebGL 2).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = process.env.GLOSS_DIST || join(root, 'dist'); // GLOSS_DIST: another staged build
export const artifacts = join(root, 'tests', 'e2e', 'artifacts');

export const chromiumArgs = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

export async function launch() {
  if (!existsSync(join(dist, 'gloss-app.wasm'))) throw new Error('dist/ is missing: run ./build-wasm.sh first');
  mkdirSync(artifacts, { recursive: true });
  const { server, url } = await startServer(dist, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: chromiumArgs,
  });
  return {
    browser, server, url,
    async close() { await browser.close(); await new Promise((r) => server.close(r)); },
  };
}

/** Opens the app in a fresh context; collects console errors, page errors and failed requests. */
export async function openPage(env, { dpr = 1, width = 1280, height = 800, hasTouch = false, cpuSlowdown = 1 } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, hasTouch });
  const page = await context.newPage();
  if (cpuSlowdown > 1) { // a slow device: Chromium's own CPU throttling, from the first byte on
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
  page.on('pageerror', (e) => { errors.push('pageerror: ' + e.message); if (process.env.GLOSS_E2E_DEBUG) console.error(e.stack); });
  page.on('requestfailed', (r) => errors.push('requestfailed: ' + r.url()));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`http ${r.status()}: ${r.url()}`); });
  const started = Date.now();
  await page.goto(env.url);
  // No input comes while the page loads: it must get ready on its own, and a page that never does
  // fails here with a clear message instead of stalling the run.
  let timer;
  const limit = 30000 + 10000 * (cpuSlowdown - 1);
  await Promise.race([
    page.evaluate(() => window.gloss.ready),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`gloss.ready did not resolve within ${limit / 1000} s (no input was sent)`)), limit); }),
  ]).finally(() => clearTimeout(timer));
  const readyMs = Date.now() - started;
  return { context, page, errors, readyMs };
}

/** Waits until the app has rendered at least one more frame than now (render on demand). */
export async function nextFrame(page, count = 1) {
  const f0 = await page.evaluate(() => gloss.stats().frames);
  await page.evaluate(() => gloss.wake());
  await page.waitForFunction((f) => gloss.stats().frames >= f, f0 + count, { timeout: 20000 });
}

export const view = (page) => page.evaluate(() => gloss.view());

/** Scrolls an annotation into view and returns its on-screen rectangle (CSS px). */
export async function showAnnotation(page, id) {
  await page.evaluate((i) => gloss.scrollTo(gloss.annotations().find((a) => a.id === i).start), id);
  await nextFrame(page, 3);
  const rect = await page.evaluate((i) => gloss.rectOf(i), id);
  if (!rect) throw new Error(`annotation ${id} is not on screen after scrollTo`);
  return rect;
}

/** Decodes a PNG in the browser and returns {distinct, nonBackground, width, height}. */
export async function pixelStats(page, png) {
  const dataUrl = 'data:image/png;base64,' + png.toString('base64');
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    const bg = [d[0], d[1], d[2]];
    let nonBackground = 0;
    for (let i = 0; i < d.length; i += 4 * 7) {
      seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 30) ++nonBackground;
    }
    return { distinct: seen.size, nonBackground, width: c.width, height: c.height };
  }, dataUrl);
}
