/** inspectBytes: what the mapping screen shows before the user commits to a parse. */
import { cancelled, failure } from './failure';
import { INSPECTION_ROWS } from './limits';
import { checkOrderMapping, resolveOrderRules } from './orderMapping';
import { prepareFile, type PreparedFile } from './prepare';
import { profileColumns } from './orders';
import { detectSideMapping } from './sideMapping';
import type { FileInspection, IngestFailure, IngestOptions } from './types';
import { decideDateColumn, emptyDateProfile, observeDate, dataDateOrder } from './values/dateColumn';

async function inspectPrepared(file: PreparedFile, options: IngestOptions): Promise<FileInspection | IngestFailure | 'invalid-encoding'> {
  const kind = file.kind.kind;
  const base = {
    ok: true as const,
    fileName: file.fileName,
    kind,
    kindReason: file.kind.reason,
    header: file.header,
    hasHeader: file.hasHeader,
    sampleRows: file.sample.slice(0, INSPECTION_ROWS).map((row) => row.cells),
    sheetNames: file.sheetNames,
    sheet: file.sheet,
    encoding: file.encoding,
    delimiter: file.delimiter,
    compression: file.compression,
  };
  if (kind === 'orders') {
    const rules = resolveOrderRules(file.header, file.cdnow, options.preset, options.mapping);
    const notes = [...file.notes];
    const problem = checkOrderMapping(file.fileName, file.header, rules.mapping);
    if (problem) notes.push(problem.message);
    const dateColumn = rules.mapping.date;
    let dateOrder: FileInspection['dateOrder'] = null;
    let dateFormats: string[] = [];
    if (dateColumn) {
      const profiles = await profileColumns(file, dateColumn, [], options, 1);
      if (profiles === 'cancelled') return cancelled(file.fileName);
      if (profiles === 'invalid-encoding') return profiles;
      const decision = decideDateColumn(profiles.date, options.dateOrder, dateColumn);
      dateOrder = decision.dataOrder;
      dateFormats = decision.formats;
      if (decision.note) notes.push(decision.note);
    }
    return { ...base, preset: rules.preset, presetReason: rules.reason, mapping: rules.mapping, sideMapping: null, dateColumn, dateOrder, dateFormats, notes };
  }
  const sideMapping = detectSideMapping(kind, file.header, options.sideMapping);
  const profile = emptyDateProfile();
  const dateIndex = sideMapping.date ? file.header.indexOf(sideMapping.date) : -1;
  if (dateIndex >= 0) for (const row of file.sample) observeDate(profile, row.cells[dateIndex] ?? '');
  const decision = sideMapping.date ? decideDateColumn(profile, options.dateOrder, sideMapping.date) : null;
  return {
    ...base,
    preset: null,
    presetReason: null,
    mapping: null,
    sideMapping,
    dateColumn: sideMapping.date,
    dateOrder: dataDateOrder(profile),
    dateFormats: decision?.formats ?? [],
    notes: decision?.note ? [...file.notes, decision.note] : file.notes,
  };
}

/**
 * Looks at a file without parsing it all: kind, preset, header, mapping, the first rows, sheets,
 * encoding, delimiter and the date order ('ambiguous' when the UI must ask). Reads the whole date
 * column only when the first 64 KiB cannot settle the day/month order.
 */
export async function inspectBytes(bytes: Uint8Array, options: IngestOptions): Promise<FileInspection | IngestFailure> {
  let file = await prepareFile(bytes, options);
  if ('ok' in file) return file;
  const result = await inspectPrepared(file, options);
  if (result !== 'invalid-encoding') return result;
  const retry = await prepareFile(bytes, options, 'legacy');
  if ('ok' in retry) return retry;
  file = retry;
  const second = await inspectPrepared(file, options);
  return second === 'invalid-encoding' ? failure(options.fileName, 'the text could not be decoded in any encoding we know (UTF-8, UTF-16, Windows-1252, Windows-1256).') : second;
}
