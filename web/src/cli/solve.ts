// npm run solve -- <widget-id> [--param value ...] [--help]
// Runs a widget's compute through the same WASM module the page uses and
// prints the result as JSON. Bad arguments exit non-zero naming the parameter.
import { ParamError } from '../engine/engine';
import { loadNodeEngine } from '../engine/node';
import { format, parse, defaults, type Value } from '../runtime/params';
import type { ParamSpec, WidgetDef } from '../runtime/types';
import { loadWidget, toJson, widgetIds } from './widgets';

function fail(message: string, code = 2): never {
  process.stderr.write(`solve: ${message}\n`);
  process.exit(code);
}

function describe(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'number':
      return `${spec.integer ? 'integer' : 'number'} in [${spec.min}, ${spec.max}]${spec.scale === 'log' ? ', log scale' : ''}${spec.unit ? `, ${spec.unit}` : ''}`;
    case 'select':
      return `one of ${spec.options.map((o) => o.value).join(' | ')}`;
    case 'toggle':
      return 'true | false';
    case 'list':
      return `comma-separated list, ${spec.minLength}..${spec.maxLength} entries`;
    case 'matrix':
      return `matrix, rows separated by ';' (up to ${spec.maxRows} x ${spec.maxCols})`;
  }
}

function help(def: WidgetDef): string {
  const d = defaults(def.schema);
  const lines = [`${def.id}: ${def.title} (chapter ${def.chapter})`, '', 'Parameters:'];
  for (const [k, spec] of Object.entries(def.schema))
    lines.push(`  --${k} <${describe(spec)}>`, `      ${spec.label}; default ${format(spec, d[k])}${spec.help ? `. ${spec.help}` : ''}`);
  lines.push('', 'Output fields (JSON):');
  for (const [k, v] of Object.entries(def.outputs)) lines.push(`  ${k}: ${v}`);
  return lines.join('\n') + '\n';
}

async function main(argv: string[]): Promise<void> {
  const [id, ...rest] = argv;
  if (!id || id === '--help' || id === '-h')
    return void process.stdout.write(`usage: npm run solve -- <widget-id> [--param value ...] [--help]\nwidgets: ${widgetIds().join(', ')}\n`);
  let def: WidgetDef;
  try {
    def = await loadWidget(id);
  } catch (e) {
    fail((e as Error).message);
  }
  if (rest.includes('--help') || rest.includes('-h')) return void process.stdout.write(help(def));

  const values: Record<string, Value> = defaults(def.schema);
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    const m = /^--([A-Za-z_][\w-]*)(?:=(.*))?$/.exec(arg);
    if (!m) fail(`unexpected argument "${arg}" (parameters look like --name value)`);
    const name = m[1];
    const spec = Object.prototype.hasOwnProperty.call(def.schema, name) ? def.schema[name] : undefined;
    if (!spec) fail(`unknown parameter --${name} for ${id} (see --help)`);
    let text = m[2];
    if (text === undefined) {
      if (i + 1 >= rest.length) fail(`--${name} needs a value`);
      text = rest[++i];
    }
    const r = parse(spec, text);
    if (!r.ok) fail(`--${name} ${r.error} (got "${text}")`);
    values[name] = r.value;
  }

  const engine = await loadNodeEngine();
  try {
    const result = def.compute(engine, values as never, { progress() {} });
    process.stdout.write(toJson(result) + '\n');
  } catch (e) {
    if (e instanceof ParamError) fail(`--${e.param ?? '?'}: ${e.message}`, 1);
    throw e;
  }
}

main(process.argv.slice(2)).catch((e) => fail((e as Error).stack ?? String(e), 1));
