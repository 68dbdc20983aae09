// The import worker: reads and parses the file, keeps the table, and maps it on request — so a
// 50 MB file never blocks the page. Only summaries and results go back.
import { ImportError } from './errors.ts';
import { analyse, finish, preview, type Analysis } from './import.ts';
import { createKeyResolver, type KeyResolver } from './keys.ts';
import { parseFile, type ParsedFile } from './parse.ts';
import type { Request, Response } from './protocol.ts';
import { reportCsv } from './report-csv.ts';
import { mapRows } from './mapping.ts';

const scope = self as unknown as { postMessage(m: Response): void; onmessage: ((e: MessageEvent<Request>) => void) | null };
let state: { parsed: ParsedFile; analysis: Analysis; resolver: KeyResolver } | null = null;

const PREVIEW_ROWS = 30;

async function handle(req: Request): Promise<Response> {
  if (req.type === 'parse') {
    const bytes = req.file ? new Uint8Array(await req.file.arrayBuffer()) : undefined;
    const parsed = await parseFile({
      name: req.name,
      bytes,
      text: req.text,
      headerRow: req.headerRow,
      sheet: req.sheet,
      onProgress: (fraction) => scope.postMessage({ type: 'progress', id: req.id, fraction }),
    });
    const resolver = createKeyResolver(req.regions, req.changes);
    const analysis = analyse(parsed, resolver);
    state = { parsed, analysis, resolver };
    const t = parsed.table;
    return {
      type: 'parsed',
      id: req.id,
      analysis,
      summary: {
        file: parsed.file,
        header: t.header,
        preview: t.rows.slice(0, PREVIEW_ROWS),
        rows: t.rows.length,
        headerRow: t.headerRow,
        above: t.above,
        below: t.below,
        blankRows: t.blankRows,
        droppedColumns: t.droppedColumns,
      },
    };
  }
  if (!state) throw new ImportError('failed', { reason: 'no file' });
  const { parsed, analysis, resolver } = state;
  if (req.type === 'preview') return { type: 'preview', id: req.id, result: preview(parsed, analysis, req.options, resolver) };
  if (req.type === 'finish') {
    const result = preview(parsed, analysis, req.options, resolver);
    return { type: 'finished', id: req.id, dataset: finish(parsed, req.options, result, req.meta, req.takenTables) };
  }
  // The downloadable report lists every row, also beyond what is kept in the browser's store.
  const decisions = Object.fromEntries(analysis.profiles.map((p) => [p.index, p.format]));
  const full = mapRows(parsed.table, req.options, resolver, decisions, Infinity).report;
  const names = req.options.valueColumns.map((c) => parsed.table.header[c]!);
  return { type: 'reportCsv', id: req.id, csv: reportCsv(full, names, req.lang, (ags) => resolver.region(ags)?.name) };
}

scope.onmessage = (e) => {
  const req = e.data;
  handle(req).then(
    (res) => scope.postMessage(res),
    (err: unknown) => {
      const code = err instanceof ImportError ? err.code : 'failed';
      const params = err instanceof ImportError ? err.params : { reason: err instanceof Error ? err.message : String(err) };
      scope.postMessage({ type: 'error', id: req.id, code, params });
    },
  );
};
