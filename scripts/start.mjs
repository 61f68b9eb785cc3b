// npm start: install what is missing, build, serve the book, print its URL.
import { bootstrap } from './lib/bootstrap.mjs';
import { buildWasm } from './lib/engine.mjs';
import { root, step } from './lib/run.mjs';
import { buildSite } from './lib/site.mjs';
import { serveStatic } from './lib/static-server.mjs';

const port = process.env.PORT || '4173';
try {
  bootstrap({ browser: false });
  buildWasm();
  buildSite();
  const { url } = await serveStatic({ dir: `${root}dist`, base: process.env.STEPWISE_BASE || '/', port: Number(port) });
  step(`Serving the book at ${url}  (Ctrl-C to stop)`);
} catch (e) {
  console.error(e.message);
  process.exit(e.exitCode || 1);
}
