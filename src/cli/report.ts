/**
 * `npm run -s report -- FILE [options]`: the dashboard's figures as one JSON document.
 * Exit codes: 0 printed a report, 1 no usable orders, 2 bad arguments.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from './args';
import { buildReport } from './buildReport';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { args } = parsed;
  const files = [];
  for (const path of args.files) {
    try {
      files.push({ name: basename(path), bytes: new Uint8Array(await readFile(path)) });
    } catch (error) {
      process.stderr.write(`${path}: cannot be read (${error instanceof Error ? error.message : String(error)})\n`);
      return 1;
    }
  }
  const result = await buildReport(files, args);
  if (!result.ok) {
    process.stderr.write(`${result.message}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(result.report, null, args.pretty ? 2 : undefined)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
