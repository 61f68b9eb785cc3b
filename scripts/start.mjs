// npm start: install what is missing, build, serve the book, print its URL.
import { bootstrap } from './lib/bootstrap.mjs';
import { buildWasm } from './lib/engine.mjs';
import { run, step } from './lib/run.mjs';
import { buildSite } from './lib/site.mjs';

const port = process.env.PORT || '4173';
try {
  bootstrap({ browser: false });
  buildWasm();
  buildSite();
  step(`Serving the book at http://localhost:${port}/  (Ctrl-C to stop)`);
  run('npx', ['vitepress', 'preview', 'content', '--port', port]);
} catch (e) {
  console.error(e.message);
  process.exit(e.exitCode || 1);
}
