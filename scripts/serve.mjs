// A small static file server for the examples and the browser tests.
//   node scripts/serve.mjs [port]   serves examples/ with build/web/ beside it
// A request is looked up in each root directory in turn, so pyscript.js,
// pipit.js and pipit.wasm (build/web/) appear next to the example pages.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.py': 'text/x-python; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

// The first existing file for [urlPath] under [roots], or null.
function resolveFile(roots, urlPath) {
  let rel = decodeURIComponent(urlPath.split('?')[0]);
  if (rel.endsWith('/')) rel += 'index.html';
  for (const root of roots) {
    const file = path.join(root, path.normalize(rel));
    if (file !== root && !file.startsWith(root + path.sep)) return null; // no escaping with ..
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not in this root
    }
  }
  return null;
}

// Starts serving [roots] on [host]:[port] (0: a free port). Resolves to the
// server; server.url is its base URL.
export function startServer({ roots, port = 0, host = '127.0.0.1' }) {
  const absRoots = roots.map((r) => path.resolve(r));
  const server = http.createServer((req, res) => {
    const file = resolveFile(absRoots, req.url);
    if (!file && req.url === '/favicon.ico') {
      res.writeHead(204); // browsers ask for one; an empty answer keeps logs clean
      res.end();
      return;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    // Revalidated on every load (no-cache), but a 304 lets the browser
    // reuse its cache, including Chromium's cache of compiled wasm.
    const stat = fs.statSync(file);
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
    const headers = {
      'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ETag: etag,
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.url = `http://${host}:${server.address().port}/`;
      resolve(server);
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const port = Number(process.argv[2] || process.env.PORT || 8000);
  const server = await startServer({
    roots: [path.join(repo, 'examples'), path.join(repo, 'build', 'web')],
    port,
  });
  console.log(`Serving the examples at ${server.url} (Ctrl-C to stop)`);
}
