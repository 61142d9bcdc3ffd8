// SPDX-License-Identifier: MIT
// The reading view's interactions, driven with real mouse, keyboard and touch events on the
// canvas; results read back through window.gloss (view(), stats(), getState()).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { artifacts, launch, nextFrame, openPage, pixelStats, showAnnotation, view } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const center = (r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

async function press(page, key, frames = 2) {
  await page.keyboard.press(key);
  await nextFrame(page, frames);
}

async function findAnnotation(page, kind, text) {
  return page.evaluate(([k, t]) => gloss.annotations().find((a) => a.kind === k && (!t || a.text === t)), [kind, text]);
}

describe('mouse, keyboard and touch on the reading view', () => {
  let p;
  before(async () => { p = await openPage(env); });
  after(async () => { await p.context.close(); });

  test('hovering a highlight reports it (tooltip) and clicking selects it', async () => {
    const a = await findAnnotation(p.page, 'PERSON', 'Aleksandar Vučić');
    assert.ok(a, 'no PERSON "Aleksandar Vučić"');
    const c = center(await showAnnotation(p.page, a.id));
    await p.page.mouse.move(c.x, c.y);
    await nextFrame(p.page, 2);
    assert.equal((await view(p.page)).hovered, a.id);
    await p.page.screenshot({ path: join(artifacts, 'hover-tooltip.png') });
    await p.page.mouse.click(c.x, c.y);
    await nextFrame(p.page, 3);
    const v = await view(p.page);
    assert.equal(v.selected, a.id);
    assert.equal(v.tab, 'entities');
  });

  test('N walks through the mentions of the selected entity', async () => {
    const v0 = await view(p.page);
    const state = await p.page.evaluate(() => gloss.getState());
    const selected = state.annotations.find((a) => a.id === v0.selected);
    const mentions = state.annotations.filter((a) => a.entity === selected.entity);
    assert.ok(mentions.length >= 2);
    await press(p.page, 'n');
    const v1 = await view(p.page);
    assert.notEqual(v1.selected, v0.selected);
    assert.equal(state.annotations.find((a) => a.id === v1.selected).entity, selected.entity);
    await press(p.page, 'Shift+N');
    assert.equal((await view(p.page)).selected, v0.selected);
  });

  test('F focuses the selected entity and Escape clears it', async () => {
    await press(p.page, 'f');
    const v = await view(p.page);
    assert.equal(v.focusedName, 'Aleksandar Vučić');
    await p.page.screenshot({ path: join(artifacts, 'focus.png') });
    await press(p.page, 'Escape');
    assert.equal((await view(p.page)).focused, null);
  });

  test('J and K step through the annotations in reading order', async () => {
    await press(p.page, 'Escape'); // clear the selection
    await press(p.page, 'Home');
    await press(p.page, 'j', 3);
    const first = (await view(p.page)).selected;
    assert.ok(first, 'J selected nothing');
    await press(p.page, 'j', 3);
    const second = (await view(p.page)).selected;
    const order = await p.page.evaluate(([x, y]) => {
      const anns = gloss.annotations();
      return [anns.find((a) => a.id === x).start, anns.find((a) => a.id === y).start];
    }, [first, second]);
    assert.ok(order[1] >= order[0], 'J went backwards');
    await press(p.page, 'k', 3);
    assert.equal((await view(p.page)).selected, first);
  });

  test('keys 1-5 toggle each kind, and the legend says so', async () => {
    const before = await view(p.page);
    await press(p.page, '1');
    let v = await view(p.page);
    assert.deepEqual(v.hidden, ['PERSON']);
    assert.ok(v.visibleAnnotations < before.visibleAnnotations);
    await press(p.page, '4');
    v = await view(p.page);
    assert.deepEqual(v.hidden.sort(), ['PERSON', 'QUOTE']);
    const mirrorItems = await p.page.evaluate(() => document.querySelectorAll('#gloss-mirror-annotations li').length);
    assert.equal(mirrorItems, v.visibleAnnotations, 'the mirror lists what is shown');
    await press(p.page, '1');
    await press(p.page, '4');
    v = await view(p.page);
    assert.deepEqual(v.hidden, []);
    assert.equal(v.visibleAnnotations, before.visibleAnnotations);
  });

  test('Ctrl+F searches the canvas text, Enter steps, Escape closes', async () => {
    await press(p.page, 'Control+f');
    assert.equal((await view(p.page)).search.open, true);
    await p.page.keyboard.type('serbia', { delay: 20 });
    await nextFrame(p.page, 3);
    let v = await view(p.page);
    assert.equal(v.search.query, 'serbia');
    const expected = await p.page.evaluate(() => (gloss.getState().text.match(/serbia/gi) || []).length);
    assert.ok(v.search.count >= 10 && v.search.count <= expected, `count ${v.search.count} of ${expected}`);
    const current0 = v.search.current;
    await press(p.page, 'Enter', 3);
    v = await view(p.page);
    assert.equal(v.search.current, (current0 + 1) % v.search.count);
    await p.page.screenshot({ path: join(artifacts, 'search.png') });
    await press(p.page, 'Shift+Enter', 3);
    assert.equal((await view(p.page)).search.current, current0);
    await press(p.page, 'Escape', 3);
    v = await view(p.page);
    assert.equal(v.search.open, false);
    assert.equal(v.search.count, 0);
  });

  test('non-ASCII and IME text reach the search field (hidden textarea bridge)', async () => {
    await press(p.page, 'Control+f', 3);
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send('Input.imeSetComposition', { text: 'Vu', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.imeSetComposition', { text: 'Vuč', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: 'Vučić' });
    await nextFrame(p.page, 3);
    let v = await view(p.page);
    assert.equal(v.search.query, 'Vučić');
    const expected = await p.page.evaluate(() => gloss.getState().text.split('Vučić').length - 1);
    assert.equal(v.search.count, expected);
    await press(p.page, 'Backspace', 3);
    assert.equal((await view(p.page)).search.query, 'Vuči');
    await press(p.page, 'Escape', 3);
    v = await view(p.page);
    assert.equal(v.search.open, false);
    assert.equal(await p.page.evaluate(() => document.activeElement.id), '', 'the textarea lets go of the focus');
  });

  test('the mouse wheel scrolls the article; Home goes back to the top', async () => {
    await press(p.page, 'Home', 3);
    await p.page.mouse.move(400, 400);
    await p.page.mouse.wheel(0, 300);
    await nextFrame(p.page, 3);
    const y = (await view(p.page)).scrollY;
    assert.ok(y >= 250 && y <= 350, `scrollY ${y} after a 300 px wheel`);
    await press(p.page, 'Home', 3);
    assert.equal((await view(p.page)).scrollY, 0);
  });

  test('clicking the minimap scrolls there', async () => {
    const v = await view(p.page);
    const x = v.panelRows.length ? v.panelRows[0].x - 7 : 1273;
    const top = 800 - v.viewHeight - (800 - v.viewHeight - 90 > 0 ? 30 : 0);
    await p.page.mouse.click(Math.round(x), 780 - 40);
    await nextFrame(p.page, 3);
    const after = await view(p.page);
    assert.ok(after.scrollY > after.contentHeight * 0.5, `scrollY ${after.scrollY} of ${after.contentHeight} (top ${top})`);
  });

  test('clicking a quote selects it; clicking its panel row scrolls back to it', async () => {
    const q = await findAnnotation(p.page, 'QUOTE');
    const c = center(await showAnnotation(p.page, q.id));
    await p.page.mouse.click(c.x, c.y);
    await nextFrame(p.page, 4);
    let v = await view(p.page);
    // The quote may hold other annotations: clicking cycles innermost first, so click until the quote.
    for (let i = 0; i < 4 && v.selected !== q.id; ++i) {
      await p.page.mouse.click(c.x, c.y);
      await nextFrame(p.page, 3);
      v = await view(p.page);
    }
    assert.equal(v.selected, q.id);
    assert.equal(v.tab, 'quotes');
    await press(p.page, 'End', 3);
    v = await view(p.page);
    const row = v.panelRows.find((r) => r.kind === 'annotation' && r.id === q.id);
    assert.ok(row, 'the quote is listed in the Quotes tab');
    await p.page.mouse.click(row.x + row.w / 2, row.y + row.h / 2);
    await nextFrame(p.page, 4);
    const rect = await p.page.evaluate((id) => gloss.rectOf(id), q.id);
    assert.ok(rect, 'the quote is on screen after clicking its row');
    assert.equal((await view(p.page)).selected, q.id);
  });

  test('clicking an entity row cycles through its mentions', async () => {
    await p.page.evaluate(() => gloss.select(0));
    await nextFrame(p.page, 2);
    // Back to the Entities tab by selecting a PERSON, then click another person's row.
    const person = await findAnnotation(p.page, 'PERSON', 'Xi Jinping');
    await p.page.evaluate((id) => gloss.select(id), person.id);
    await nextFrame(p.page, 4);
    const v = await view(p.page);
    assert.equal(v.tab, 'entities');
    const row = v.panelRows.find((r) => r.kind === 'entity' && r.id === person.entity);
    assert.ok(row, 'the entity row is visible');
    await p.page.mouse.click(row.x + row.w / 2, row.y + row.h / 2);
    await nextFrame(p.page, 3);
    const s1 = (await view(p.page)).selected;
    await p.page.mouse.click(row.x + row.w / 2, row.y + row.h / 2);
    await nextFrame(p.page, 3);
    const s2 = (await view(p.page)).selected;
    const ents = await p.page.evaluate(([a, b]) => gloss.annotations().filter((x) => x.id === a || x.id === b).map((x) => x.entity), [s1, s2]);
    assert.notEqual(s1, s2);
    assert.deepEqual(ents, [person.entity, person.entity]);
  });

  test('+, - and 0 change the text size; the layout follows', async () => {
    const v0 = await view(p.page);
    await press(p.page, '=', 3);
    const v1 = await view(p.page);
    assert.equal(v1.textScale, 1.1);
    assert.ok(v1.contentHeight > v0.contentHeight);
    await press(p.page, '-', 3);
    await press(p.page, '-', 3);
    assert.equal((await view(p.page)).textScale, 0.9);
    await press(p.page, '0', 3);
    assert.equal((await view(p.page)).textScale, 1);
  });

  test('a new text size keeps the reader\'s place', async () => {
    const quotes = await p.page.evaluate(() => gloss.annotations().filter((a) => a.kind === 'QUOTE'));
    const q = quotes[quotes.length - 1];
    const before = await showAnnotation(p.page, q.id);
    await press(p.page, '=', 4);
    await press(p.page, '=', 4);
    const after = await p.page.evaluate((id) => gloss.rectOf(id), q.id);
    assert.ok(after, 'the passage in view before is still in view');
    assert.ok(Math.abs(after.y - before.y) < 200, `moved from y=${before.y} to y=${after.y}`);
    await press(p.page, '0', 4);
  });

  test('T switches to the dark theme and back; screenshots of both', async () => {
    await press(p.page, 'Home', 3);
    const light = await p.page.screenshot({ path: join(artifacts, 'theme-light.png') });
    await press(p.page, 't', 3);
    assert.equal((await view(p.page)).theme, 'dark');
    const dark = await p.page.screenshot({ path: join(artifacts, 'theme-dark.png') });
    const [l, d] = [await pixelStats(p.page, light), await pixelStats(p.page, dark)];
    assert.ok(l.distinct > 50 && d.distinct > 50);
    await press(p.page, 't', 3);
    assert.equal((await view(p.page)).theme, 'light');
  });

  test('? opens the shortcut help and Escape closes it', async () => {
    await press(p.page, 'Shift+Slash', 3);
    assert.equal((await view(p.page)).helpOpen, true);
    await p.page.screenshot({ path: join(artifacts, 'help.png') });
    await press(p.page, 'Escape', 3);
    assert.equal((await view(p.page)).helpOpen, false);
  });

  test('L hides and shows the side panel', async () => {
    await press(p.page, 'l');
    assert.equal((await view(p.page)).panelOpen, false);
    await press(p.page, 'l');
    assert.equal((await view(p.page)).panelOpen, true);
  });

  test('no console errors during all of this', () => {
    assert.deepEqual(p.errors, []);
  });
});

describe('touch', () => {
  let p;
  before(async () => { p = await openPage(env, { hasTouch: true }); });
  after(async () => { await p.context.close(); });

  test('a tap on a highlight selects it', async () => {
    const a = await findAnnotation(p.page, 'PLACE');
    const c = center(await showAnnotation(p.page, a.id));
    await p.page.touchscreen.tap(c.x, c.y);
    await nextFrame(p.page, 4);
    const v = await view(p.page);
    const hit = await p.page.evaluate(([id, x]) => {
      const all = gloss.annotations();
      const t = all.find((q) => q.id === x);
      const want = all.find((q) => q.id === id);
      return t && t.start <= want.start && t.end >= want.end;
    }, [a.id, v.selected]);
    assert.ok(hit, `tap selected ${v.selected}, expected ${a.id} or an annotation around it`);
    assert.deepEqual(p.errors, []);
  });
});

describe('touch scrolling, text selection and copy, browser zoom', () => {
  let p;
  before(async () => { p = await openPage(env, { hasTouch: true }); });
  after(async () => { await p.context.close(); });

  test('a finger drag scrolls the article', async () => {
    const cdp = await p.context.newCDPSession(p.page);
    const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x: 400, y, id: 1 }],
    });
    const y0 = (await view(p.page)).scrollY;
    await touch('touchStart', 600);
    for (let y = 580; y >= 300; y -= 20) { await touch('touchMove', y); await nextFrame(p.page); }
    await touch('touchEnd', 300);
    await nextFrame(p.page, 3);
    const v = await view(p.page);
    assert.ok(v.scrollY - y0 > 150, `scrolled ${v.scrollY - y0} px for a 300 px drag`);
    assert.equal(v.selection.end - v.selection.start, 0, 'a touch drag does not select text');
  });

  test('a mouse drag selects text and Ctrl+C copies it', async () => {
    await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
    await p.page.keyboard.press('Home');
    await nextFrame(p.page, 3);
    const a = await p.page.evaluate(() => gloss.annotations().find((x) => x.kind === 'PERSON' && x.text === 'Aleksandar Vučić'));
    const r = await p.page.evaluate((id) => gloss.rectOf(id), a.id);
    // From just before the name's first letter to just after its last one.
    await p.page.mouse.move(r.x + 1, r.y + r.h / 2);
    await p.page.mouse.down();
    for (let i = 1; i <= 5; ++i) { await p.page.mouse.move(r.x + 1 + (r.w - 2) * i / 5, r.y + r.h / 2); await nextFrame(p.page); }
    await p.page.mouse.up();
    await nextFrame(p.page, 2);
    const v = await view(p.page);
    const selected = await p.page.evaluate(([s, e]) => {
      const t = gloss.getState().text;
      return t.slice(gloss.jsIndex(s), gloss.jsIndex(e));
    }, [v.selection.start, v.selection.end]);
    assert.equal(selected, 'Aleksandar Vučić');
    await p.page.keyboard.press('Control+c');
    const copied = await p.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, 'Aleksandar Vučić');
  });

  test('browser zoom (a new devicePixelRatio) rebuilds fonts and the backing store', async () => {
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 700, deviceScaleFactor: 2, mobile: false });
    await p.page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await nextFrame(p.page, 4);
    const r = await p.page.evaluate(() => ({ w: canvas.width, iw: innerWidth, v: gloss.view() }));
    assert.equal(r.v.dpr, 2);
    assert.equal(r.w, r.iw * 2);
    await p.page.screenshot({ path: join(artifacts, 'zoom-dpr2.png') });
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    assert.deepEqual(p.errors, []);
  });
});
