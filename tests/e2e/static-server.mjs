// A static server for the embed and offline tests: built folders mounted
// side by side (a book under a sub-path, a course's host page), every
// response sent with a strict Content-Security-Policy. vitepress preview can
// do neither.
import http from 'node:http';
import sirv from 'sirv';

/** The policy the book and the embeds must work under (docs: content/embedding.md). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** mounts: { '/prefix/': absoluteDir }. Resolves to { origin, stop }. */
export async function serveStatic(mounts, { csp = STRICT_CSP } = {}) {
  const handlers = Object.entries(mounts)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([prefix, dir]) => [prefix, sirv(dir, { dev: true })]);
  const server = http.createServer((req, res) => {
    res.setHeader('Content-Security-Policy', csp);
    const notFound = () => {
      res.statusCode = 404;
      res.end('not found');
    };
    const hit = handlers.find(([prefix]) => req.url.startsWith(prefix));
    if (!hit) return notFound();
    req.url = req.url.slice(hit[0].length - 1);
    hit[1](req, res, notFound);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}

/**
 * The book's policy: the strict one plus style attributes (KaTeX places every
 * glyph with them; Plotly marks heat-map images pixelated with one) and data:
 * images (VitePress's icons; Plotly paints heat maps into a PNG data URL).
 * content/embedding.md explains each.
 */
export const BOOK_CSP = `${STRICT_CSP}; style-src-attr 'unsafe-inline'; img-src 'self' data:`;
