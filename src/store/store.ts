/**
 * What the user chose: the loaded data sets' metadata, settings and filters, plus the state of
 * an upload in progress. Nothing derived is stored here (figures live in react-query's cache).
 */
import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Filters, type Settings } from '../metrics/settings';
import type { Period } from '../metrics/calendar';
import type { RfmSegment } from '../metrics/rfmScoring';
import type { CustomerStage } from '../metrics/lifecycle';
import type { EngineState } from '../worker/engine';
import { browserLanguage, defaultCalendarFor, defaultWeekStartFor, setActiveLocale, type DigitsChoice, type Language } from '../i18n/locale';

/** A file being examined for the mapping screen or loaded; `loadId` is what Cancel stops. */
export interface UploadInProgress {
  fileName: string;
  loadId: string;
  step: 'inspecting' | 'loading';
  progress: number;
}

export interface UploadProblem {
  fileName: string;
  message: string;
}

/** Where a click-through customer filter came from (shown in the notice, kept in the URL instead of the ids). */
export type ClickThroughSource =
  | { kind: 'cohort'; label: string; period: Period }
  | { kind: 'segment'; segment: RfmSegment }
  | { kind: 'stage'; stage: CustomerStage };

/** The source of a customer filter and the very id list it produced: it describes filters.customerIds only while that is the same list. */
export interface ClickThrough {
  source: ClickThroughSource;
  customerIds: readonly string[];
}

/** 'system' follows prefers-color-scheme; the others force a theme through data-theme on <html>. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface AppStore {
  engine: EngineState;
  settings: Settings;
  filters: Filters;
  upload: UploadInProgress | null;
  problems: UploadProblem[];
  /** Neutral news about the data (a cancelled upload, an engine restart): shown politely, not as an alert. */
  notices: string[];
  /** Data set id → IndexedDB record of its file. */
  stored: Readonly<Record<string, number>>;
  /** The analysis panel on show (its id), null = the first one. */
  openPanel: string | null;
  clickThrough: ClickThrough | null;
  theme: ThemeChoice;
  /** The interface language: from the browser's languages on a first visit, then the switcher or the URL. */
  locale: Language;
  /** The language's own digits, or Latin digits everywhere. */
  digits: DigitsChoice;
  setEngineState: (engine: EngineState) => void;
  setSettings: (patch: Partial<Settings>) => void;
  setFilters: (patch: Partial<Filters>) => void;
  clearFilters: () => void;
  startUpload: (fileName: string, loadId: string, step: UploadInProgress['step']) => void;
  setUploadProgress: (progress: number) => void;
  finishUpload: () => void;
  reportProblem: (problem: UploadProblem) => void;
  showNotice: (message: string) => void;
  dismissNotices: () => void;
  dismissProblems: () => void;
  rememberStored: (datasetId: string, seq: number) => void;
  forgetStored: () => void;
  setOpenPanel: (id: string | null) => void;
  /** Filters the page to these customers and remembers where they came from. */
  showCustomers: (customerIds: readonly string[], source: ClickThroughSource) => void;
  setTheme: (theme: ThemeChoice) => void;
  /** Switches the language; the calendar and week start follow that language's defaults (the user can change them after). */
  setLocale: (locale: Language) => void;
  setDigits: (digits: DigitsChoice) => void;
}

export const EMPTY_ENGINE: EngineState = { version: 0, datasets: [], orders: null };

const initialLanguage = browserLanguage();

export const useAppStore = create<AppStore>()((set) => ({
  engine: EMPTY_ENGINE,
  settings: { ...DEFAULT_SETTINGS, calendar: defaultCalendarFor(initialLanguage), weekStart: defaultWeekStartFor(initialLanguage) },
  filters: {},
  upload: null,
  problems: [],
  notices: [],
  stored: {},
  setEngineState: (engine) => set({ engine }),
  setSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set({ filters: {} }),
  startUpload: (fileName, loadId, step) => set({ upload: { fileName, loadId, step, progress: 0 } }),
  setUploadProgress: (progress) => set((s) => (s.upload ? { upload: { ...s.upload, progress } } : {})),
  finishUpload: () => set({ upload: null }),
  reportProblem: (problem) => set((s) => ({ problems: [...s.problems.slice(-4), problem] })),
  dismissProblems: () => set({ problems: [] }),
  showNotice: (message) => set((s) => ({ notices: [...s.notices.slice(-4), message] })),
  dismissNotices: () => set({ notices: [] }),
  rememberStored: (datasetId, seq) => set((s) => ({ stored: { ...s.stored, [datasetId]: seq } })),
  forgetStored: () => set({ stored: {} }),
  openPanel: null,
  clickThrough: null,
  theme: 'system',
  setOpenPanel: (openPanel) => set({ openPanel }),
  showCustomers: (customerIds, source) => set((s) => ({ filters: { ...s.filters, customerIds }, clickThrough: { source, customerIds } })),
  setTheme: (theme) => set({ theme }),
  locale: initialLanguage,
  digits: 'locale',
  setLocale: (locale) =>
    set((s) => (s.locale === locale ? {} : { locale, settings: { ...s.settings, calendar: defaultCalendarFor(locale), weekStart: defaultWeekStartFor(locale) } })),
  setDigits: (digits) => set({ digits }),
}));

// Formatters and t() read the active locale (src/i18n/locale.ts): keep it in step with the store,
// synchronously, so the render that follows a change already uses it.
setActiveLocale({ language: initialLanguage, digits: 'locale' });
useAppStore.subscribe((state, previous) => {
  if (state.locale !== previous.locale || state.digits !== previous.digits) setActiveLocale({ language: state.locale, digits: state.digits });
});
