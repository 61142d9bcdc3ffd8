// SPDX-License-Identifier: MIT
// Tests of the peer adapters' span helpers and of the two peers' mapping on invented sentences.
// Run: node --test bench/peers/test/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { utf8OffsetTable, fixSpan, flatten, toGoldMentions } from '../lib/spans.mjs';
import { makeCompromise, makeWink } from '../lib/systems.mjs';

const enc = new TextEncoder();
const byteLen = (s) => enc.encode(s).length;

test('utf8OffsetTable matches TextEncoder on every index, with 2-, 3- and 4-byte characters', () => {
  const s = 'Vučić “said” — 😀 ok';
  const t = utf8OffsetTable(s);
  assert.equal(t.length, s.length + 1);
  for (let i = 0; i <= s.length; i++) {
    const c = s.charCodeAt(i - 1);
    if (i > 0 && c >= 0xd800 && c <= 0xdbff) continue; // inside a surrogate pair: rounds down
    assert.equal(t[i], byteLen(s.slice(0, i)), `index ${i}`);
  }
  const emoji = s.indexOf('😀');
  assert.equal(t[emoji + 1], t[emoji], 'inside a pair rounds down');
  assert.equal(t[emoji + 2], t[emoji] + 4);
});

test('fixSpan trims punctuation, possessives, determiners and titles', () => {
  const s = 'They met President Aleksandar Vučić’s aide, (the Kremlin) and U.S. officials.';
  const span = (a, b, type) => { const r = fixSpan(s, a, b, type); return r && s.slice(r[0], r[1]); };
  const p = s.indexOf('President');
  assert.equal(span(p, s.indexOf(' aide'), 'PERSON'), 'Aleksandar Vučić');
  assert.equal(span(s.indexOf('(the'), s.indexOf(')') + 1, 'ORG'), 'Kremlin');
  const us = s.indexOf('U.S.');
  assert.equal(span(us, us + 4, 'PLACE'), 'U.S.', 'final dot of an abbreviation kept');
  assert.equal(span(s.indexOf('officials'), s.length, 'ORG'), 'officials', 'sentence period dropped');
});

test('fixSpan on figures: hedges dropped, ordinals and number-less spans refused', () => {
  const s = 'Over 4,210 homes, in the first half of 2024, last year, about $1 billion.';
  const span = (a, b) => { const r = fixSpan(s, a, b, 'FIGURE'); return r && s.slice(r[0], r[1]); };
  assert.equal(span(0, s.indexOf(' homes')), '4,210');
  assert.equal(span(s.indexOf('first'), s.indexOf(' half')), null);
  assert.equal(span(s.indexOf('last'), s.indexOf(', about')), null);
  assert.equal(span(s.indexOf('about'), s.length), '$1 billion');
});

test('fixSpan extends quotes to their marks', () => {
  const s = 'Xi hailed the "ironclad friendship," and “We won,” she said.';
  const a = s.indexOf('ironclad');
  const r = fixSpan(s, a, s.indexOf('friendship') + 10, 'QUOTE');
  assert.equal(s.slice(r[0], r[1]), '"ironclad friendship,"');
  const b = s.indexOf('We');
  const r2 = fixSpan(s, b - 1, s.indexOf('won') + 3, 'QUOTE');
  assert.equal(s.slice(r2[0], r2[1]), '“We won,”');
});

test('flatten keeps the longest name and drops figures inside names', () => {
  const out = flatten([
    { type: 'ORG', start: 0, end: 35 }, { type: 'PLACE', start: 0, end: 8 },
    { type: 'FIGURE', start: 40, end: 44 }, { type: 'FIGURE', start: 40, end: 50 },
    { type: 'FIGURE', start: 10, end: 12 }, { type: 'QUOTE', start: 0, end: 60 }, { type: 'QUOTE', start: 0, end: 60 },
  ]);
  const keys = out.map(m => `${m.type}:${m.start}-${m.end}`).sort();
  assert.deepEqual(keys, ['FIGURE:40-50', 'ORG:0-35', 'QUOTE:0-60']);
});

test('toGoldMentions gives byte offsets whose bytes decode to the text', () => {
  const s = 'Vučić 😀 met Xi in Čukaru.';
  const c = [{ type: 'PERSON', start: 0, end: 5 }, { type: 'PLACE', start: s.indexOf('Čukaru'), end: s.length }];
  const m = toGoldMentions(s, c, true);
  const bytes = enc.encode(s);
  const dec = new TextDecoder();
  assert.equal(m.length, 2);
  for (const x of m) assert.equal(dec.decode(bytes.subarray(x.start, x.end)), x.text);
  assert.equal(m[1].text, 'Čukaru');
});

test('compromise and wink adapters find figures with exact byte spans in non-ASCII text', async () => {
  const text = 'Vučić 😀 said on May 7, 2024 that “it cost $1 billion,” or 8% of the budget.';
  const bytes = enc.encode(text);
  const dec = new TextDecoder();
  for (const sys of [await makeCompromise(), await makeWink()]) {
    const ms = sys.annotate(text);
    for (const m of ms) assert.equal(dec.decode(bytes.subarray(m.start, m.end)), m.text, `${sys.name} ${m.text}`);
    const figs = ms.filter(m => m.type === 'FIGURE').map(m => m.text);
    assert.ok(figs.includes('$1 billion'), `${sys.name}: ${figs}`);
    assert.ok(figs.includes('8%'), `${sys.name}: ${figs}`);
  }
});
