#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Peer benchmark driver: scores compromise, wink-nlp and Gloss-wasm against the gold files and
// times them on a corpus, all in this one Node process.
//
//   node bench/peers/peers.mjs score [--gold DIR] [--out DIR] [--gloss PATH] [--raw] [--systems a,b]
//                                    [--scorer PATH] [--exclude TEXT]
//   node bench/peers/peers.mjs time  [--corpus DIR] [--out DIR] [--gloss PATH] [--repeats N]
//                                    [--peer-repeats N] [--warmup-bytes N] [--systems a,b]
//
// Defaults: --gold $GLOSS_GOLD_DIR or <repo>/../shared/gold, --out <repo>/bench/out/peers,
// --scorer $GLOSS_SCORER or score.py in the gold folder, else <repo>/../shared/gold/score.py,
// --corpus <repo>/bench/out/corpus, --gloss $GLOSS_NODE_MODULE or <repo>/build-node/gloss-core.js
// (Gloss is skipped with a note when that file does not exist).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { makeCompromise, makeWink, makeGloss } from './lib/systems.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const TYPES = ['PERSON', 'ORG', 'PLACE', 'QUOTE', 'FIGURE'];

function parseArgs(argv) {
  const args = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      if (v !== undefined) args[k] = v;
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) args[k] = argv[++i];
      else args[k] = true;
    } else args._.push(a);
  }
  return args;
}

function rel(p) { return path.relative(process.cwd(), p) || '.'; }

async function loadSystems(args, wanted) {
  const fixups = !args.raw;
  const systems = [];
  const glossPath = path.resolve(args.gloss || process.env.GLOSS_NODE_MODULE || path.join(repo, 'build-node', 'gloss-core.js'));
  for (const name of wanted) {
    if (name === 'compromise') systems.push(await makeCompromise({ fixups }));
    else if (name === 'wink-nlp' || name === 'wink') systems.push(await makeWink({ fixups }));
    else if (name === 'wink-full') systems.push(await makeWink({ fixups, fullPipe: true }));
    else if (name === 'gloss-wasm' || name === 'gloss') {
      if (!fs.existsSync(glossPath)) {
        console.error(`note: ${rel(glossPath)} not found; Gloss-wasm skipped (build it: bench/peers/run.sh builds build-node/)`);
        continue;
      }
      systems.push(await makeGloss(glossPath));
    } else throw new Error('unknown system ' + name);
  }
  return systems;
}

function addText(bytes, mentions) {
  const dec = new TextDecoder();
  return mentions.map(m => ('text' in m ? m : { ...m, text: dec.decode(bytes.subarray(m.start, m.end)) }));
}

function fmt(x, w = 6, d = 3) { return (x === null || x === undefined ? 'n/a' : Number(x).toFixed(d)).padStart(w); }

// ---- score --------------------------------------------------------------------------------------

async function score(args) {
  const gold = path.resolve(args.gold || process.env.GLOSS_GOLD_DIR || path.join(repo, '..', 'shared', 'gold'));
  const out = path.resolve(args.out || path.join(repo, 'bench', 'out', 'peers'));
  // score.py from the gold folder, else the shared one (folders such as tests/data/eval hold
  // only texts and gold files); --scorer or GLOSS_SCORER override.
  const scorer = path.resolve(args.scorer || process.env.GLOSS_SCORER ||
    [path.join(gold, 'score.py'), path.join(repo, '..', 'shared', 'gold', 'score.py')].find(p => fs.existsSync(p)) || path.join(gold, 'score.py'));
  if (!fs.existsSync(scorer)) throw new Error(`no score.py in ${gold} nor ../shared/gold (pass --scorer PATH or set GLOSS_SCORER)`);
  const texts = fs.readdirSync(gold).filter(f => f.endsWith('.txt') && fs.existsSync(path.join(gold, f.slice(0, -4) + '.gold.json'))).sort();
  if (!texts.length) throw new Error(`no X.txt with X.gold.json in ${gold}`);
  const wanted = (args.systems || 'compromise,wink-nlp,gloss-wasm').split(',');
  const systems = await loadSystems(args, wanted);
  const results = {};
  for (const sys of systems) {
    const dir = path.join(out, 'pred', sys.name);
    fs.mkdirSync(dir, { recursive: true });
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.pred.json')) fs.unlinkSync(path.join(dir, f));
    for (const t of texts) {
      const bytes = fs.readFileSync(path.join(gold, t));
      const text = new TextDecoder().decode(bytes);
      const mentions = addText(bytes, sys.annotate(text));
      fs.writeFileSync(path.join(dir, t.slice(0, -4) + '.pred.json'),
        JSON.stringify({ system: sys.version, mentions }, null, 1) + '\n');
    }
    const extra = args.exclude ? [`--exclude=${args.exclude}`] : [];
    const r = spawnSync('python3', [scorer, gold, dir, ...extra], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`score.py failed for ${sys.name}: ${r.stderr}`);
    results[sys.name] = JSON.parse(r.stdout);
    const tbl = spawnSync('python3', [scorer, gold, dir, '--table', ...extra], { encoding: 'utf8' });
    fs.writeFileSync(path.join(out, `score-${sys.name}.txt`), `${sys.version}\n${tbl.stdout}`);
    fs.writeFileSync(path.join(out, `score-${sys.name}.json`), r.stdout);
  }
  const names = systems.map(s => s.name);
  const lines = [];
  lines.push(`Quality on ${texts.length} gold file(s) in ${rel(gold)} (${rel(scorer)}; ${args.raw ? 'raw peer spans' : 'peer spans trimmed to the guideline conventions'})`);
  for (const rule of ['overlap', 'exact']) {
    lines.push('');
    lines.push(`${rule === 'overlap' ? 'Overlap (1:1)' : 'Exact span'} match: P / R / F1 per system`);
    let head = 'type    ' + ' gold';
    for (const n of names) head += ' | ' + n.padEnd(22);
    lines.push(head);
    lines.push('-'.repeat(head.length));
    for (const t of [...TYPES, 'micro']) {
      const g = results[names[0]].counts[t].gold;
      let row = t.padEnd(8) + String(g).padStart(5);
      for (const n of names) {
        const m = results[n][rule][t];
        row += ' | ' + `${fmt(m.precision, 5, 2)} ${fmt(m.recall, 5, 2)} ${fmt(m.f1, 6, 3)}`.padEnd(22);
      }
      lines.push(row);
    }
  }
  lines.push('');
  let sp = 'QUOTE speaker accuracy (exact / lenient):';
  for (const n of names) {
    const q = results[n].quote_speaker;
    sp += `  ${n} ${q.evaluated ? `${fmt(q.accuracy_exact, 1, 3)} / ${fmt(q.accuracy_lenient, 1, 3)} on ${q.evaluated}` : 'n/a (no speakers)'}`;
  }
  lines.push(sp);
  for (const s of systems) lines.push(`  ${s.name}: ${s.version}`);
  for (const s of systems) {
    if (s.offsetMismatches) lines.push(`  note: ${s.name} token offsets did not match the text ${s.offsetMismatches} time(s); values were located by search`);
    if (s.normalizedInputs) lines.push(`  note: ${s.name} normalized ${s.normalizedInputs} input(s) (CRLF/BOM/invalid UTF-8): its offsets refer to the normalized text`);
  }
  lines.push(`Predictions: ${rel(path.join(out, 'pred'))}/<system>/; full tables: ${rel(out)}/score-<system>.txt`);
  const text = lines.join('\n');
  console.log(text);
  fs.writeFileSync(path.join(out, 'quality.txt'), text + '\n');
  fs.writeFileSync(path.join(out, 'quality.json'), JSON.stringify(results, null, 1) + '\n');
}

// ---- time ---------------------------------------------------------------------------------------

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

function loadCorpus(dir) {
  const manifest = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifest)) throw new Error(`no corpus at ${dir} (build it: python3 bench/corpus/build_corpus.py)`);
  const m = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  const articles = m.articles.map(a => {
    const bytes = fs.readFileSync(path.join(dir, a.file));
    return { file: a.file, bytes, text: new TextDecoder().decode(bytes) };
  });
  const total = articles.reduce((s, a) => s + a.bytes.length, 0);
  return { manifest: m, articles, total };
}

function gc() { if (global.gc) global.gc(); }

// Wall time, and the process's CPU time (user + system, all threads: includes V8's GC and
// compiler threads). On a shared machine the CPU figure is the steadier one.
function timePass(fn, articles) {
  gc();
  let sink = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of articles) sink += fn(a);
  const t1 = performance.now();
  const c = process.cpuUsage(c0);
  return { seconds: (t1 - t0) / 1000, cpu: (c.user + c.system) / 1e6, sink };
}

async function time(args) {
  const corpusDir = path.resolve(args.corpus || path.join(repo, 'bench', 'out', 'corpus'));
  const out = path.resolve(args.out || path.join(repo, 'bench', 'out', 'peers'));
  fs.mkdirSync(out, { recursive: true });
  const corpus = loadCorpus(corpusDir);
  const repeats = Number(args.repeats || 5);
  const peerRepeats = Number(args['peer-repeats'] || 3);
  const warmBytes = Number(args['warmup-bytes'] || 500000);
  const wanted = (args.systems || 'compromise,wink-nlp,wink-full,gloss-wasm').split(',');
  const systems = await loadSystems(args, wanted);
  const MB = corpus.total / 1e6;
  const loadBefore = os.loadavg().map(x => x.toFixed(2)).join(' ');
  console.log(`Corpus: ${corpus.articles.length} articles, ${corpus.total} bytes (${MB.toFixed(2)} MB), ${rel(corpusDir)}`);
  const warm = [];
  for (let s = 0; s < warmBytes && warm.length < corpus.articles.length; ) {
    const a = corpus.articles[warm.length];
    warm.push(a);
    s += a.bytes.length;
  }
  // Each row: the function a pass runs over every article. "pipeline" = string in, gold-schema
  // mentions out (what the quality table scores); the extra rows show where the time goes.
  const rows = [];
  for (const sys of systems) {
    if (sys.name === 'gloss-wasm') {
      rows.push({ system: sys.name, mode: 'pipeline: string -> mention objects', fn: a => sys.annotate(a.text).length, repeats, main: true });
      rows.push({ system: sys.name, mode: 'core only: UTF-8 bytes -> count', fn: a => sys.annotateCount(a.bytes), repeats });
    } else {
      rows.push({ system: sys.name, mode: 'pipeline: string -> mentions', fn: a => sys.annotate(a.text).length, repeats: peerRepeats, main: true });
      rows.push({ system: sys.name, mode: 'parse only (no entity extraction)', fn: a => sys.parseOnly(a.text), repeats: peerRepeats });
    }
  }
  const results = [];
  for (const r of rows) {
    timePass(r.fn, warm); // warm-up: JIT, lexicon and wasm instantiation costs
    const secs = [];
    const cpus = [];
    let sink = 0;
    for (let i = 0; i < r.repeats; i++) {
      const p = timePass(r.fn, corpus.articles);
      secs.push(p.seconds);
      cpus.push(p.cpu);
      sink = p.sink;
    }
    const med = median(secs);
    const medCpu = median(cpus);
    const res = { system: r.system, mode: r.mode, main: !!r.main, repeats: r.repeats, seconds: secs, cpu_seconds: cpus,
      median_s: med, median_cpu_s: medCpu, mb_per_s: MB / med, mb_per_cpu_s: MB / medCpu, items: sink };
    results.push(res);
    console.log(`  ${r.system.padEnd(11)} ${r.mode.padEnd(38)} median ${med.toFixed(3)} s (CPU ${medCpu.toFixed(3)} s) of ${r.repeats}  ${res.mb_per_s.toFixed(2)} MB/s  (${sink} items)`);
  }
  const peersMain = results.filter(r => r.main && r.system !== 'gloss-wasm');
  const best = (list, key) => list.reduce((b, r) => (!b || r[key] > b[key] ? r : b), null);
  const fastest = best(peersMain, 'mb_per_s');
  const fastestCpu = best(peersMain, 'mb_per_cpu_s');
  const parseRows = results.filter(r => !r.main && r.system !== 'gloss-wasm');
  const fastestParse = best(parseRows, 'mb_per_s');
  const fastestParseCpu = best(parseRows, 'mb_per_cpu_s');
  const lines = [];
  lines.push(`Throughput in one Node ${process.version} process on ${corpus.articles.length} articles, ${MB.toFixed(2)} MB (MB = 10^6 bytes of UTF-8); medians after warm-up`);
  lines.push(`Load average before/after: ${loadBefore} / ${os.loadavg().map(x => x.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs (wall figures suffer when the machine is shared; CPU = process user+system time)`);
  const head = 'system      | mode                                   | runs | wall s |  MB/s | CPU s | MB/CPU-s | vs fastest peer (wall, CPU)';
  lines.push(head);
  lines.push('-'.repeat(head.length));
  for (const r of results) {
    const ratio = fastest ? `${(r.mb_per_s / fastest.mb_per_s).toFixed(1)}×, ${(r.mb_per_cpu_s / fastestCpu.mb_per_cpu_s).toFixed(1)}×` : 'n/a';
    lines.push(`${r.system.padEnd(11)} | ${r.mode.padEnd(38)} | ${String(r.repeats).padStart(4)} | ${r.median_s.toFixed(3).padStart(6)} | ${r.mb_per_s.toFixed(2).padStart(5)} | ${r.median_cpu_s.toFixed(2).padStart(5)} | ${r.mb_per_cpu_s.toFixed(2).padStart(8)} | ${ratio}`);
  }
  const gm = results.find(r => r.system === 'gloss-wasm' && r.main);
  if (gm && fastest) {
    lines.push('');
    lines.push(`Gloss-wasm / fastest peer, full pipelines (${fastest.system}): ${(gm.mb_per_s / fastest.mb_per_s).toFixed(1)}× wall, ${(gm.mb_per_cpu_s / fastestCpu.mb_per_cpu_s).toFixed(1)}× CPU (target >= 20×)`);
    if (fastestParse) lines.push(`Gloss-wasm pipeline / fastest peer parse only (${fastestParse.system}, no entities at all): ${(gm.mb_per_s / fastestParse.mb_per_s).toFixed(1)}× wall, ${(gm.mb_per_cpu_s / fastestParseCpu.mb_per_cpu_s).toFixed(1)}× CPU`);
  }
  // Paired ratio: the fastest peer and Gloss alternate on the same ~100 kB slices, so both see
  // the same machine load; robust on a shared machine where whole-pass timings drift.
  let paired = null;
  if (gm && fastest) {
    const peerRow = rows.find(r => r.system === fastest.system && r.main);
    const glossRow = rows.find(r => r.system === 'gloss-wasm' && r.main);
    const slices = [];
    for (let i = 0, cur = [], size = 0; i < corpus.articles.length; i++) {
      cur.push(corpus.articles[i]);
      size += corpus.articles[i].bytes.length;
      if (size >= 100000 || i === corpus.articles.length - 1) { slices.push(cur); cur = []; size = 0; }
    }
    const ratios = [];
    for (let round = 0; round < peerRepeats; round++) {
      let tp = 0, tg = 0;
      for (const sl of slices) {
        tp += timePass(peerRow.fn, sl).seconds;
        tg += timePass(glossRow.fn, sl).seconds;
      }
      ratios.push(tp / tg);
    }
    paired = { peer: fastest.system, rounds: ratios, median: median(ratios) };
    lines.push(`Paired (alternating ~100 kB slices, ${peerRepeats} rounds): Gloss-wasm pipeline is ${paired.median.toFixed(1)}× ${fastest.system}'s pipeline (rounds: ${ratios.map(x => x.toFixed(1)).join(', ')})`);
  }
  const pipes = systems.filter(s => s.pipe).map(s => `${s.name}: ${s.pipe}`);
  if (pipes.length) lines.push(`Pipes: ${pipes.join('; ')} (the same entities, so the same scores; the fastest configuration counts)`);
  const text = lines.join('\n');
  console.log('\n' + text);
  fs.writeFileSync(path.join(out, 'throughput-node.txt'), text + '\n');
  fs.writeFileSync(path.join(out, 'throughput-node.json'), JSON.stringify({ node: process.version, corpus_bytes: corpus.total,
    articles: corpus.articles.length, systems: systems.map(s => s.version), results, paired }, null, 1) + '\n');
}

const args = parseArgs(process.argv.slice(2));
const cmd = args._[0];
const run = cmd === 'score' ? score : cmd === 'time' ? time : null;
if (!run || args.help) {
  console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(2, 16).map(l => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(run ? 0 : 2);
}
run(args).catch((e) => { console.error('peers.mjs: ' + (e && e.message ? e.message : e)); process.exit(1); });
