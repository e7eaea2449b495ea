/**
 * Excel serial dates. In the 1900 date system serial 1 is 1900-01-01 and Lotus 1-2-3's bug is kept:
 * serial 60 is the non-existent 1900-02-29, so from serial 61 (1900-03-01) on, serial − 25569 is the
 * day number (days since 1970-01-01). In the 1904 system (old Mac workbooks) serial 0 is 1904-01-01.
 * Source: Microsoft, "Date systems in Excel" (support.microsoft.com) and ECMA-376 Part 1, §18.17.4.1.
 */

/** Serial numbers we accept as dates in a numeric text column: 1954-10-03 … 2119-01-10. */
export const EXCEL_SERIAL_MIN = 20000;
export const EXCEL_SERIAL_MAX = 80000;

/** Day number (days since 1970-01-01) of an Excel serial's integer part; null for 1900-02-29 and below 1. */
export function dayFromExcelSerial(serial: number, date1904 = false): number | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) return whole - 24107;
  if (whole < 1 || whole === 60) return null;
  return whole < 60 ? whole - 25568 : whole - 25569;
}

/** Minutes since midnight of the serial's fraction, rounded to the nearest second then floored to the minute. */
export function minutesFromExcelSerial(serial: number): number {
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  return Math.floor(Math.min(seconds, 86_399) / 60);
}
