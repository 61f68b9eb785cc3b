// A small static server for the built book (npm start, the browser tests and
// the bench). `vitepress preview` compresses every response on the fly with
// brotli at its slowest setting: Plotly's chunk took seconds even on an idle
// machine. Here each file is compressed once (brotli at a fast setting, or
// gzip), kept in memory, and served with the caching a static host would use.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.txt': 'text/plain',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.ttf']);

/** Serves `dir` under `base`; resolves with {url, close()} once listening. */
export function serveStatic({ dir, base = '/', port = 0, host = '127.0.0.1' }) {
  const cache = new Map(); // path -> {mtime, raw, br, gz}
  const load = (file) => {
    const mtime = statSync(file).mtimeMs;
    let c = cache.get(file);
    if (!c || c.mtime !== mtime) cache.set(file, (c = { mtime, raw: readFileSync(file) }));
    return c;
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(base)) return notFound(res);
    rel = rel.slice(base.length);
    let file = normalize(join(dir, rel));
    if (!file.startsWith(normalize(dir + sep)) && file !== normalize(dir)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) return notFound(res);
    const ext = extname(file);
    const c = load(file);
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    let body = c.raw;
    const accept = String(req.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.has(ext) && c.raw.length > 1024) {
      if (/\bbr\b/.test(accept)) {
        c.br ??= brotliCompressSync(c.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
        body = c.br;
        headers['content-encoding'] = 'br';
      } else if (/\bgzip\b/.test(accept)) {
        c.gz ??= gzipSync(c.raw, { level: 6 });
        body = c.gz;
        headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  function notFound(res) {
    const page = join(dir, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(existsSync(page) ? readFileSync(page) : 'Not found');
  }
  return new Promise((resolve) =>
    server.listen(port, host, () => resolve({ url: `http://${host}:${server.address().port}${base}`, close: () => server.close() })),
  );
}
