/**
 * A source row (or header) that fails validation. The message is exactly
 * `<file relative to dataDir>:<line>: <column>: <reason in German>` (line 1 = header).
 */
export class SourceRowError extends Error {
  override name = 'SourceRowError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${column}: ${reason}`);
  }
}

/** A source file that is missing or unreadable as a whole: `<file>: <reason>`. */
export class SourceFileError extends Error {
  override name = 'SourceFileError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
