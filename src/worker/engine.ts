/**
 * The engine: holds the loaded data sets (the big arrays) and answers metric requests.
 * Framework-free: the Web Worker exposes it over comlink; tests and the CLI use it in-process.
 * A file becomes part of the active data only after it parsed: a bad file never replaces good data.
 */
import { ingestBytes, inspectBytes } from '../ingest/index';
import type { FileInspection, FileKind, IngestFailure, IngestResult, PresetName, RejectReport } from '../ingest/types';
import { mergeOrderTables, type OrderTable } from '../metrics/table';
import type { EventTable, SpendTable, SurveyTable } from '../metrics/sideTables';
import { computeMetric, type MetricName, type MetricRequest, type MetricResult } from './metricRegistry';
import type { EngineIngestOptions } from './loadChoice';
import type { OrderHalves } from '../ingest/fast/orderHalves';

export interface DatasetMeta {
  id: string;
  fileName: string;
  kind: FileKind;
  preset: PresetName | null;
  rowsRead: number;
  rejects: RejectReport;
  notes: string[];
  /** Rows in the table (orders, responses, spend rows or events). */
  records: number;
}

export interface EngineState {
  /** Bumps on every change of the loaded data; part of every query key. */
  version: number;
  datasets: DatasetMeta[];
  /** Summary of the active orders (all order files merged). */
  orders: { orders: number; customers: number; firstDay: number | null; lastDay: number | null; attributes: { name: string; values: string[] }[] } | null;
}

/** A failed or cancelled load leaves the loaded data as it was (`state` is unchanged). */
export type LoadOutcome =
  | { ok: true; dataset: DatasetMeta; state: EngineState }
  | { ok: false; cancelled: boolean; fileName: string; message: string; state: EngineState };

type Loaded = Exclude<IngestResult, { ok: false }>;

export interface ActiveData {
  orders: OrderTable | null;
  surveys: SurveyTable | null;
  spend: SpendTable | null;
  events: EventTable | null;
}

function recordsOf(result: Loaded): number {
  switch (result.kind) {
    case 'orders':
      return result.table.length;
    case 'surveys':
      return result.table.responses.length;
    case 'spend':
      return result.table.rows.length;
    case 'events':
      return result.table.events.length;
  }
}

export class Engine {
  private readonly loaded = new Map<string, Loaded>();
  private metas: DatasetMeta[] = [];
  private version = 0;
  private nextId = 1;
  private active: ActiveData = { orders: null, surveys: null, spend: null, events: null };
  /** Loads and inspections in progress, by id: AbortSignal cannot cross the worker boundary, an id can. */
  private readonly running = new Map<string, AbortController>();
  /** Ids cancelled before their load reached the engine (the main thread was still reading the file). */
  private readonly cancelledEarly = new Set<string>();

  /** `orderHalves`: a second worker for large orders files (the Web Worker entry gives one; tests and the CLI may). */
  constructor(private readonly orderHalves?: OrderHalves) {}

  state(): EngineState {
    const orders = this.active.orders;
    let summary: EngineState['orders'] = null;
    if (orders) {
      let first = Number.POSITIVE_INFINITY;
      let last = Number.NEGATIVE_INFINITY;
      let purchases = 0;
      for (let i = 0; i < orders.length; i++) {
        const d = orders.day[i]!;
        if (d < first) first = d;
        if (d > last) last = d;
        purchases += orders.isPurchase[i]!;
      }
      summary = {
        orders: purchases,
        customers: orders.customerIds.length,
        firstDay: Number.isFinite(first) ? first : null,
        lastDay: Number.isFinite(last) ? last : null,
        attributes: orders.attributes.map((a) => ({ name: a.name, values: [...a.values].sort() })),
      };
    }
    return { version: this.version, datasets: [...this.metas], orders: summary };
  }

  private startRun(id: string): AbortController {
    const controller = new AbortController();
    if (this.cancelledEarly.delete(id)) controller.abort();
    this.running.set(id, controller);
    return controller;
  }

  /**
   * Parses a file and adds it to the active data. `onProgress` is a separate argument so the worker
   * RPC can pass it as a proxy (functions do not clone). `loadId` names the load for `cancel` and
   * becomes the data set's id (a restarted worker reloads a file under the same id).
   */
  async load(bytes: Uint8Array, options: EngineIngestOptions, onProgress?: (fraction: number) => void, loadId?: string): Promise<LoadOutcome> {
    const id = loadId ?? `d${this.nextId++}`;
    if (this.loaded.has(id) || this.running.has(id)) throw new Error(`load id ${id} is already in use`);
    const controller = this.startRun(id);
    let result: IngestResult;
    try {
      result = await ingestBytes(bytes, { ...options, signal: controller.signal, ...(onProgress ? { onProgress } : {}), ...(this.orderHalves ? { orderHalves: this.orderHalves } : {}) });
    } finally {
      this.running.delete(id);
    }
    if (controller.signal.aborted) return { ok: false, cancelled: true, fileName: options.fileName, message: 'Cancelled', state: this.state() };
    if (!result.ok) return { ok: false, cancelled: false, fileName: result.fileName, message: result.message, state: this.state() };
    const meta: DatasetMeta = {
      id,
      fileName: result.fileName,
      kind: result.kind,
      preset: result.kind === 'orders' ? result.preset : null,
      rowsRead: result.rowsRead,
      rejects: result.rejects,
      notes: result.notes,
      records: recordsOf(result),
    };
    this.loaded.set(id, result);
    this.metas.push(meta);
    this.rebuild();
    return { ok: true, dataset: meta, state: this.state() };
  }

  /** What the mapping screen shows for a file; `inspectId` lets `cancel` stop a long inspection. */
  async inspect(bytes: Uint8Array, options: EngineIngestOptions, inspectId?: string): Promise<FileInspection | IngestFailure> {
    if (!inspectId) return inspectBytes(bytes, options);
    const controller = this.startRun(inspectId);
    try {
      return await inspectBytes(bytes, { ...options, signal: controller.signal });
    } finally {
      this.running.delete(inspectId);
    }
  }

  /** Stops the load or inspection with this id; an id not started yet is stopped as soon as it starts. */
  cancel(id: string): void {
    const controller = this.running.get(id);
    if (controller) controller.abort();
    else this.cancelledEarly.add(id);
  }

  /** After a worker restart: versions continue past the stopped engine's, so no cached figure is reused. */
  continueFrom(version: number): EngineState {
    this.version = Math.max(this.version, version) + 1;
    return this.state();
  }

  remove(id: string): EngineState {
    this.loaded.delete(id);
    this.metas = this.metas.filter((m) => m.id !== id);
    this.rebuild();
    return this.state();
  }

  clear(): EngineState {
    this.loaded.clear();
    this.metas = [];
    this.rebuild();
    return this.state();
  }

  private rebuild(): void {
    const all = [...this.loaded.values()];
    const orderTables = all.flatMap((r) => (r.kind === 'orders' ? [r.table] : []));
    const surveys = all.flatMap((r) => (r.kind === 'surveys' ? r.table.responses : []));
    const spend = all.flatMap((r) => (r.kind === 'spend' ? r.table.rows : []));
    const events = all.flatMap((r) => (r.kind === 'events' ? r.table.events : []));
    this.active = {
      orders: orderTables.length === 0 ? null : orderTables.length === 1 ? orderTables[0]! : mergeOrderTables(orderTables),
      surveys: surveys.length ? { responses: surveys } : null,
      spend: spend.length ? { rows: spend } : null,
      events: events.length ? { events } : null,
    };
    this.version++;
  }

  compute<K extends MetricName>(request: MetricRequest<K>): MetricResult<K> {
    return computeMetric(this.active, request);
  }
}
