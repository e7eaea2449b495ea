/** Command-line arguments of `npm run report`. Parse, do not cast (STYLE.md convention 5). */
import { dayFromIso, type Period } from '../metrics/calendar';
import type { PresetName } from '../ingest/types';

export interface ReportArgs {
  files: string[];
  pretty: boolean;
  period: Period;
  calendar: 'gregorian' | 'jalali';
  preset: PresetName | null;
  predict: boolean;
  calibrationEnd: string | null;
  holdoutEnd: string | null;
  timeUnit: 'day' | 'week';
}

export type ParsedArgs = { ok: true; args: ReportArgs } | { ok: false; message: string };

export const USAGE = `Usage: npm run -s report -- FILE [FILE...] [--json] [--pretty]
  [--period day|week|month|quarter|year] [--calendar gregorian|jalali]
  [--preset shopify|woocommerce|stripe|online-retail|cdnow|generic]
  [--predict --calibration-end YYYY-MM-DD [--holdout-end YYYY-MM-DD] [--time-unit day|week]]
Prints one JSON document with the same figures the dashboard shows.`;

const PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
const PRESETS = ['shopify', 'woocommerce', 'stripe', 'online-retail', 'cdnow', 'generic'] as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
  return allowed.find((a) => a === value) ?? null;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: ReportArgs = {
    files: [],
    pretty: false,
    period: 'month',
    calendar: 'gregorian',
    preset: null,
    predict: false,
    calibrationEnd: null,
    holdoutEnd: null,
    timeUnit: 'week',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => argv[++i];
    switch (arg) {
      case '--json':
        break;
      case '--pretty':
        args.pretty = true;
        break;
      case '--predict':
        args.predict = true;
        break;
      case '--period': {
        const v = oneOf(value(), PERIODS);
        if (!v) return { ok: false, message: `--period takes one of ${PERIODS.join(', ')}` };
        args.period = v;
        break;
      }
      case '--calendar': {
        const v = oneOf(value(), ['gregorian', 'jalali'] as const);
        if (!v) return { ok: false, message: '--calendar takes gregorian or jalali' };
        args.calendar = v;
        break;
      }
      case '--preset': {
        const v = oneOf(value(), PRESETS);
        if (!v) return { ok: false, message: `--preset takes one of ${PRESETS.join(', ')}` };
        args.preset = v;
        break;
      }
      case '--time-unit': {
        const v = oneOf(value(), ['day', 'week'] as const);
        if (!v) return { ok: false, message: '--time-unit takes day or week' };
        args.timeUnit = v;
        break;
      }
      case '--calibration-end':
      case '--holdout-end': {
        const v = value();
        if (!v || dayFromIso(v) === null) return { ok: false, message: `${arg} takes a date YYYY-MM-DD` };
        if (arg === '--calibration-end') args.calibrationEnd = v;
        else args.holdoutEnd = v;
        break;
      }
      case '--help':
      case '-h':
        return { ok: false, message: USAGE };
      default:
        if (arg.startsWith('--')) return { ok: false, message: `Unknown option ${arg}\n${USAGE}` };
        args.files.push(arg);
    }
  }
  if (args.files.length === 0) return { ok: false, message: USAGE };
  if (args.predict && !args.calibrationEnd) return { ok: false, message: '--predict needs --calibration-end YYYY-MM-DD' };
  return { ok: true, args };
}
