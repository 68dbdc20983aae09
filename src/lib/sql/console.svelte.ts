// The console's state (runes): the query text, the engine's state, the running query's elapsed
// time, the result with its sort order, the schema, and a message for whatever went wrong.
import type { OwnDataset } from '../owndata/index.ts';
import type { Lang } from '../scales/format.ts';
import { SQL_TEXT } from '../i18n/sql.ts';
import { ConsoleEngine, type SchemaTable } from './engine.ts';
import { sortOrder, type SqlResult } from './result.ts';
import { errorMessage } from './run.ts';

export type EngineState = 'starting' | 'ready' | 'running' | 'failed';

export class ConsoleState {
  sql = $state('');
  engineState = $state<EngineState>('starting');
  startError = $state('');
  result = $state.raw<SqlResult | null>(null);
  message = $state('');
  /** Why the user's own datasets are not (all) tables of the console. */
  ownError = $state('');
  /** Seconds since the running query started (updated ten times a second). */
  elapsed = $state(0);
  schema = $state.raw<SchemaTable[]>([]);
  sort = $state<{ column: number; direction: 'asc' | 'desc' } | null>(null);
  order = $derived(
    this.result ? (this.sort ? sortOrder(this.result, this.sort.column, this.sort.direction) : this.result.rows.map((_, i) => i)) : [],
  );
  /** The SQL of the shown result (for downloads and the map). */
  ranSql = $state('');
  #engine: ConsoleEngine | null = null;
  /** The own datasets last asked for: a start that finishes later must not load an older list. */
  #wanted: readonly OwnDataset[] = [];
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly dataUrl: string,
    private readonly lang: () => Lang,
  ) {}

  async start(own: readonly OwnDataset[]): Promise<void> {
    this.#wanted = own;
    this.#engine?.dispose();
    this.engineState = 'starting';
    this.startError = '';
    const engine = (this.#engine = new ConsoleEngine(this.dataUrl));
    try {
      await engine.ready();
      this.schema = await engine.schema();
      this.engineState = 'ready';
    } catch (e) {
      if (engine !== this.#engine) return;
      this.startError = e instanceof Error ? e.message : String(e);
      this.engineState = 'failed';
      return;
    }
    // The atlas' tables are usable even when an own dataset cannot be loaded; that is said apart.
    await this.setOwn(this.#wanted);
  }

  /** The user's own datasets changed: their tables follow (once the engine is up). */
  async setOwn(own: readonly OwnDataset[]): Promise<void> {
    this.#wanted = own;
    const engine = this.#engine;
    if (!engine) return;
    try {
      await engine.ready();
    } catch {
      return; // a failed start is shown by start(); the tables load with the next start
    }
    if (own !== this.#wanted) return; // a newer list was asked for while the engine started
    try {
      await engine.setOwnDatasets(own);
      if (engine === this.#engine) this.ownError = '';
    } catch (e) {
      if (engine === this.#engine) this.ownError = e instanceof Error ? e.message : String(e);
    }
    if (engine === this.#engine) this.schema = await engine.schema().catch(() => this.schema);
  }

  async run(): Promise<void> {
    if (!this.#engine || this.engineState !== 'ready') return;
    const sql = this.sql;
    this.engineState = 'running';
    this.message = '';
    const started = performance.now();
    this.elapsed = 0;
    this.#timer = setInterval(() => (this.elapsed = (performance.now() - started) / 1000), 100);
    try {
      const outcome = await this.#engine.run(sql);
      if (outcome.ok) {
        this.result = outcome.result;
        this.ranSql = sql;
        this.sort = null;
      } else if (!(outcome.error.kind === 'engine' && outcome.error.code === 'interrupted')) {
        this.message = errorMessage(outcome.error, this.lang());
      }
    } finally {
      clearInterval(this.#timer);
      if (this.engineState === 'running') this.engineState = 'ready';
    }
  }

  async cancel(): Promise<void> {
    if (!this.#engine || this.engineState !== 'running') return;
    clearInterval(this.#timer);
    const t = SQL_TEXT[this.lang()];
    // Said at once; the engine may still need a moment (a restarted worker) before the next query.
    this.message = t.cancelled;
    this.engineState = 'starting';
    const how = await this.#engine.cancel();
    if (how === 'restarted') this.message = t.restarted;
    this.engineState = 'ready';
  }

  toggleSort(column: number): void {
    const s = this.sort;
    this.sort = s?.column === column ? (s.direction === 'asc' ? { column, direction: 'desc' } : null) : { column, direction: 'asc' };
  }

  dispose(): void {
    clearInterval(this.#timer);
    this.#engine?.dispose();
    this.#engine = null;
  }
}
