/**
 * The mapping chosen for a header, remembered in localStorage (key `retention.mapping.<headerSignature>`)
 * and offered again for the next file with the same columns. Read back through parseLoadChoice.
 */
import { columnKey, headerSignature } from '../../ingest/header';
import type { OrderMapping, SideMapping } from '../../ingest/types';
import { ORDER_ROLES, parseLoadChoice, SIDE_ROLES, type LoadChoice } from '../../worker/loadChoice';

export const MAPPING_KEY_PREFIX = 'retention.mapping.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the browser's settings
  }
}

/** A remembered column name, as this header spells it (the signature ignores case and punctuation). */
function respell(name: string | null | undefined, header: readonly string[]): string | null | undefined {
  if (name === null || name === undefined) return name;
  const key = columnKey(name);
  return header.find((column) => columnKey(column) === key);
}

function respellOrderMapping(mapping: Partial<OrderMapping>, header: readonly string[]): Partial<OrderMapping> {
  const result: Partial<OrderMapping> = {};
  for (const role of ORDER_ROLES) {
    const column = respell(mapping[role], header);
    if (column !== undefined) result[role] = column;
  }
  if (mapping.attributes) result.attributes = mapping.attributes.flatMap((name) => respell(name, header) ?? []);
  return result;
}

function respellSideMapping(mapping: Partial<SideMapping>, header: readonly string[]): Partial<SideMapping> {
  const result: Partial<SideMapping> = {};
  for (const role of SIDE_ROLES) {
    const column = respell(mapping[role], header);
    if (column !== undefined) result[role] = column;
  }
  return result;
}

export function rememberedChoice(header: readonly string[]): LoadChoice | null {
  const text = storage()?.getItem(MAPPING_KEY_PREFIX + headerSignature(header));
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const choice = parseLoadChoice(parsed);
  if (!choice) return null;
  const mapping = choice.mapping && respellOrderMapping(choice.mapping, header);
  const sideMapping = choice.sideMapping && respellSideMapping(choice.sideMapping, header);
  return {
    ...(choice.kind ? { kind: choice.kind } : {}),
    ...(choice.dateOrder ? { dateOrder: choice.dateOrder } : {}),
    ...(mapping ? { mapping } : {}),
    ...(sideMapping ? { sideMapping } : {}),
  };
}

/** Remembers what the user changed for this header (the sheet is not kept: it belongs to one workbook). */
export function rememberChoice(header: readonly string[], choice: LoadChoice): void {
  const { sheet: _sheet, ...kept } = choice;
  if (Object.keys(kept).length === 0) return;
  try {
    storage()?.setItem(MAPPING_KEY_PREFIX + headerSignature(header), JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the choice is simply not remembered.
  }
}
