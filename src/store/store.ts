/**
 * What the user chose: the loaded data sets' metadata, settings and filters, plus the state of
 * an upload in progress. Nothing derived is stored here (figures live in react-query's cache).
 */
import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Filters, type Settings } from '../metrics/settings';
import type { EngineState } from '../worker/engine';

export interface UploadProblem {
  fileName: string;
  message: string;
}

export interface AppStore {
  engine: EngineState;
  settings: Settings;
  filters: Filters;
  upload: { fileName: string; progress: number } | null;
  problems: UploadProblem[];
  /** Data set id → IndexedDB record of its file. */
  stored: Readonly<Record<string, number>>;
  setEngineState: (engine: EngineState) => void;
  setSettings: (patch: Partial<Settings>) => void;
  setFilters: (patch: Partial<Filters>) => void;
  clearFilters: () => void;
  startUpload: (fileName: string) => void;
  setUploadProgress: (progress: number) => void;
  finishUpload: () => void;
  reportProblem: (problem: UploadProblem) => void;
  dismissProblems: () => void;
  rememberStored: (datasetId: string, seq: number) => void;
  forgetStored: () => void;
}

export const EMPTY_ENGINE: EngineState = { version: 0, datasets: [], orders: null };

export const useAppStore = create<AppStore>()((set) => ({
  engine: EMPTY_ENGINE,
  settings: DEFAULT_SETTINGS,
  filters: {},
  upload: null,
  problems: [],
  stored: {},
  setEngineState: (engine) => set({ engine }),
  setSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set({ filters: {} }),
  startUpload: (fileName) => set({ upload: { fileName, progress: 0 } }),
  setUploadProgress: (progress) => set((s) => (s.upload ? { upload: { ...s.upload, progress } } : {})),
  finishUpload: () => set({ upload: null }),
  reportProblem: (problem) => set((s) => ({ problems: [...s.problems.slice(-4), problem] })),
  dismissProblems: () => set({ problems: [] }),
  rememberStored: (datasetId, seq) => set((s) => ({ stored: { ...s.stored, [datasetId]: seq } })),
  forgetStored: () => set({ stored: {} }),
}));
