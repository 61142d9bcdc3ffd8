#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Builds the throughput corpus (>= 5 MB of English prose split into article-sized files) reproducibly.
"""Build the benchmark corpus for bench/peers and bench/throughput.sh.

Usage: python3 bench/corpus/build_corpus.py [--out DIR] [--bytes N] [--fetch] [--check]

Sources, all public domain or BSD-licensed English text from Debian packages, plus the bundled
sample article:
  * assets/sample-article.txt                       (the repository's own sample, first article)
  * fortunes  /usr/share/games/fortunes/*           (fortune-mod quotations; BSD licence)
  * jargon-text /usr/share/doc/jargon-text/jargon.txt.gz (The Jargon File 4.4.7; public domain)
  * bible-kjv-text + bible-kjv  (King James Version, 1611, public domain; the `bible` tool of
    bible-kjv (GPL-2+) decodes its data file; it is run, not shipped)

Each source is cut into articles of realistic news size (about 2-8 kB: one headline line, then
one paragraph per line, like the gold files), the three streams are interleaved in a fixed
order until --bytes (default 5,500,000) is reached, and the files are written to
DIR/articles/NNNNN.txt with DIR/manifest.json (sources, package versions, sizes, SHA-256) and
DIR/all-NN.txt (the articles concatenated, blank-line separated, at most 8 MB per file,
for the native CLI; one file at the default size).

Package files are taken from the system when the packages are installed, else from
DIR/../debs/root when they were fetched before; --fetch downloads the .deb files there with
`apt-get download` (nothing is installed). --check only reports what is missing.
"""
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PACKAGES = ['fortunes', 'jargon-text', 'bible-kjv-text', 'bible-kjv']
TARGET_ARTICLE = 4500  # bytes: a typical news article is 3-8 kB
CHUNK_BYTES = 8000000  # all-NN.txt files stay under the core's 10 MiB article cap


def log(msg):
    print('[corpus] ' + msg, file=sys.stderr)


# ---- locating the packages ---------------------------------------------------------------------

def installed_version(pkg):
    try:
        r = subprocess.run(['dpkg-query', '-W', '-f=${Status}|${Version}', pkg],
                           capture_output=True, text=True)
    except FileNotFoundError:
        return None
    if r.returncode != 0 or not r.stdout.startswith('install ok installed'):
        return None
    return r.stdout.split('|', 1)[1]


def deb_version(debs_dir, pkg):
    for f in sorted(os.listdir(debs_dir)) if os.path.isdir(debs_dir) else []:
        if f.startswith(pkg + '_') and f.endswith('.deb'):
            r = subprocess.run(['dpkg-deb', '-f', os.path.join(debs_dir, f), 'Version'],
                               capture_output=True, text=True)
            if r.returncode == 0:
                return r.stdout.strip()
    return None


def fetch(debs_dir, pkgs):
    os.makedirs(debs_dir, exist_ok=True)
    log('downloading %s into %s (apt-get download; nothing is installed)' % (' '.join(pkgs), debs_dir))
    r = subprocess.run(['apt-get', 'download'] + pkgs, cwd=debs_dir)
    if r.returncode != 0:
        raise SystemExit('apt-get download failed (run `apt-get update` first, or install: apt-get install %s)'
                         % ' '.join(pkgs))
    root = os.path.join(debs_dir, 'root')
    for f in sorted(os.listdir(debs_dir)):
        if f.endswith('.deb'):
            subprocess.run(['dpkg-deb', '-x', os.path.join(debs_dir, f), root], check=True)


def locate(debs_dir, do_fetch):
    """Returns (root prefix per package, version per package); root is '/' or the extracted tree."""
    roots, versions, missing = {}, {}, []
    for pkg in PACKAGES:
        v = installed_version(pkg)
        if v:
            roots[pkg], versions[pkg] = '/', v
            continue
        v = deb_version(debs_dir, pkg)
        if v and os.path.isdir(os.path.join(debs_dir, 'root')):
            roots[pkg], versions[pkg] = os.path.join(debs_dir, 'root'), v
            continue
        missing.append(pkg)
    if missing and do_fetch:
        fetch(debs_dir, missing)
        return locate(debs_dir, False)
    return roots, versions, missing


# ---- text cleaning -----------------------------------------------------------------------------

CTRL = re.compile(r'[\x00-\x08\x0b-\x1f\x7f]')


def clean(s):
    s = re.sub(r'.\x08', '', s)  # overstriking (x BS x, _ BS x)
    return CTRL.sub('', s).replace('\t', ' ')


def paragraphs(lines):
    """Blank-line separated blocks of hard-wrapped lines -> one string per paragraph."""
    out, cur = [], []
    for line in lines:
        t = line.strip()
        if not t:
            if cur:
                out.append(' '.join(cur))
                cur = []
            continue
        if t.startswith('-- ') or t.startswith('--\t'):
            if cur:
                out.append(' '.join(cur))
                cur = []
            out.append(t)
            continue
        cur.append(t)
    if cur:
        out.append(' '.join(cur))
    return [re.sub(r' {2,}', ' ', p) for p in out]


def pack(title, paras, target=TARGET_ARTICLE):
    """Groups paragraphs into articles of about `target` bytes, each with a headline line."""
    arts, cur, size, n = [], [], 0, 1
    for p in paras:
        cur.append(p)
        size += len(p.encode()) + 1
        if size >= target:
            arts.append('%s (%d)\n' % (title, n) + '\n'.join(cur) + '\n')
            cur, size, n = [], 0, n + 1
    if cur and size > target // 4:
        arts.append('%s (%d)\n' % (title, n) + '\n'.join(cur) + '\n')
    return arts


def fortune_articles(root):
    d = os.path.join(root, 'usr/share/games/fortunes')
    arts = []
    for name in sorted(os.listdir(d)):
        p = os.path.join(d, name)
        if '.' in name or os.path.islink(p) or not os.path.isfile(p):
            continue
        with open(p, 'rb') as f:
            text = clean(f.read().decode('utf-8', 'replace'))
        paras = []
        for cookie in re.split(r'\n%\n', text):
            paras.extend(paragraphs(cookie.split('\n')))
        arts.extend(pack('Fortunes: ' + name, [p for p in paras if p and p != '%']))
    return arts


def jargon_articles(root):
    p = os.path.join(root, 'usr/share/doc/jargon-text/jargon.txt.gz')
    with gzip.open(p, 'rb') as f:
        text = clean(f.read().decode('utf-8', 'replace'))
    paras = [q for q in paragraphs(text.split('\n')) if len(q) >= 40 and '═' not in q]
    return pack('The Jargon File', paras)


def bible_articles(roots):
    tool = os.path.join(roots['bible-kjv'], 'usr/bin/bible')
    data = os.path.join(roots['bible-kjv-text'], 'usr/lib')
    r = subprocess.run([tool, '-p', data, '-l200', 'gen1:1-rev22:21'], capture_output=True)
    if r.returncode != 0 or len(r.stdout) < 1000000:
        raise SystemExit('bible tool failed: %s' % r.stderr.decode('utf-8', 'replace'))
    text = clean(r.stdout.decode('utf-8', 'replace'))
    arts, head, verses = [], None, []

    def flush():
        if head and verses:
            # three verses to a paragraph, verse numbers dropped
            paras = [' '.join(verses[i:i + 3]) for i in range(0, len(verses), 3)]
            arts.append(head + '\n' + '\n'.join(paras) + '\n')

    cur = None
    for line in text.split('\n'):
        m = re.match(r'^(\S.*\S) (\d+)$', line)
        if m and not line.startswith(' '):
            if cur is not None:
                verses.append(cur)
                cur = None
            flush()
            head, verses = line.strip(), []
            continue
        m = re.match(r'^\s+\d+ (.*)$', line)
        if m:
            if cur is not None:
                verses.append(cur)
            cur = m.group(1).strip()
        elif line.strip() and cur is not None:
            cur += ' ' + line.strip()
    if cur is not None:
        verses.append(cur)
    flush()
    # merge very short chapters (Psalm 117 is two verses) into the next one
    merged, buf = [], ''
    for a in arts:
        buf += a
        if len(buf.encode()) >= 1500:
            merged.append(buf)
            buf = ''
    if buf:
        merged.append(buf)
    return merged


# ---- main --------------------------------------------------------------------------------------

def main(argv):
    out = os.path.join(REPO, 'bench', 'out', 'corpus')
    target = 5500000
    do_fetch = check = False
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == '--out':
            out = os.path.abspath(argv[i + 1]); i += 1
        elif a.startswith('--out='):
            out = os.path.abspath(a.split('=', 1)[1])
        elif a == '--bytes':
            target = int(argv[i + 1]); i += 1
        elif a.startswith('--bytes='):
            target = int(a.split('=', 1)[1])
        elif a == '--fetch':
            do_fetch = True
        elif a == '--check':
            check = True
        elif a in ('-h', '--help'):
            print(__doc__)
            return 0
        else:
            print(__doc__, file=sys.stderr)
            return 2
        i += 1
    debs = os.path.join(os.path.dirname(out), 'debs')
    roots, versions, missing = locate(debs, do_fetch and not check)
    if check:
        print('missing: ' + (' '.join(missing) if missing else 'none'))
        return 1 if missing else 0
    if missing:
        raise SystemExit('missing Debian packages: %s\n  install them (apt-get install %s) or rerun with --fetch '
                         'to download the .deb files into %s' % (' '.join(missing), ' '.join(missing), debs))

    with open(os.path.join(REPO, 'assets', 'sample-article.txt'), 'rb') as f:
        sample = f.read().decode('utf-8').replace('\r\n', '\n')
    streams = [
        ('fortunes', fortune_articles(roots['fortunes'])),
        ('jargon-text', jargon_articles(roots['jargon-text'])),
        ('bible-kjv-text', bible_articles(roots)),
    ]
    articles = [('sample-article', sample if sample.endswith('\n') else sample + '\n')]
    total = len(articles[0][1].encode())
    idx = [0] * len(streams)
    while total < target:
        progressed = False
        for k, (name, arts) in enumerate(streams):
            if idx[k] < len(arts) and total < target:
                a = arts[idx[k]]
                idx[k] += 1
                articles.append((name, a))
                total += len(a.encode())
                progressed = True
        if not progressed:
            raise SystemExit('sources exhausted at %d bytes (< %d)' % (total, target))

    if os.path.isdir(os.path.join(out, 'articles')):
        shutil.rmtree(os.path.join(out, 'articles'))
    os.makedirs(os.path.join(out, 'articles'))
    manifest = {'description': 'Gloss throughput corpus: English prose cut into article-sized files',
                'builder': 'bench/corpus/build_corpus.py', 'target_bytes': target,
                'sources': {
                    'sample-article': {'origin': 'assets/sample-article.txt', 'licence': 'see README (bundled sample)'},
                    'fortunes': {'package': 'fortunes', 'version': versions['fortunes'], 'licence': 'BSD (fortune-mod)'},
                    'jargon-text': {'package': 'jargon-text', 'version': versions['jargon-text'],
                                    'licence': 'public domain (The Jargon File 4.4.7)'},
                    'bible-kjv-text': {'package': 'bible-kjv-text', 'version': versions['bible-kjv-text'],
                                       'decoder': 'bible-kjv ' + versions['bible-kjv'],
                                       'licence': 'public domain (King James Version, 1611)'},
                },
                'articles': []}
    h = hashlib.sha256()
    per_source = {}
    for f in os.listdir(out):
        if re.match(r'^all(-\d+)?\.txt$', f):
            os.unlink(os.path.join(out, f))
    chunks, chunk = [], []
    for n, (src, text) in enumerate(articles):
        b = text.encode('utf-8')
        name = 'articles/%05d.txt' % n
        with open(os.path.join(out, name), 'wb') as f:
            f.write(b)
        h.update(b)
        manifest['articles'].append({'file': name, 'source': src, 'bytes': len(b)})
        s = per_source.setdefault(src, {'articles': 0, 'bytes': 0})
        s['articles'] += 1
        s['bytes'] += len(b)
        if chunk and sum(len(x) + 1 for x in chunk) + len(b) + 1 > CHUNK_BYTES:
            chunks.append(chunk)
            chunk = []
        chunk.append(b)
    if chunk:
        chunks.append(chunk)
    manifest['concatenated'] = []
    for k, c in enumerate(chunks):
        name = 'all-%02d.txt' % k
        with open(os.path.join(out, name), 'wb') as f:
            f.write(b'\n'.join(c) + b'\n')
        manifest['concatenated'].append({'file': name, 'articles': len(c), 'bytes': sum(len(x) + 1 for x in c)})
    sizes = sorted(a['bytes'] for a in manifest['articles'])
    manifest['total_bytes'] = total
    manifest['article_count'] = len(articles)
    manifest['article_bytes'] = {'min': sizes[0], 'median': sizes[len(sizes) // 2], 'max': sizes[-1]}
    manifest['per_source'] = per_source
    manifest['sha256'] = h.hexdigest()
    with open(os.path.join(out, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=1)
        f.write('\n')
    log('%d articles, %d bytes (median article %d bytes), sha256 %s -> %s'
        % (len(articles), total, manifest['article_bytes']['median'], manifest['sha256'][:16],
           os.path.relpath(out)))
    for src, s in per_source.items():
        log('  %-15s %5d articles %9d bytes' % (src, s['articles'], s['bytes']))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
