/**
 * Keeps the view in the address bar: the URL is read once when the app starts (settings,
 * filters, open panel, theme), a click-through source in it is resolved to customer ids once the
 * orders are loaded, and from then on every change of the store replaces the query string
 * (history.replaceState: no history entry per click). Parameters it does not own (?demo) stay.
 */
import { useEffect, useRef } from 'react';
import { useEngine } from '../../queries/engineContext';
import { useAppStore, type AppStore, type ClickThroughSource } from '../../store/store';
import { activeClickThrough, knownAttributeFilters, parseLocaleUrlState, parseUrlState, serialiseUrlState, type LocaleUrlState, type UrlState } from '../../store/urlState';
import { browserLanguage } from '../../i18n/locale';
import { resolveClickThrough } from './clickThrough';

/** Applies a URL's view to the store; returns its click-through source, which needs the data to resolve. */
export function applyUrlState(search: string): ClickThroughSource | null {
  const locale = parseLocaleUrlState(search, browserLanguage());
  const parsed = parseUrlState(search, locale.language);
  useAppStore.setState({ settings: parsed.settings, filters: parsed.filters, openPanel: parsed.openPanel, theme: parsed.theme, clickThrough: null, locale: locale.language, digits: locale.digits });
  return parsed.clickThrough;
}

function urlStateOf(state: AppStore, pending: ClickThroughSource | null): UrlState {
  const filters = { ...state.filters };
  delete filters.customerIds;
  return {
    settings: state.settings,
    filters,
    clickThrough: activeClickThrough(state.filters, state.clickThrough) ?? pending,
    openPanel: state.openPanel,
    theme: state.theme,
  };
}

function writeUrl(state: UrlState): void {
  const { locale, digits } = useAppStore.getState();
  const chosen: LocaleUrlState = { language: locale, digits };
  const search = serialiseUrlState(state, window.location.search, chosen, browserLanguage());
  if (search === window.location.search) return;
  history.replaceState(history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
}

/** `pending`: the click-through source read from the URL at start-up (see applyUrlState). */
export function useUrlSync(pending: ClickThroughSource | null): void {
  const engine = useEngine();
  const hasOrders = useAppStore((s) => s.engine.orders !== null);
  const unresolved = useRef(pending);
  const checked = useRef(false);

  // Once the first orders are in: drop attribute values the data does not have, then resolve the click-through.
  useEffect(() => {
    if (!hasOrders || checked.current) return;
    checked.current = true;
    const state = useAppStore.getState();
    const known = state.engine.orders?.attributes ?? [];
    const attributes = knownAttributeFilters(state.filters.attributes, known);
    if (JSON.stringify(attributes) !== JSON.stringify(state.filters.attributes)) state.setFilters({ attributes });
    const source = unresolved.current;
    if (!source) return;
    const { settings, filters } = useAppStore.getState();
    void resolveClickThrough(engine, settings, filters, source).then((ids) => {
      unresolved.current = null;
      if (ids !== null) useAppStore.getState().showCustomers(ids, source);
      else writeUrl(urlStateOf(useAppStore.getState(), null));
    });
  }, [hasOrders, engine]);

  useEffect(() => {
    writeUrl(urlStateOf(useAppStore.getState(), unresolved.current));
    return useAppStore.subscribe((state, previous) => {
      if (
        state.settings === previous.settings &&
        state.filters === previous.filters &&
        state.clickThrough === previous.clickThrough &&
        state.openPanel === previous.openPanel &&
        state.theme === previous.theme &&
        state.locale === previous.locale &&
        state.digits === previous.digits
      ) {
        return;
      }
      writeUrl(urlStateOf(state, unresolved.current));
    });
  }, []);
}
