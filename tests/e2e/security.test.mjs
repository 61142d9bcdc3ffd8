// SPDX-License-Identifier: MIT
// Web security: the Content-Security-Policy holds while the app runs, text never becomes markup
// (screen-reader mirror, exports, error messages), and nothing is requested after load.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, nextFrame, openPage } from './helpers.mjs';

const hostile = 'Breaking <img src=x onerror="window.__pwned=1"> news\n' +
  '<script>window.__pwned=2</script> said “<b>bold</b>” Aleksandar Vučić on May 9, 2024.\n' +
  '![<svg onload="window.__pwned=3">](javascript:alert(1))\n';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

describe('web security', () => {
  let p;
  const requests = [];
  before(async () => {
    p = await openPage(env);
    await p.page.evaluate(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
    });
    p.page.on('request', (r) => requests.push(r.url()));
  });
  after(async () => { await p.context.close(); });

  test('the page declares a Content-Security-Policy without unsafe-inline or unsafe-eval', async () => {
    const csp = await p.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content || '');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  });

  test('hostile text stays text in the mirror, the exports and the app', async () => {
    const loaded = await p.page.evaluate((t) => gloss.loadText(t), hostile);
    assert.equal(loaded.ok, true);
    await nextFrame(p.page);
    const mirror = await p.page.evaluate(() => {
      const m = document.getElementById('gloss-mirror');
      return { imgs: m.querySelectorAll('img,script,svg,b').length, text: m.textContent, pwned: window.__pwned };
    });
    assert.equal(mirror.imgs, 0, 'no element was created from the article');
    assert.equal(mirror.pwned, undefined);
    assert.ok(mirror.text.includes('<img src=x'), 'the markup is shown as text');
    const html = await p.page.evaluate(() => gloss.exportAs('html'));
    assert.equal(html.ok, true);
    assert.ok(!/<script>window|<img src=x|<svg onload/i.test(html.data), 'the HTML export escapes the article');
    assert.ok(html.data.includes('&lt;img src=x'));
  });

  test('an error message quotes bad input as text', async () => {
    const r = await p.page.evaluate(() => gloss.openLink('#g1.<img src=x onerror=window.__pwned=4>'));
    assert.equal(r.ok, false);
    assert.equal(await p.page.evaluate(() => window.__pwned), undefined);
  });

  test('no request leaves the page after load and the policy is never violated', async () => {
    await p.page.evaluate(() => { gloss.loadSample(); gloss.shareLink(); gloss.exportAs('w3c'); gloss.exportAs('csv'); });
    await nextFrame(p.page, 2);
    const violations = await p.page.evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    const outside = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(outside, [], 'requests after load');
    assert.deepEqual(p.errors, []);
  });
});
