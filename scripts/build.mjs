// npm run build [-- --base /course/book/] [-- --no-solutions]: the static
// book in dist/, with embed/ (script and iframe embeds), standalone/ (one
// self-contained file per widget) and sw.js (offline).
import { bootstrap } from './lib/bootstrap.mjs';
import { buildWasm } from './lib/engine.mjs';
import { buildSite } from './lib/site.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--base');
const base = at >= 0 ? args[at + 1] : process.env.STEPWISE_BASE || '/';
const solutions = !args.includes('--no-solutions');
if (at >= 0 && !/^\/([\w.-]+\/)*$/.test(base ?? '')) {
  console.error('--base must look like /path/to/book/ (leading and trailing slash)');
  process.exit(2);
}

try {
  bootstrap({ browser: false });
  buildWasm();
  buildSite({ base, solutions });
  const edition = solutions ? 'with worked solutions' : 'without solutions';
  console.log(`\nThe book is in dist/ (base ${base}, ${edition}). Serve that folder with any static web server.`);
} catch (e) {
  console.error(e.message);
  process.exit(e.exitCode || 1);
}
