/**
 * What the user chose on the mapping screen for one file: the overrides applied to the ingest.
 * It crosses two storage boundaries (localStorage per header, IndexedDB beside the bytes), so it is
 * parsed, never cast, when read back (STYLE.md convention 5).
 */
import type { FileKind, IngestOptions, OrderMapping, SideMapping } from '../ingest/types';

export interface LoadChoice {
  kind?: FileKind;
  sheet?: string;
  mapping?: Partial<OrderMapping>;
  sideMapping?: Partial<SideMapping>;
  dateOrder?: 'dmy' | 'mdy';
}

/** The options an engine load or inspection accepts over RPC (functions and signals do not cross it). */
export type EngineIngestOptions = Omit<IngestOptions, 'onProgress' | 'signal'>;

const KINDS: readonly FileKind[] = ['orders', 'surveys', 'spend', 'events'];
export const ORDER_ROLES = ['orderId', 'customerId', 'date', 'amount', 'quantity', 'unitPrice', 'refundedAmount', 'status', 'cost', 'customerIdFallback', 'cancelledAt'] as const;
export const SIDE_ROLES = ['customerId', 'date', 'score', 'surveyKind', 'comment', 'channel', 'amount', 'stage'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function columnOrNull(value: unknown): string | null | undefined {
  return value === null || typeof value === 'string' ? value : undefined;
}

/** The `roles` present in `value`, each a column name or null; null when one of them is anything else. */
function parseRoles<Role extends string>(value: Record<string, unknown>, roles: readonly Role[]): Partial<Record<Role, string | null>> | null {
  const mapping: Partial<Record<Role, string | null>> = {};
  for (const role of roles) {
    if (!(role in value)) continue;
    const column = columnOrNull(value[role]);
    if (column === undefined) return null;
    mapping[role] = column;
  }
  return mapping;
}

function parseOrderMapping(value: unknown): Partial<OrderMapping> | null {
  if (!isRecord(value)) return null;
  const mapping: Partial<OrderMapping> | null = parseRoles(value, ORDER_ROLES);
  if (!mapping) return null;
  if ('attributes' in value) {
    const attributes = value.attributes;
    if (!Array.isArray(attributes) || !attributes.every((name): name is string => typeof name === 'string')) return null;
    mapping.attributes = attributes;
  }
  return mapping;
}

function parseSideMapping(value: unknown): Partial<SideMapping> | null {
  return isRecord(value) ? parseRoles(value, SIDE_ROLES) : null;
}

/** A LoadChoice from stored JSON, or null when the shape is not one we wrote. */
export function parseLoadChoice(value: unknown): LoadChoice | null {
  if (!isRecord(value)) return null;
  const choice: LoadChoice = {};
  if (value.kind !== undefined) {
    const kind = KINDS.find((k) => k === value.kind);
    if (!kind) return null;
    choice.kind = kind;
  }
  if (value.sheet !== undefined) {
    if (typeof value.sheet !== 'string') return null;
    choice.sheet = value.sheet;
  }
  if (value.dateOrder !== undefined) {
    if (value.dateOrder !== 'dmy' && value.dateOrder !== 'mdy') return null;
    choice.dateOrder = value.dateOrder;
  }
  if (value.mapping !== undefined) {
    const mapping = parseOrderMapping(value.mapping);
    if (!mapping) return null;
    choice.mapping = mapping;
  }
  if (value.sideMapping !== undefined) {
    const sideMapping = parseSideMapping(value.sideMapping);
    if (!sideMapping) return null;
    choice.sideMapping = sideMapping;
  }
  return choice;
}

/** The ingest options for a file name and a choice (only the fields the user set). */
export function ingestOptionsFor(fileName: string, choice: LoadChoice): EngineIngestOptions {
  return { fileName, ...choice };
}
