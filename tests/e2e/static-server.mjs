// SPDX-License-Identifier: MIT
// A tiny static file server for dist/ (tests, benchmarks and ./build-wasm.sh --serve): loopback
// only, .wasm served as application/wasm, no directory listings, no paths outside the root.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Serves `root` on 127.0.0.1. port 0 picks a free one. Resolves {server, port, url}. */
export function startServer(root, port = 0, host = '127.0.0.1') {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolvePromise({ server, port: actual, url: `http://${host}:${actual}/` });
    });
  });
}

/** Tries `first`, then the next ports, until one is free. */
export async function startServerFrom(root, first, tries = 100) {
  for (let p = first; p < first + tries; ++p) {
    try {
      return await startServer(root, p);
    } catch (e) {
      if (e.code !== 'EADDRINUSE' && e.code !== 'EACCES') throw e;
    }
  }
  throw new Error(`no free port in ${first}..${first + tries - 1}`);
}

// CLI: node tests/e2e/static-server.mjs DIR [FIRST_PORT]
if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  const root = process.argv[2] || 'dist';
  const first = Number(process.argv[3] || 8080);
  const { url } = await startServerFrom(root, first);
  console.log(`Serving ${root} at ${url}  (Ctrl+C stops)`);
}
