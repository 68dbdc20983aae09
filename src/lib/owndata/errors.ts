// Why a file cannot be imported, as a code with parameters; the message is chosen in the user's language (i18n/owndata.ts).
export const IMPORT_ERROR_CODES = [
  'empty',
  'binary',
  'xls',
  'pdf',
  'image',
  'archive',
  'xlsxBroken',
  'noTable',
  'tooManyColumns',
  'tooLarge',
  'noKeyColumn',
  'noValueColumn',
  'cancelled',
  'failed',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'ImportError';
  }
}

/** Limits that keep the page responsive and the store small; beyond them the user gets a clear message. */
export const LIMITS = {
  /** Bytes of a file; a 50 MB CSV is fine (parsed in a worker). */
  bytes: 200 * 1024 * 1024,
  columns: 1000,
} as const;
