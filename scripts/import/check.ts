// Validates the data/ files an import would write with the pipeline's own zod schemas; messages point at the official file's row.
import { SourceFileError, SourceRowError } from '../data/stats/errors.ts';
import { runPipeline } from '../data/stats/pipeline.ts';
import {
  DESTATIS_CHANGES_FILE,
  DESTATIS_LISTS_FILE,
  parseDestatisChanges,
  parseDestatisLists,
} from '../data/stats/sources/destatis-changes.ts';
import { buildContext, SOURCE_FILES } from '../data/stats/sources/index.ts';
import { parseZensus2022, ZENSUS_FILE } from '../data/stats/sources/zensus.ts';
import type { Origin } from './extract/common.ts';

/** Validation failure of an import, with the official file's row where the bad value came from. */
export class ImportValidationError extends Error {
  override name = 'ImportValidationError';
}

export interface Written {
  /** Physical line → origin, per changed file. */
  origins: ReadonlyMap<string, ReadonlyMap<number, Origin>>;
  /** Raw column labels per changed file (tidy column → label). */
  columns: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

function located(e: SourceRowError, w: Written): ImportValidationError {
  const origin = w.origins.get(e.file)?.get(e.line);
  if (!origin) return new ImportValidationError(`Prüfung nach dem Einspielen fehlgeschlagen: ${e.message}`);
  const raw = w.columns.get(e.file)?.[e.column];
  return new ImportValidationError(
    `${origin.where}:${origin.row}: ${e.column}${raw ? ` (${raw})` : ''}: ${e.reason} (Zeile ${e.line} in ${e.file})`,
  );
}

/**
 * Every file of data/ as it would be after the import (`texts`), validated: the whole pipeline if one of
 * its sources changed (so `npm run data` will succeed), and the schemas of the two new extracts.
 */
export function checkTexts(texts: Record<string, string | undefined>, changed: ReadonlySet<string>, w: Written): void {
  try {
    const { ctx } = buildContext(texts);
    if (SOURCE_FILES.some((f) => changed.has(f))) runPipeline(texts);
    if (changed.has(ZENSUS_FILE)) parseZensus2022(texts[ZENSUS_FILE]!, ctx);
    if (changed.has(DESTATIS_CHANGES_FILE)) parseDestatisChanges(texts[DESTATIS_CHANGES_FILE]!);
    if (changed.has(DESTATIS_LISTS_FILE)) parseDestatisLists(texts[DESTATIS_LISTS_FILE]!);
  } catch (e) {
    if (e instanceof SourceRowError) throw located(e, w);
    if (e instanceof SourceFileError) throw new ImportValidationError(`Prüfung nach dem Einspielen fehlgeschlagen: ${e.message}`);
    throw new ImportValidationError(`Prüfung nach dem Einspielen fehlgeschlagen: ${(e as Error).message}`);
  }
}
