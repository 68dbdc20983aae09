// The import report as a CSV file: one line per input row with its status, for German Excel
// (UTF-8 BOM, ";", CRLF) in German and plain CSV (",") in English. (export/ has no public index to reuse.)
import type { Lang } from '../scales/format.ts';
import { OWNDATA_TEXT } from '../i18n/owndata.ts';
import type { ImportReport } from './dataset.ts';

/** Text Excel would run as a formula gets a leading apostrophe. */
const defuse = (s: string) => (/^[=+@\t\r]|^-[^\d\s.,]/.test(s) ? `'${s}` : s);
const quote = (s: string, sep: string) => (s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** `valueNames`: the value columns' headers; `regionName(ags)`: today's name of a unit. */
export function reportCsv(
  report: ImportReport,
  valueNames: readonly string[],
  lang: Lang,
  regionName: (ags: string) => string | undefined,
): string {
  const t = OWNDATA_TEXT[lang];
  const excel = lang === 'de';
  const sep = excel ? ';' : ',';
  const line = (cells: string[]) => cells.map((c) => quote(excel ? defuse(c) : c, sep)).join(sep);
  const lines = [
    line([t.rowNo, t.keyCell, t.statusCol, t.detailCol, `${t.unitCol} (AGS)`, t.unitCol, ...valueNames]),
    ...report.listed.map((r) =>
      line([
        String(r.row),
        r.key,
        t.status[r.status]!,
        r.detail ? t.detail(r.detail, { old: r.old, firstRow: r.firstRow }) : '',
        r.ags ?? (r.candidates ?? []).map((c) => c.ags).join(' / '),
        r.ags ? (regionName(r.ags) ?? '') : (r.candidates ?? []).map((c) => c.name).join(' / '),
        ...r.values,
      ]),
    ),
  ];
  return (excel ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}
