// npm run solve -- <widget-id> ...: builds the WASM module if it is missing,
// then runs web/src/cli/solve.ts (TypeScript, through tsx).
import { existsSync } from 'node:fs';
import { root } from './lib/run.mjs';

if (!existsSync(`${root}build/wasm/stepwise.wasm`) || !existsSync(`${root}node_modules/tsx`)) {
  const { bootstrap } = await import('./lib/bootstrap.mjs');
  const { buildWasm } = await import('./lib/engine.mjs');
  // Build output goes to stderr so stdout stays pure JSON.
  const out = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => process.stderr.write(chunk, ...rest);
  bootstrap({ browser: false });
  buildWasm();
  process.stdout.write = out;
}
const { register } = await import('tsx/esm/api');
register();
await import('../web/src/cli/solve.ts');
