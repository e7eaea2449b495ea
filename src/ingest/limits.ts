/** Limits checked before parsing, so a file we cannot handle fails fast with a clear message. */

/** The largest file we read: a browser tab holds the bytes plus the table, and 1 GiB is a safe ceiling. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/** More columns than this is not an export we understand (and would make every row expensive). */
export const MAX_COLUMNS = 2000;

/** Rejected rows kept for the report and the download; the counts stay exact beyond this. */
export const MAX_REJECT_ROWS_KEPT = 10_000;

/** Bytes read to sniff the encoding, delimiter, header and value formats. */
export const SNIFF_BYTES = 64 * 1024;

/** Data rows shown on the mapping screen. */
export const INSPECTION_ROWS = 10;
