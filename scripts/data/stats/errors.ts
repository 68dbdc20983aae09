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

/**
 * A Gemeinde key that appears or disappears between two consecutive periods of a source without a
 * territorial change that explains it: `<file>: <reason>`.
 */
export class ContinuityError extends SourceFileError {
  override name = 'ContinuityError';
  constructor(
    file: string,
    readonly ags: string,
    readonly from: string,
    readonly to: string,
    reason: string,
  ) {
    super(file, reason);
  }
}
