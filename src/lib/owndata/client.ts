// The page's side of an import: one worker per file, requests answered in order, progress reported,
// cancel = the worker is terminated (the page and the stored data are untouched).
import { ImportError, type ImportErrorCode } from './errors.ts';
import type { Analysis, DatasetMeta } from './import.ts';
import type { ResolverChange, ResolverRegion } from './keys.ts';
import type { MappingOptions, MappingResult } from './mapping.ts';
import type { OwnDataset } from './dataset.ts';
import type { Request, Response, TableSummary } from './protocol.ts';
import type { Lang } from '../scales/format.ts';

type Pending = { resolve: (r: Response) => void; reject: (e: unknown) => void; onProgress?: (f: number) => void };
type Body<T> = T extends unknown ? Omit<T, 'id'> : never;

export class ImportSession {
  #worker: Worker | null = null;
  #pending = new Map<number, Pending>();
  #next = 1;

  constructor(
    private readonly regions: ResolverRegion[],
    private readonly changes: ResolverChange[],
  ) {}

  #start(): Worker {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Response>) => {
      const res = e.data;
      const p = this.#pending.get(res.id);
      if (!p) return;
      if (res.type === 'progress') return p.onProgress?.(res.fraction);
      this.#pending.delete(res.id);
      if (res.type === 'error') p.reject(new ImportError(res.code as ImportErrorCode, res.params));
      else p.resolve(res);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.#failAll(new ImportError('failed', { reason: e.message || 'worker' }));
    };
    return worker;
  }

  #send(body: Body<Request>, onProgress?: (f: number) => void, transfer: Transferable[] = []): Promise<Response> {
    this.#worker ??= this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      this.#worker!.postMessage({ ...body, id }, transfer);
    });
  }

  #failAll(err: unknown) {
    for (const p of this.#pending.values()) p.reject(err);
    this.#pending.clear();
  }

  /** Reads a file (or pasted text) in the worker; resolves with its summary and the proposed mapping. */
  async parse(
    input: { name: string; file?: Blob; text?: string; headerRow?: number; sheet?: string },
    onProgress?: (fraction: number) => void,
  ): Promise<{ summary: TableSummary; analysis: Analysis }> {
    const res = await this.#send({ type: 'parse', ...input, regions: this.regions, changes: this.changes }, onProgress);
    if (res.type !== 'parsed') throw new ImportError('failed', { reason: res.type });
    return { summary: res.summary, analysis: res.analysis };
  }

  async preview(options: MappingOptions): Promise<MappingResult> {
    const res = await this.#send({ type: 'preview', options });
    if (res.type !== 'preview') throw new ImportError('failed', { reason: res.type });
    return res.result;
  }

  async finish(options: MappingOptions, meta: DatasetMeta, takenTables: string[]): Promise<OwnDataset> {
    const res = await this.#send({ type: 'finish', options, meta, takenTables });
    if (res.type !== 'finished') throw new ImportError('failed', { reason: res.type });
    return res.dataset;
  }

  async reportCsv(options: MappingOptions, lang: Lang): Promise<string> {
    const res = await this.#send({ type: 'reportCsv', options, lang });
    if (res.type !== 'reportCsv') throw new ImportError('failed', { reason: res.type });
    return res.csv;
  }

  /** Stops whatever the worker does (at once: it is terminated). */
  cancel(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll(new ImportError('cancelled'));
  }

  dispose(): void {
    this.cancel();
  }
}
