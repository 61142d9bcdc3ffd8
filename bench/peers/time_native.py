#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Times the native build on the corpus, pinned to one core: the CLI, and the in-process core benches.
"""Usage: python3 bench/peers/time_native.py --build DIR [--corpus DIR] [--runs N] [--json OUT]

DIR is the native build folder made from bench/peers/native (default build-peers). Rows:
  * CLI: `DIR/gloss/gloss annotate F --format json > /dev/null` for every concatenated corpus
    file F (bench/out/corpus/all-NN.txt), one warm-up round then N rounds (default 5); median
    wall time and median child CPU time (user + sys).
  * peers_core_bench: make_document on every article in one process (1 warm-up + N passes),
    median wall and thread CPU time; and the same with document_to_json of each document.
  * gloss_bench (the lead's bench/core_bench.cpp, when built): make_document per article, wall.
Each child is pinned to one CPU core. MB = 10^6 bytes. Fails when a program fails.
"""
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def pin_one_core():
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})
    except (AttributeError, OSError):
        pass


def run(cmd, stdout=None):
    """Runs cmd pinned to one core; returns (wall s, child CPU s, stdout text or None)."""
    t0 = time.perf_counter()
    with open(os.devnull, 'wb') as null:
        p = subprocess.Popen(cmd, stdout=null if stdout is None else subprocess.PIPE,
                             stderr=subprocess.PIPE, preexec_fn=pin_one_core)
        out, err = p.communicate()
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit('%s failed (%d): %s' % (' '.join(cmd[:3]), p.returncode,
                                                 err.decode('utf-8', 'replace').strip()[:500]))
    # communicate() reaped the child: its usage is in RUSAGE_CHILDREN deltas, taken by the caller
    return wall, (out.decode('utf-8') if out is not None else None)


def child_cpu():
    r = os.times()
    return r.children_user + r.children_system


def row(name, what, runs, wall, cpu, mb):
    return {'system': name, 'what': what, 'runs': runs, 'median_wall_s': wall, 'median_cpu_s': cpu,
            'mb_per_s_wall': mb / wall if wall else None, 'mb_per_s_cpu': mb / cpu if cpu else None}


def fmt(r):
    cpu = '%5.2f | %8.2f' % (r['median_cpu_s'], r['mb_per_s_cpu']) if r['median_cpu_s'] else '  n/a |      n/a'
    return '%-16s | %-50s | %4d | %6.3f | %6.2f | %s' % (r['system'], r['what'], r['runs'], r['median_wall_s'],
                                                      r['mb_per_s_wall'], cpu)


def main(argv):
    build, corpus, runs, out = os.path.join(REPO, 'build-peers'), os.path.join(REPO, 'bench', 'out', 'corpus'), 5, None
    i = 1
    while i < len(argv):
        a = argv[i]
        if a in ('--build', '--corpus', '--runs', '--json') and i + 1 < len(argv):
            v = argv[i + 1]
            i += 1
            if a == '--build':
                build = v
            elif a == '--corpus':
                corpus = v
            elif a == '--runs':
                runs = int(v)
            else:
                out = v
        else:
            print(__doc__)
            return 0 if a in ('-h', '--help') else 2
        i += 1
    cli = os.path.join(build, 'gloss', 'gloss')
    core_bench = os.path.join(build, 'peers_core_bench')
    lead_bench = os.path.join(build, 'gloss', 'bench', 'gloss_bench')
    if not os.access(cli, os.X_OK):
        print('time_native.py: no CLI at %s (build bench/peers/native into %s)' % (cli, build), file=sys.stderr)
        return 2
    with open(os.path.join(corpus, 'manifest.json')) as f:
        manifest = json.load(f)
    files = [os.path.join(corpus, c['file']) for c in manifest['concatenated']]
    articles = [os.path.join(corpus, a['file']) for a in manifest['articles']]
    cat_bytes = sum(os.path.getsize(f) for f in files)
    art_bytes = sum(os.path.getsize(f) for f in articles)
    rows = []

    # CLI, whole concatenated corpus per round
    rounds = []
    for r in range(runs + 1):
        c0 = child_cpu()
        wall = 0.0
        for f in files:
            w, _ = run([cli, 'annotate', f, '--format', 'json'])
            wall += w
        if r > 0:  # round 0 warms the page cache
            rounds.append((wall, child_cpu() - c0))
    rows.append(row('native CLI', 'gloss annotate all-NN.txt --format json >/dev/null', runs,
                    statistics.median(w for w, _ in rounds), statistics.median(c for _, c in rounds),
                    cat_bytes / 1e6))

    # in-process benches, per article
    if os.access(core_bench, os.X_OK):
        for flag, what in (([], 'make_document per article'), (['--json'], 'make_document + document_to_json')):
            _, text = run([core_bench, '--runs', str(runs)] + flag + articles, stdout=True)
            j = json.loads(text)
            rows.append(row('peers_core_bench', what, runs, j['median_wall_s'], j['median_cpu_s'], j['bytes'] / 1e6))
    if os.access(lead_bench, os.X_OK):
        _, text = run([lead_bench, '--repeat', str(runs)] + articles, stdout=True)
        j = json.loads(text)
        rows.append(row('gloss_bench', 'make_document per article (lead)', runs, j['median_s'], None,
                        j['bytes'] / 1e6))

    for r in rows:
        print(fmt(r))
    if out:
        with open(out, 'w') as f:
            json.dump({'concatenated_bytes': cat_bytes, 'article_bytes': art_bytes, 'articles': len(articles),
                       'loadavg_after': os.getloadavg(), 'rows': rows}, f, indent=1)
            f.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
