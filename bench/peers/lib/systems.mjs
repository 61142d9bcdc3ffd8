// SPDX-License-Identifier: MIT
// The systems under test: compromise (+ compromise-dates), wink-nlp (+ lite web model) and Gloss-wasm.
//
// Each system is {name, version, annotate(text) -> gold-schema mentions (UTF-8 byte offsets)}.
// annotate() is the whole path a web developer would run to get highlights from a string, and it
// is what the throughput benchmark times.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { toGoldMentions } from './spans.mjs';

const require = createRequire(import.meta.url);

function packageVersion(name) {
  try {
    const p = require.resolve(name + '/package.json');
    return JSON.parse(fs.readFileSync(p, 'utf8')).version;
  } catch {
    // packages whose "exports" hide package.json
    let dir = path.dirname(require.resolve(name));
    for (let i = 0; i < 6; i++) {
      const f = path.join(dir, 'package.json');
      if (fs.existsSync(f)) {
        const j = JSON.parse(fs.readFileSync(f, 'utf8'));
        if (j.name === name) return j.version;
      }
      dir = path.dirname(dir);
    }
    return '?';
  }
}

// ---- compromise -------------------------------------------------------------------------------

/** Candidates (UTF-16 ranges) from each compromise view; the term offsets are exact. */
function viewRanges(doc, view, out, type, subtype, extendUnits) {
  for (const terms of view.docs) {
    if (!terms.length) continue;
    const first = terms[0];
    let last = terms[terms.length - 1];
    if (extendUnits && last.index) {
      const [n, i] = last.index;
      const next = doc.document[n] && doc.document[n][i + 1];
      if (next && next.tags && next.tags.has('Unit') && next.offset) last = next;
    }
    if (!first.offset || !last.offset) continue;
    const start = first.offset.start;
    const end = last.offset.start + last.offset.length;
    let st = subtype;
    if (type === 'PERSON') st = terms.length > 1 ? 'full' : 'partial';
    out.push({ type, subtype: st, start, end });
  }
}

export async function makeCompromise({ fixups = true } = {}) {
  const nlp = (await import('compromise')).default;
  const datesPlugin = (await import('compromise-dates')).default;
  nlp.plugin(datesPlugin);
  return {
    name: 'compromise',
    version: `compromise ${packageVersion('compromise')} + compromise-dates ${packageVersion('compromise-dates')}`,
    annotate(text) {
      const doc = nlp(text);
      doc.compute('offset');
      const c = [];
      viewRanges(doc, doc.people(), c, 'PERSON', 'full');
      viewRanges(doc, doc.organizations(), c, 'ORG', 'other');
      viewRanges(doc, doc.places(), c, 'PLACE', 'other');
      viewRanges(doc, doc.quotations(), c, 'QUOTE', 'direct');
      viewRanges(doc, doc.money(), c, 'FIGURE', 'money');
      viewRanges(doc, doc.percentages(), c, 'FIGURE', 'percent');
      viewRanges(doc, doc.fractions(), c, 'FIGURE', 'fraction');
      viewRanges(doc, doc.dates(), c, 'FIGURE', 'date');
      viewRanges(doc, doc.durations(), c, 'FIGURE', 'duration');
      viewRanges(doc, doc.times(), c, 'FIGURE', 'time');
      viewRanges(doc, doc.numbers().isCardinal(), c, 'FIGURE', 'number', true);
      return toGoldMentions(text, c, fixups);
    },
    parseOnly(text) { return nlp(text).length; },
  };
}

// ---- wink-nlp ---------------------------------------------------------------------------------

// wink-eng-lite-web-model's entity types (its README): DATE, ORDINAL, CARDINAL, MONEY, PERCENT,
// TIME, DURATION, HASHTAG, EMOJI, EMOTICON, EMAIL, URL, MENTION. It has no person/organization/
// place recognizer and no quotation detector, so it can only compete on FIGURE.
const k_wink_figure = { DATE: 'date', TIME: 'time', CARDINAL: 'number', MONEY: 'money',
  PERCENT: 'percent', DURATION: 'duration' };

// wink-nlp runs only the pipes the scored output needs: 'ner' alone gives the same entities
// (type, detail and token span) as the default pipeline (sbd, negation, sentiment, pos, ner, cer)
// on every corpus article, about 1.5x faster. `fullPipe` keeps the default, for reference.
export async function makeWink({ fixups = true, fullPipe = false } = {}) {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = fullPipe ? winkNLP(model) : winkNLP(model, ['ner']);
  const tokenizer = winkNLP(model, []); // tokens only: the parse-only row
  const its = nlp.its;
  let mismatches = 0;
  return {
    name: fullPipe ? 'wink-full' : 'wink-nlp',
    pipe: fullPipe ? 'default pipeline: sbd, negation, sentiment, pos, ner, cer' : 'pipe: ner only',
    version: `wink-nlp ${packageVersion('wink-nlp')} + wink-eng-lite-web-model ${packageVersion('wink-eng-lite-web-model')}`,
    get offsetMismatches() { return mismatches; },
    annotate(text) {
      const doc = nlp.readDoc(text);
      // Character offsets: wink keeps every token's value and preceding whitespace, so the
      // running sum of their lengths is the UTF-16 offset of each token.
      const values = doc.tokens().out(its.value);
      const spaces = doc.tokens().out(its.precedingSpaces);
      const starts = new Array(values.length);
      const ends = new Array(values.length);
      let pos = 0;
      for (let i = 0; i < values.length; i++) {
        pos += spaces[i].length;
        starts[i] = pos;
        pos += values[i].length;
        ends[i] = pos;
      }
      const exact = pos === text.length;
      const c = [];
      doc.entities().each((e) => {
        const d = e.out(its.detail);
        const sub = k_wink_figure[d.type];
        if (!sub) return;
        const [a, b] = e.out(its.span);
        let s = starts[a], en = ends[b];
        if (!exact || text.slice(s, en) !== d.value) {
          // fall back to locating the value near the expected place
          mismatches++;
          const at = text.indexOf(d.value, Math.max(0, s - 64));
          if (at < 0) return;
          s = at; en = at + d.value.length;
        }
        c.push({ type: 'FIGURE', subtype: sub, start: s, end: en });
      });
      return toGoldMentions(text, c, fixups);
    },
    parseOnly(text) { return tokenizer.readDoc(text).tokens().length(); },
  };
}

// ---- Gloss (core compiled to wasm for Node) -------------------------------------------------------

export const k_gloss_mode_count = 0;
export const k_gloss_mode_table = 1;

/**
 * Loads build-node/gloss-core.js (src/platform/node_api.cpp). annotate() writes the UTF-8 bytes
 * straight into wasm memory, runs make_document and turns the core's mention table into
 * gold-schema mentions {type, subtype, start, end, speaker (quotes only)}.
 */
export async function makeGloss(modulePath) {
  const createGlossCore = require(path.resolve(modulePath));
  const m = await createGlossCore();
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const k_none = 0xffffffff;
  const k_absent = 0xfffffffe;
  const labels = []; // kind names and subtypes by index; indexes never change (gloss_node_label)
  let cap = 0;
  let buf = 0;
  const outSlot = m._malloc(4);
  let normalized = 0;
  function reserve(bytes) {
    if (bytes <= cap) return;
    if (buf) m._free(buf);
    cap = Math.max(bytes, cap * 2, 1 << 16);
    buf = m._malloc(cap);
  }
  function run(size, mode) { return m._gloss_node_annotate(buf, size, mode, outSlot); }
  function resultAddress() { return m.HEAPU32[outSlot >>> 2]; } // re-read: memory growth replaces the views
  function errorJson() {
    const at = resultAddress();
    return JSON.parse(dec.decode(m.HEAPU8.subarray(at, at + m._gloss_node_result_size())));
  }
  return {
    name: 'gloss-wasm',
    version: 'Gloss core compiled for Node (' + path.relative(process.cwd(), modulePath) + ')',
    get normalizedInputs() { return normalized; },
    annotate(text) {
      reserve(text.length * 3 + 1); // UTF-8 needs at most 3 bytes per UTF-16 unit
      const { written } = enc.encodeInto(text, m.HEAPU8.subarray(buf, buf + cap));
      const n = run(written, k_gloss_mode_table);
      if (n < 0) {
        const e = errorJson();
        throw new Error('gloss: ' + (e.error || 'error ' + n) + ': ' + (e.message || ''));
      }
      const words = m.HEAPU32;
      const heap = m.HEAPU8;
      const at = resultAddress() >>> 2;
      if (words[at]) normalized++; // offsets then refer to the normalized text (CRLF, BOM, bad UTF-8)
      const count = words[at + 1];
      for (let i = labels.length, end = words[at + 2]; i < end; i++) {
        labels.push(m.UTF8ToString(m._gloss_node_label(i)));
      }
      const names = words[at + 3];
      const mentions = new Array(count);
      for (let i = 0, r = at + 4; i < count; i++, r += 6) {
        const subtype = words[r + 1];
        const mention = {
          type: labels[words[r]],
          subtype: subtype === k_none ? null : labels[subtype],
          start: words[r + 2],
          end: words[r + 3],
        };
        const speaker = words[r + 4];
        if (speaker !== k_absent) {
          const from = names + speaker;
          mention.speaker = speaker === k_none ? null : dec.decode(heap.subarray(from, from + words[r + 5]));
        }
        mentions[i] = mention;
      }
      return mentions;
    },
    /** Annotation count only: the core's own speed (detection plus the UTF-8 copy). */
    annotateCount(bytes) {
      reserve(bytes.length + 1);
      m.HEAPU8.set(bytes, buf);
      return run(bytes.length, k_gloss_mode_count);
    },
    encode(text) { return enc.encode(text); },
  };
}
