/** The size check made before a file is read into memory (issue #3: "a 2 GB file"). */
import { t } from '../../i18n/messages';
import { activeIntlLocale } from '../../i18n/locale';
import { MAX_FILE_BYTES } from '../../ingest/limits';

const MEBIBYTE = 1024 * 1024;
const GIBIBYTE = 1024 * MEBIBYTE;

/** "2 GB", "750 MB" in the active locale (binary multiples, as file managers show them). */
export function formatFileSize(bytes: number): string {
  const [value, unit] = bytes >= GIBIBYTE ? [bytes / GIBIBYTE, 'gigabyte'] : [bytes / MEBIBYTE, 'megabyte'];
  return new Intl.NumberFormat(activeIntlLocale(), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** The message for a file above MAX_FILE_BYTES, or null when it can be read. Uses `size` only: nothing is read. */
export function tooLargeMessage(file: { name: string; size: number }): string | null {
  if (file.size <= MAX_FILE_BYTES) return null;
  return t('upload.tooLarge', { file: file.name, size: formatFileSize(file.size) });
}
