// SPDX-License-Identifier: MIT
// Share links and open formats (issue 6) in the browser: a curated view opened from its link in a
// fresh browser context gives the same getState() and view; Copy share link; the user's own work
// survives opening a link; paste anywhere and files with a preview; exports as downloads; export
// → import round trips; bad links and bad files refused with a message and the state untouched.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { artifacts, launch, nextFrame, openPage, root } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const docs = join(root, 'docs');
function keep(name) { // with GLOSS_KEEP_SCREENSHOTS=1, screenshots worth keeping go to docs/ too
  if (!process.env.GLOSS_KEEP_SCREENSHOTS) return;
  mkdirSync(docs, { recursive: true });
  copyFileSync(join(artifacts, name), join(docs, name));
}
const editState = (page) => page.evaluate(() => gloss.editState());
async function clickRect(page, rect, frames = 3) {
  await page.mouse.click(rect.x + rect.w / 2, rect.y + rect.h / 2);
  await nextFrame(page, frames);
}
/** Everything a link must restore: the document and the view. */
async function snapshot(page) {
  return page.evaluate(() => {
    const e = gloss.editState();
    const v = gloss.view();
    return { state: gloss.getState(), view: e.view, theme: v.theme, hidden: v.hidden, focused: v.focused };
  });
}

/** Curates the sample: 20 notes on automatic mentions, a free highlight, a hidden kind, a focus,
 *  dark theme and a scroll position. */
async function curate(page) {
  await page.evaluate(() => {
    const anns = gloss.annotations().filter((a) => a.kind === 'PERSON' || a.kind === 'PLACE').slice(0, 20);
    anns.forEach((a, i) => gloss.updateAnnotation(a.id, { note: `Question ${i + 1}: why is this here?` }));
    const text = gloss.getState().text;
    const i = text.indexOf('Belt and Road');
    gloss.addAnnotation({ start: gloss.byteOffset(i), end: gloss.byteOffset(i + 13), kind: 'HIGHLIGHT', color: '#7ac74f', note: 'Key term' });
  });
  await page.keyboard.press('5'); // hide figures
  await page.keyboard.press('t'); // dark theme
  await nextFrame(page, 2);
  const vucic = await page.evaluate(() => gloss.annotations().find((a) => a.text === 'Aleksandar Vučić'));
  await page.evaluate((id) => gloss.select(id), vucic.id);
  await nextFrame(page, 3);
  await page.keyboard.press('f'); // focus the entity
  await page.evaluate(() => gloss.select(0));
  await page.evaluate((b) => gloss.scrollTo(b), Math.floor(vucic.start / 2));
  await nextFrame(page, 4);
}

describe('share links', () => {
  let p;
  let link;
  before(async () => {
    p = await openPage(env);
    await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  });
  after(async () => { await p.context.close(); });

  test('Copy share link: on the clipboard, and the dialog says how long it is', async () => {
    await curate(p.page);
    await clickRect(p.page, (await editState(p.page)).rects.share, 4);
    const st = await editState(p.page);
    assert.equal(st.shareOpen, true);
    link = st.shareLink;
    assert.ok(link.startsWith(env.url) && link.includes('#g1.'), link.slice(0, 80));
    const copied = await p.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, link);
    assert.equal(await p.page.evaluate(() => gloss.shareLink()), link, 'gloss.shareLink() is the same link');
    console.log(`# sample + 20 notes + a highlight, filters, focus, dark, scroll: link of ${link.length} characters`);
    assert.ok(link.length <= 1500, `link of ${link.length} characters`);
    await p.page.screenshot({ path: join(artifacts, 'share-dialog.png') });
    keep('share-dialog.png');
    await clickRect(p.page, st.rects['share-close']);
  });

  test('the link opened in a fresh browser context restores the same state and view', async () => {
    const want = await snapshot(p.page);
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(link);
    await page.evaluate(() => window.gloss.ready);
    await nextFrame(page, 5);
    const got = await snapshot(page);
    assert.deepEqual(got.state, want.state, 'getState() differs');
    assert.deepEqual(got.view, want.view, 'view differs (filters, focus, scroll, theme, practice)');
    assert.equal(got.theme, 'dark');
    assert.deepEqual(got.hidden, ['FIGURE']);
    assert.equal(got.focused, want.focused);
    assert.equal(await page.evaluate(() => location.hash), '', 'the hash is cleared once opened');
    await page.screenshot({ path: join(artifacts, 'share-opened.png') });
    // Re-encoding the opened state gives the same link.
    assert.equal(await page.evaluate(() => gloss.shareLink()), link);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a link pasted into the address bar of an open page (hashchange) opens too', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(env.url);
    await page.evaluate(() => window.gloss.ready);
    await page.evaluate((l) => { location.hash = l.slice(l.indexOf('#')); }, link);
    await page.waitForFunction(() => gloss.view().theme === 'dark', null, { timeout: 5000 });
    await nextFrame(page, 4);
    assert.deepEqual((await snapshot(page)).state, (await snapshot(p.page)).state);
    await context.close();
  });

  test('a pasted 5 KB article with annotations: link length', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(env.url);
    await page.evaluate(() => window.gloss.ready);
    const n = await page.evaluate(() => {
      const s = gloss.getState();
      // Another 5 KB article: the sample's paragraphs in reverse order, headline kept.
      const lines = s.text.split('\n');
      const text = [lines[0], ...lines.slice(1).reverse()].join('\n').slice(0, 5200);
      gloss.loadText(text);
      const anns = gloss.annotations().slice(0, 10);
      anns.forEach((a, i) => gloss.updateAnnotation(a.id, { note: `Note ${i + 1}` }));
      return { bytes: new TextEncoder().encode(gloss.getState().text).length, link: gloss.shareLink().length };
    });
    console.log(`# pasted ${n.bytes}-byte article with 10 notes: link of ${n.link} characters`);
    assert.ok(n.bytes >= 5000);
    assert.ok(n.link <= 3500, `link of ${n.link} characters`);
    await context.close();
  });

  test('opening a link keeps the user\'s own work on that article in Recent', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(env.url);
    await page.evaluate(() => window.gloss.ready);
    const mine = await page.evaluate(() => gloss.addAnnotation({ start: 0, end: 5, kind: 'HIGHLIGHT', note: 'my own work' }));
    assert.ok(mine > 0);
    const r = await page.evaluate((url) => gloss.openLink(url), link);
    assert.equal(r.ok, true);
    const st = await editState(page);
    const backup = st.recent.find((x) => x.label.includes('before opening a link'));
    assert.ok(backup, 'a Recent entry holds the earlier copy');
    const notes = await page.evaluate(() => gloss.annotations().filter((a) => a.note === 'my own work').length);
    assert.equal(notes, 0, 'the link\'s state is shown');
    // Open the earlier copy again from the Open dialog.
    await page.evaluate(() => gloss.openDialog(true));
    await nextFrame(page, 3);
    await page.screenshot({ path: join(artifacts, 'open-dialog-recent.png') });
    const row = (await editState(page)).rects['recent-' + backup.key];
    assert.ok(row, 'the earlier copy is listed under Recent');
    await clickRect(page, row, 4);
    const back = await page.evaluate(() => gloss.annotations().filter((a) => a.note === 'my own work').length);
    assert.equal(back, 1, 'the earlier copy opens again');
    await context.close();
  });

  test('bad links are refused with a clear message and the state untouched', async () => {
    const before = await snapshot(p.page);
    const body = link.slice(link.indexOf('#g1.') + 4);
    const cases = {
      truncated: '#g1.' + body.slice(0, Math.floor(body.length / 2)),
      corrupted: '#g1.' + body.slice(0, 40) + (body[40] === 'A' ? 'B' : 'A') + body.slice(41),
      notBase64: '#g1.!!!not-a-link***',
      notDeflate: '#g1.' + Buffer.from('{"v":1,"t":"x"}').toString('base64url'),
      forgedJson: '#g1.' + deflateRawSync(Buffer.from('{"v":1,"t":"Forged","a":[[1,0,99999,0]]}')).toString('base64url'),
      wrongShape: '#g1.' + deflateRawSync(Buffer.from('[1,2,3]')).toString('base64url'),
      zipBomb: '#g1.' + deflateRawSync(Buffer.alloc(20 * 1024 * 1024, 32), { level: 9 }).toString('base64url'),
      futureVersion: '#g9.' + body,
      empty: '#g1.',
    };
    const codes = {};
    for (const [name, url] of Object.entries(cases)) {
      const r = await p.page.evaluate((u) => gloss.openLink(u), url);
      assert.equal(r.ok, false, name);
      assert.ok(r.message && r.message.length > 10, name);
      codes[name] = r.code;
      assert.deepEqual(await snapshot(p.page), before, `${name} changed the state`);
    }
    console.log('# bad link codes: ' + JSON.stringify(codes));
    assert.equal(codes.zipBomb, 'link_too_large');
    assert.equal(codes.futureVersion, 'unsupported_version');
    assert.ok(['schema', 'link_malformed'].includes(codes.forgedJson), codes.forgedJson);
    await p.page.evaluate((u) => gloss.openLink(u), cases.corrupted);
    await nextFrame(p.page, 3);
    const st = await editState(p.page);
    assert.equal(st.message.error, true);
    assert.match(st.message.title, /could not be opened/);
    await p.page.screenshot({ path: join(artifacts, 'error-bad-link.png') });
    keep('error-bad-link.png');
    await clickRect(p.page, st.rects['message-ok']);
    assert.equal((await editState(p.page)).message, null);
  });
});

describe('opening articles and files', () => {
  let p;
  before(async () => {
    p = await openPage(env);
    await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  });
  after(async () => { await p.context.close(); });

  test('Ctrl+V anywhere previews the pasted article; Replace opens it', async () => {
    const text = 'Teachers rally in Belgrade\nBy Ana Petrović\nThousands of teachers marched through Belgrade on Monday, ' +
      'demanding a 20% raise. "We will not stop," said Jelena Marković, a union leader.\n';
    await p.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await p.page.mouse.click(400, 500);
    await p.page.keyboard.press('Escape');
    // A paste goes to an ImGui text field while one is active; the flag follows the next frame,
    // so wait for it to drop before pasting (under load the key could land first).
    await p.page.waitForFunction(() => !Module.glossTextInput, null, { timeout: 5000 });
    await nextFrame(p.page, 2);
    await p.page.keyboard.press('Control+V');
    // The clipboard is read asynchronously: wait for the preview, not for a number of frames.
    await p.page.waitForFunction(() => gloss.editState().preview !== null, null, { timeout: 5000 });
    await nextFrame(p.page, 3);
    let st = await editState(p.page);
    assert.equal(st.openDialog, true);
    assert.equal(st.preview.title, 'Teachers rally in Belgrade');
    assert.notEqual((await p.page.evaluate(() => gloss.getState())).title, 'Teachers rally in Belgrade', 'not replaced before the user says so');
    await p.page.screenshot({ path: join(artifacts, 'open-preview.png') });
    keep('open-preview.png');
    await clickRect(p.page, st.rects.replace, 4);
    const state = await p.page.evaluate(() => gloss.getState());
    assert.equal(state.title, 'Teachers rally in Belgrade');
    assert.ok(state.annotations.some((a) => a.kind === 'FIGURE' && a.text === '20%'));
    st = await editState(p.page);
    assert.equal(st.openDialog, false);
  });

  test('an HTML file is reduced to its text (no scripts) and previewed', async () => {
    const html = '<!doctype html><html><head><title>T</title><script>alert(1)</script><style>p{}</style></head><body>' +
      '<nav>Home | World</nav><article><h1>Floods in Novi Sad</h1><p>Rain fell for 3 days, the city said.</p>' +
      '<!-- comment --><p onclick="x()">Damage reached €2 million.</p></article><footer>©</footer></body></html>';
    const st = await p.page.evaluate((h) => gloss.openFile('story.html', h), html);
    assert.equal(st.openError, '');
    assert.equal(st.preview.fromHtml, true);
    assert.equal(st.preview.title, 'Floods in Novi Sad');
    await p.page.evaluate(() => gloss.acceptPreview());
    const text = (await p.page.evaluate(() => gloss.getState())).text;
    assert.ok(!/alert|Home \| World|comment|onclick|©/.test(text), text);
    assert.ok(text.includes('Damage reached €2 million.'));
  });

  test('a file dropped on the page is previewed', async () => {
    await p.page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Harvest report\nFarmers in Vojvodina expect 4 million tonnes of wheat.\n'], 'report.txt', { type: 'text/plain' }));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await p.page.waitForFunction(() => gloss.editState().preview !== null, null, { timeout: 5000 });
    assert.equal((await editState(p.page)).preview.title, 'Harvest report');
    await p.page.evaluate(() => gloss.openDialog(false));
  });

  test('a file picked in the Open dialog (real file chooser)', async () => {
    await p.page.evaluate(() => gloss.openDialog(true));
    await nextFrame(p.page, 3);
    const st = await editState(p.page);
    const [chooser] = await Promise.all([
      p.page.waitForEvent('filechooser', { timeout: 5000 }),
      clickRect(p.page, st.rects['choose-file']),
    ]);
    await chooser.setFiles({ name: 'notes.md', mimeType: 'text/markdown',
      buffer: Buffer.from('Budget talks stall\nThe European Union offered €5 billion, said Ursula von der Leyen.\n') });
    await p.page.waitForFunction(() => gloss.editState().preview !== null, null, { timeout: 5000 });
    assert.equal((await editState(p.page)).preview.title, 'Budget talks stall');
    await p.page.evaluate(() => gloss.openDialog(false));
  });

  test('a binary file and empty text are refused with a message; the article stays', async () => {
    const before = await p.page.evaluate(() => gloss.getState());
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    const bytes = Array.from({ length: 600 }, (_, i) => (i < png.length ? png[i] : (i * 37) % 256));
    await p.page.evaluate((b) => gloss.openDialog(true), null);
    let st = await p.page.evaluate((b) => gloss.openFile('photo.txt', new Uint8Array(b)), bytes);
    assert.match(st.openError, /not text/);
    assert.equal(st.preview, null);
    assert.deepEqual(await p.page.evaluate(() => gloss.getState()), before);
    await nextFrame(p.page, 3);
    await p.page.screenshot({ path: join(artifacts, 'error-binary.png') });
    keep('error-binary.png');
    st = await p.page.evaluate(() => gloss.previewText('   \n\t  '));
    assert.equal(st.ok, false);
    assert.equal(st.code, 'empty_text');
    const html = await p.page.evaluate(() => gloss.previewText('<html><script>x</script></html>', 'a.html'));
    assert.equal(html.ok, false);
    assert.deepEqual(await p.page.evaluate(() => gloss.getState()), before);
    await p.page.evaluate(() => gloss.openDialog(false));
  });

  test('the bundled sample is one click away (Open dialog)', async () => {
    await clickRect(p.page, (await editState(p.page)).rects.open);
    assert.equal((await editState(p.page)).openDialog, true);
    await p.page.evaluate(() => gloss.loadSample());
    assert.equal((await p.page.evaluate(() => gloss.view())).isSample, true);
    await p.page.evaluate(() => gloss.openDialog(false));
  });
});

describe('exports and imports', () => {
  let p;
  before(async () => { p = await openPage(env); });
  after(async () => { await p.context.close(); });

  test('export → import round trips for json, w3c, brat, displacy and csv', async () => {
    await p.page.evaluate(() => {
      const a = gloss.annotations()[3];
      gloss.updateAnnotation(a.id, { note: 'tab\there, "quoted", line\nbreak' });
      gloss.addAnnotation({ start: 0, end: 5, kind: 'HIGHLIGHT', note: 'mine' });
    });
    const want = await p.page.evaluate(() => gloss.getState());
    const key = (a) => `${a.start}:${a.end}:${a.kind}`;
    for (const format of ['json', 'w3c', 'brat', 'displacy', 'csv']) {
      const out = await p.page.evaluate((f) => gloss.exportAs(f), format);
      assert.equal(out.ok, true, format);
      const r = await p.page.evaluate(([f, d]) => gloss.importFrom(f, d), [format, out.data]);
      assert.equal(r.ok, true, `${format}: ${r.message}`);
      assert.deepEqual(r.report.unplaced, [], format);
      const got = await p.page.evaluate(() => gloss.getState());
      assert.equal(got.text, want.text, format);
      assert.deepEqual(got.annotations.map(key).sort(), want.annotations.map(key).sort(), format);
      if (format === 'json' || format === 'w3c' || format === 'csv')
        assert.ok(got.annotations.some((a) => a.note === 'mine'), `${format} keeps notes`);
      // Back to the original for the next format.
      await p.page.evaluate((s) => gloss.importFrom('json', JSON.stringify(s)), want);
    }
  });

  test('exportAs downloads a file; bad import input leaves the state untouched', async () => {
    const [download] = await Promise.all([
      p.page.waitForEvent('download', { timeout: 5000 }),
      p.page.evaluate(() => gloss.exportAs('html', { download: true })),
    ]);
    assert.match(download.suggestedFilename(), /\.html$/);
    const before = await p.page.evaluate(() => gloss.getState());
    for (const [format, data] of [['json', '{"format":"gloss","version":99,"text":"x"}'], ['w3c', '[1,2'], ['csv', 'a,b\n1'], ['nope', '']]) {
      const r = await p.page.evaluate(([f, d]) => gloss.importFrom(f, d), [format, data]);
      assert.equal(r.ok, false, format);
      assert.deepEqual(await p.page.evaluate(() => gloss.getState()), before, format);
    }
  });
});
