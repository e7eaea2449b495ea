/**
 * Money and other numbers as marketers' exports write them:
 * `1,234.56`, `1.234,56`, `1 234,56`, `1'234.56`, `٬`/`٫` (Arabic thousands/decimal), Persian and
 * Arabic-Indic digits, a currency symbol or code before or after (`$`, `€`, `£`, `﷼`, `ریال`, `تومان`,
 * `USD`, `IRR`…), negatives as `-5`, `5-`, `(5)` or `−5`.
 *
 * A lone `,` or `.` followed by exactly three digits (`1,234`) is ambiguous: the column's decimal
 * separator (moneyColumn.ts) decides it. Anything else that does not fit → null (a reject, never 0).
 */
import { MAX_ABSOLUTE_NUMBER } from '../limits';
import { asciiDigits } from './digits';

export type DecimalSeparator = '.' | ',';

const CURRENCY_SYMBOLS = '$€£¥₹₺₽₩₪₫฿₴₦₱﷼';
/** Currency words and abbreviations written beside amounts (longest first so `US$` wins over `$`). */
const CURRENCY_WORDS = ['us$', 'ca$', 'au$', 'nz$', 'hk$', 'a$', 'c$', 'r$', 'rs.', 'rs', 'kr.', 'kr', 'zł', 'fr.', 'ریال', 'تومان', 'تومن', 'ر.س', 'د.إ', 'د.ا', 'ر.ق', 'د.ك', 'ج.م', 'ر.ع', 'د.ب', 'ل.ل'];
/** ISO 4217 codes are written in capitals: `USD 12`, `12 IRR`. */
const CURRENCY_CODE_BEFORE = /^[A-Z]{3}\s*(?=[\d(.,+\-\u2212])/;
const CURRENCY_CODE_AFTER = /(?<=[\d.)])\s*[A-Z]{3}$/;
const GROUPING_SPACES = /[\s\u00a0\u2007\u2009\u202f'’\u066c]/g;
const HAS_GROUPING_SPACE = /[\s\u00a0\u2007\u2009\u202f'’\u066c]/;
const SIGNS = /^[+\-\u2212]/;
const PLAIN_NUMBER = /^-?\d{1,15}(?:\.\d{1,15})?$/;

interface Stripped {
  body: string;
  negative: boolean;
}

/** Removes currency marks and signs around the number; null when something else is left over. */
function stripDecorations(text: string): Stripped | null {
  let body = text.trim();
  let negative = false;
  let signs = 0;
  if (body.startsWith('(') && body.endsWith(')')) {
    negative = true;
    signs++;
    body = body.slice(1, -1).trim();
  }
  for (let pass = 0; pass < 4; pass++) {
    const before = body;
    if (SIGNS.test(body)) {
      negative = body[0] !== '+';
      signs++;
      body = body.slice(1).trim();
    }
    if (/[+\-\u2212]$/.test(body)) {
      negative = !body.endsWith('+');
      signs++;
      body = body.slice(0, -1).trim();
    }
    body = stripCurrency(body);
    if (body === before) break;
  }
  return body === '' || signs > 1 ? null : { body, negative };
}

function stripCurrency(text: string): string {
  let body = text;
  if (body !== '' && CURRENCY_SYMBOLS.includes(body[0]!)) body = body.slice(1).trim();
  if (body !== '' && CURRENCY_SYMBOLS.includes(body[body.length - 1]!)) body = body.slice(0, -1).trim();
  const lower = body.toLowerCase();
  for (const word of CURRENCY_WORDS) {
    if (lower.startsWith(word)) return body.slice(word.length).trim();
    if (lower.endsWith(word)) return body.slice(0, -word.length).trim();
  }
  const prefix = CURRENCY_CODE_BEFORE.exec(body);
  if (prefix) return body.slice(prefix[0].length).trim();
  const suffix = CURRENCY_CODE_AFTER.exec(body);
  if (suffix) return body.slice(0, -suffix[0].length).trim();
  return body;
}

/**
 * The decimal separator a single value proves, or null when it proves nothing
 * (no separator, or one lone separator before exactly three digits).
 */
export function decimalEvidence(raw: string): DecimalSeparator | null {
  const text = asciiDigits(raw);
  if (text.includes('\u066b')) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const separator: DecimalSeparator | null = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (separator === null) return null;
  const count = text.split(separator).length - 1;
  if (count > 1) return separator === '.' ? ',' : '.';
  const digitsAfter = /^\d*/.exec(text.slice(text.lastIndexOf(separator) + 1))![0].length;
  const digitsBefore = /\d*$/.exec(text.slice(0, text.lastIndexOf(separator)))![0];
  if (digitsAfter !== 3 || digitsBefore === '0' || digitsBefore === '' || digitsBefore.length > 3) return separator;
  return null;
}

/** Integer part with grouping: first group 1–3 digits, then groups of 3 (or 2 then 3, Indian lakh style). */
function ungroup(integer: string, grouping: string | null): string | null {
  if (grouping === null) return /^\d+$/.test(integer) ? integer : null;
  const groups = integer.split(grouping);
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return null;
  for (let i = 0; i < rest.length; i++) {
    const group = rest[i]!;
    const isLast = i === rest.length - 1;
    if (!(isLast ? /^\d{3}$/.test(group) : /^\d{2,3}$/.test(group))) return null;
  }
  return groups.join('');
}

/** Reads a money or number cell; `decimal` is the column's decimal separator for ambiguous values. */
export function readMoney(raw: string, decimal: DecimalSeparator = '.'): number | null {
  // Fast path for the common plain number (`12.5`, `-3`); `1.234` with a decimal comma takes the long way.
  if (PLAIN_NUMBER.test(raw) && (decimal === '.' || !raw.includes('.'))) return Number(raw);
  const stripped = stripDecorations(asciiDigits(raw));
  if (!stripped) return null;
  let body = stripped.body;
  if (/^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i.test(body)) return finite(Number(body), stripped.negative);
  let grouping: string | null = null;
  if (HAS_GROUPING_SPACE.test(body)) {
    body = body.replace(GROUPING_SPACES, ' ');
    grouping = ' ';
  }
  let decimalMark: string | null = null;
  if (body.includes('\u066b')) decimalMark = '\u066b';
  else {
    const evidence = decimalEvidence(body);
    const hasDot = body.includes('.');
    const hasComma = body.includes(',');
    const chosen = evidence ?? decimal;
    if ((chosen === '.' && hasDot) || (chosen === ',' && hasComma)) decimalMark = chosen;
    const other = chosen === '.' ? ',' : '.';
    if (body.includes(other)) {
      if (grouping !== null && grouping !== other) return null;
      grouping = other;
    }
  }
  let integer = body;
  let fraction = '';
  if (decimalMark !== null) {
    const at = body.lastIndexOf(decimalMark);
    if (body.indexOf(decimalMark) !== at) return null;
    integer = body.slice(0, at);
    fraction = body.slice(at + 1);
    if (!/^\d*$/.test(fraction)) return null;
  }
  if (integer === '' && fraction !== '') integer = '0';
  const digits = ungroup(integer, grouping !== null && integer.includes(grouping) ? grouping : null);
  if (digits === null) return null;
  return finite(Number(fraction === '' ? digits : `${digits}.${fraction}`), stripped.negative);
}

/** Finite and at most MAX_ABSOLUTE_NUMBER in size (1e308 is finite, but two of them sum to Infinity). */
function finite(value: number, negative: boolean): number | null {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_ABSOLUTE_NUMBER) return null;
  return negative ? -value : value;
}

/** Reads a quantity, score or other plain number (same rules, '.' decimal unless the value proves ','). */
export function readNumber(raw: string): number | null {
  return readMoney(raw, '.');
}
