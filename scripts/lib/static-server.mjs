// A small static server for the built book (npm start, the browser tests and
// the bench), and for the tests' course pages mounted beside it under a
// Content-Security-Policy. `vitepress preview` compresses every response on the fly with
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

/**
 * Serves `dir` under `base`, or several folders side by side: `mounts` maps a
 * path prefix ('/site/') to a folder. `csp`, when given, goes with every
 * response. Resolves with {url (of the first mount), origin, close()}.
 */
export function serveStatic({ dir, base = '/', mounts = { [base]: dir }, csp, port = 0, host = '127.0.0.1' }) {
  // Longest prefix first, so '/site/embed/' would win over '/site/'.
  const folders = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const cache = new Map(); // path -> {mtime, raw, br, gz}
  const load = (file) => {
    const mtime = statSync(file).mtimeMs;
    let c = cache.get(file);
    if (!c || c.mtime !== mtime) cache.set(file, (c = { mtime, raw: readFileSync(file) }));
    return c;
  };
  const server = createServer((req, res) => {
    if (csp) res.setHeader('content-security-policy', csp);
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    const mount = folders.find(([prefix]) => rel.startsWith(prefix));
    if (!mount) return notFound(res, folders[0][1]);
    const [prefix, root] = mount;
    rel = rel.slice(prefix.length);
    let file = normalize(join(root, rel));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) return notFound(res, root);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) return notFound(res, root);
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
  function notFound(res, root) {
    const page = join(root, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(existsSync(page) ? readFileSync(page) : 'Not found');
  }
  const close = () => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  });
  return new Promise((resolve) =>
    server.listen(port, host, () => {
      const origin = `http://${host}:${server.address().port}`;
      resolve({ url: origin + Object.keys(mounts)[0], origin, close });
    }),
  );
}
