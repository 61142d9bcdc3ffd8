#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes an article of exactly N bytes for the memory probe: the throughput corpus's articles
# (bench/out/corpus/articles, built by bench/corpus/build_corpus.py) joined by blank lines, or,
# when that corpus is absent, the bundled sample article repeated. Cut at a line break.
import pathlib
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: make_article.py BYTES OUT", file=sys.stderr)
        return 2
    size = int(sys.argv[1])
    out = pathlib.Path(sys.argv[2])
    root = pathlib.Path(__file__).resolve().parents[2]
    corpus = sorted((root / "bench/out/corpus/articles").glob("*.txt"))
    source = "bench/out/corpus/articles" if corpus else "assets/sample-article.txt (repeated)"
    pieces = [p.read_bytes() for p in corpus] or [(root / "assets/sample-article.txt").read_bytes()]
    data = bytearray()
    i = 0
    while len(data) < size:
        data += pieces[i % len(pieces)].rstrip(b"\n") + b"\n\n"
        i += 1
    del data[size:]
    cut = data.rfind(b"\n")
    data = data[: cut + 1] if cut > 0 else data
    data += b"x" * (size - len(data))  # pad the last line: exactly N bytes
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(bytes(data))
    print(f"{out}: {len(data)} bytes from {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
