// The import as the user goes through it (runes state): read → set up (the report updates with every
// choice) → confirm → stored. And the stored datasets. A failure anywhere leaves the stored data as they were.
import type { Level } from '../data/catalogue.ts';
import { ImportSession } from './client.ts';
import type { OwnDataset } from './dataset.ts';
import { ImportError } from './errors.ts';
import type { Analysis, DatasetMeta } from './import.ts';
import type { ResolverChange, ResolverRegion } from './keys.ts';
import type { MappingOptions, MappingResult } from './mapping.ts';
import type { TableSummary } from './protocol.ts';
import { listDatasets, removeDataset, saveDataset } from './store.ts';

export type Phase = 'idle' | 'reading' | 'setup' | 'saving';

export class ImportFlow {
  phase = $state<Phase>('idle');
  fileName = $state('');
  progress = $state(0);
  error = $state.raw<ImportError | null>(null);
  summary = $state.raw<TableSummary | null>(null);
  analysis = $state.raw<Analysis | null>(null);
  options = $state.raw<MappingOptions | null>(null);
  result = $state.raw<MappingResult | null>(null);
  meta = $state<DatasetMeta>({ title: '', unit: '', source: '', period: '' });
  answers = $state.raw(new Map<string, string>());
  #session: ImportSession | null = null;
  #source: { file?: Blob; text?: string } = {};
  #previewSeq = 0;

  constructor(
    private readonly regions: ResolverRegion[],
    private readonly changes: ResolverChange[],
  ) {}

  async read(input: { name: string; file?: Blob; text?: string; headerRow?: number; sheet?: string }): Promise<void> {
    this.#session?.dispose();
    const session = (this.#session = new ImportSession(this.regions, this.changes));
    this.#source = { file: input.file, text: input.text };
    Object.assign(this, { phase: 'reading', fileName: input.name, progress: 0, error: null, result: null });
    try {
      const { summary, analysis } = await session.parse(input, (f) => (this.progress = f));
      this.summary = summary;
      this.analysis = analysis;
      this.answers = new Map();
      if (!this.meta.title) this.meta.title = summary.above[0]?.slice(0, 200) ?? input.name.replace(/\.[^.]+$/, '');
      this.phase = 'setup';
      await this.update(analysis.proposal);
    } catch (e) {
      if (session !== this.#session) return;
      this.error = e instanceof ImportError ? e : new ImportError('failed', { reason: e instanceof Error ? e.message : String(e) });
      this.phase = 'idle';
    }
  }

  /** Changes the mapping; the report is recomputed in the worker (the last request wins). */
  async update(options: MappingOptions): Promise<void> {
    this.options = { ...options, choices: this.answers };
    const seq = ++this.#previewSeq;
    try {
      const result = await this.#session!.preview(this.options);
      if (seq === this.#previewSeq) this.result = result;
    } catch (e) {
      if (seq === this.#previewSeq && !(e instanceof ImportError && e.code === 'cancelled')) this.error = e as ImportError;
    }
  }

  answer(question: string, ags: string): void {
    const next = new Map(this.answers);
    next.set(question, ags);
    this.answers = next;
    if (this.options) void this.update(this.options);
  }

  setLevel(level: Level): void {
    if (this.options) void this.update({ ...this.options, nameLevel: level });
  }

  /** Reads the same file again with another header row or sheet. */
  async reread(change: { headerRow?: number; sheet?: string }): Promise<void> {
    await this.read({ name: this.fileName, ...this.#source, ...change });
  }

  async reportCsv(lang: 'de' | 'en'): Promise<string> {
    return this.#session!.reportCsv(this.options!, lang);
  }

  /** The finished dataset (not yet stored). */
  async finish(takenTables: string[]): Promise<OwnDataset> {
    this.phase = 'saving';
    try {
      return await this.#session!.finish(this.options!, $state.snapshot(this.meta), takenTables);
    } finally {
      this.phase = 'setup';
    }
  }

  cancel(): void {
    this.#session?.cancel();
    this.#session = null;
    Object.assign(this, { phase: 'idle', summary: null, analysis: null, options: null, result: null, progress: 0 });
    this.meta = { title: '', unit: '', source: '', period: '' };
  }
}

/** The datasets stored in this browser. If the browser refuses storage, they live until reload (and the page says so). */
export class OwnLibrary {
  datasets = $state.raw<OwnDataset[]>([]);
  loaded = $state(false);
  storageFailed = $state(false);

  #loading: Promise<void> | null = null;

  /** Reads the store once (later calls share the first read). */
  load(): Promise<void> {
    return (this.#loading ??= listDatasets().then(
      ({ datasets }) => {
        this.datasets = datasets;
        this.loaded = true;
      },
      () => {
        this.storageFailed = true;
        this.loaded = true;
      },
    ));
  }

  async add(ds: OwnDataset): Promise<void> {
    try {
      await saveDataset(ds);
    } catch {
      this.storageFailed = true;
    }
    this.datasets = [...this.datasets.filter((d) => d.id !== ds.id), ds];
  }

  async remove(id: string): Promise<void> {
    try {
      await removeDataset(id);
    } catch {
      this.storageFailed = true;
    }
    this.datasets = this.datasets.filter((d) => d.id !== id);
  }
}
