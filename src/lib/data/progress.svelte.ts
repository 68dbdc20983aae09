// Bytes loaded of total while DuckDB's engine and the tables download (shown as a progress bar).
class LoadProgress {
  loaded = $state(0);
  total = $state(0);
  #files = new Map<string, number>();

  /** Starts counting `files` (path → expected bytes). */
  begin(files: Record<string, number>): void {
    this.#files = new Map(Object.keys(files).map((f) => [f, 0]));
    this.total = Object.values(files).reduce((a, b) => a + b, 0);
    this.loaded = 0;
  }

  report(file: string, bytes: number): void {
    if (!this.#files.has(file)) return;
    this.#files.set(file, bytes);
    let sum = 0;
    for (const b of this.#files.values()) sum += b;
    this.loaded = Math.min(sum, this.total);
  }
}

export const loadProgress = new LoadProgress();
