// SPDX-License-Identifier: MIT
// Tests of the Node build of the core (src/platform/node_api.cpp through lib/systems.mjs).
// Needs build-node/gloss-core.js (bench/peers/run.sh builds it; GLOSS_NODE_MODULE overrides);
// skipped, and reported as skipped, when it is not built. Run: node --test bench/peers/test/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeGloss } from '../lib/systems.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const modulePath = process.env.GLOSS_NODE_MODULE || path.join(repo, 'build-node', 'gloss-core.js');
const built = fs.existsSync(modulePath);
const skip = built ? false : `${path.relative(repo, modulePath)} not built`;
const sample = path.join(repo, 'assets', 'sample-article.txt');

test('table mode returns gold-schema mentions on UTF-8 boundaries, as many as count mode', { skip }, async () => {
  const g = await makeGloss(modulePath);
  const bytes = fs.readFileSync(sample);
  const text = new TextDecoder().decode(bytes);
  const mentions = g.annotate(text);
  assert.ok(mentions.length > 0);
  assert.equal(g.annotateCount(bytes), mentions.length);
  const kinds = new Set(['PERSON', 'ORG', 'PLACE', 'QUOTE', 'FIGURE']);
  for (const m of mentions) {
    assert.ok(kinds.has(m.type), m.type);
    assert.ok(m.start < m.end && m.end <= bytes.length);
    assert.notEqual(bytes[m.start] & 0xc0, 0x80, 'start on a code point boundary');
    assert.ok(m.end === bytes.length || (bytes[m.end] & 0xc0) !== 0x80, 'end on a code point boundary');
    if (m.type === 'QUOTE') assert.ok('speaker' in m);
  }
});

test('refused input comes back as an error, not a crash, and the module stays usable', { skip }, async () => {
  const g = await makeGloss(modulePath);
  assert.throws(() => g.annotate('  \n '), /empty_text/);
  assert.ok(g.annotateCount(new TextEncoder().encode('\0\0\0 binary')) < 0);
  assert.ok(g.annotate('Vladimir Putin met Xi Jinping in Moscow on May 9, 2024.').length > 0);
});

test('large input grows wasm memory and later calls still read the right result', { skip }, async () => {
  const g = await makeGloss(modulePath);
  const para = fs.readFileSync(sample, 'utf8');
  const big = Array.from({ length: 300 }, () => para).join('\n'); // ~1.6 MB
  const n = g.annotate(big).length;
  assert.ok(n > 300);
  const small = g.annotate(para);
  assert.equal(small.length, g.annotate(para).length);
  assert.ok(small.length * 250 < n);
});

test('wasm and the native CLI give the same mentions on the sample', { skip }, async (t) => {
  const cli = ['build-peers/gloss/gloss', 'build-lead/gloss', 'build/gloss'].map(p => path.join(repo, p)).find(p => fs.existsSync(p));
  if (!cli) { t.skip('no native CLI built'); return; }
  const r = spawnSync(cli, ['annotate', sample, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, r.stderr);
  const native = JSON.parse(r.stdout).annotations.map(a => `${a.kind}:${a.start}-${a.end}`);
  const g = await makeGloss(modulePath);
  const wasm = g.annotate(fs.readFileSync(sample, 'utf8')).map(m => `${m.type}:${m.start}-${m.end}`);
  assert.deepEqual(wasm, native);
});
