import { useEffect } from 'react';
import { t, type MessageKey } from '../../i18n/messages';
import { useAppStore, type ThemeChoice } from '../../store/store';
import { THEMES } from '../../store/urlState';

const THEME_LABELS: Readonly<Record<ThemeChoice, MessageKey>> = {
  system: 'controls.theme.system',
  light: 'controls.theme.light',
  dark: 'controls.theme.dark',
};

function isTheme(value: string): value is ThemeChoice {
  return (THEMES as readonly string[]).includes(value);
}

/** Puts the chosen theme on <html data-theme>; 'system' removes it so prefers-color-scheme decides. */
export function useThemeAttribute(): void {
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}

/** Theme choice and the print button, in the page header. */
export function PageTools() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <div className="page-tools no-print" role="group" aria-label={t('controls.pageTools')}>
      <div className="field field--inline">
        <label htmlFor="setting-theme">{t('controls.theme')}</label>
        <select id="setting-theme" value={theme} onChange={(e) => isTheme(e.target.value) && setTheme(e.target.value)}>
          {THEMES.map((choice) => (
            <option key={choice} value={choice}>
              {t(THEME_LABELS[choice])}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('controls.print')}
      </button>
    </div>
  );
}
