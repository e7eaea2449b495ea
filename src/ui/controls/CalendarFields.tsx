import { t, type MessageKey } from '../../i18n/messages';
import { weekdayName } from '../../i18n/dates';
import type { CalendarSystem } from '../../metrics/calendar';
import { useAppStore } from '../../store/store';

const CALENDARS: readonly CalendarSystem[] = ['gregorian', 'jalali'];

const CALENDAR_LABELS: Readonly<Record<CalendarSystem, MessageKey>> = {
  gregorian: 'controls.calendar.gregorian',
  jalali: 'controls.calendar.jalali',
};

/** Week starts offered: Saturday, Sunday, Monday (0 = Sunday … 6 = Saturday). */
const WEEK_STARTS: readonly number[] = [6, 0, 1];

function isCalendar(value: string): value is CalendarSystem {
  return (CALENDARS as readonly string[]).includes(value);
}

/** Calendar (Gregorian or Solar Hijri) and first day of the week: cohort periods, date fields and labels follow them. */
export function CalendarFields() {
  const calendar = useAppStore((s) => s.settings.calendar);
  const weekStart = useAppStore((s) => s.settings.weekStart);
  const setSettings = useAppStore((s) => s.setSettings);
  const starts = WEEK_STARTS.includes(weekStart) ? WEEK_STARTS : [...WEEK_STARTS, weekStart];
  return (
    <>
      <div className="field">
        <label htmlFor="setting-calendar">{t('controls.calendar')}</label>
        <select id="setting-calendar" value={calendar} onChange={(e) => isCalendar(e.target.value) && setSettings({ calendar: e.target.value })}>
          {CALENDARS.map((choice) => (
            <option key={choice} value={choice}>
              {t(CALENDAR_LABELS[choice])}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="setting-week-start">{t('controls.weekStart')}</label>
        <select id="setting-week-start" value={weekStart} onChange={(e) => setSettings({ weekStart: Number(e.target.value) })}>
          {starts.map((day) => (
            <option key={day} value={day}>
              {weekdayName(day)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
