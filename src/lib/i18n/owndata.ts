// Texts of "Eigene Daten" (import, report, stored datasets). German is the source; English mirrors every key.
import { formatNumber } from '../scales/format.ts';
// (The core imports no feature: the status and error codes are checked against owndata/ by tests/unit/owndata/texts.test.ts.)

type Params = Record<string, string | number>;

const de = {
  title: 'Eigene Daten',
  ownData: 'eigene Daten',
  intro:
    'CSV-, TSV- oder Excel-Datei (XLSX) mit Gemeinde-, Kreis- oder Regierungsbezirksschlüsseln oder Namen. Die Daten bleiben in diesem Browser und werden nicht hochgeladen.',
  drop: 'Datei hierher ziehen',
  pick: 'Datei auswählen',
  orPaste: 'oder Zellen aus Excel einfügen',
  pasteLabel: 'Aus Excel kopierte Zellen',
  pastePlaceholder: 'Zellen in Excel markieren, kopieren (Strg+C) und hier einfügen (Strg+V)',
  pasteRead: 'Eingefügte Zellen lesen',
  pasted: 'Eingefügte Zellen',
  reading: (name: string) => `${name} wird gelesen …`,
  progress: (pct: number) => `${pct} %`,
  cancel: 'Abbrechen',
  retry: 'Andere Datei wählen',
  fileInfo: (p: { format: string; encoding?: string; separator?: string; sheet?: string; rows: number; headerRow: number }) =>
    [
      p.format.toUpperCase(),
      p.encoding ? (ENCODING.de[p.encoding as keyof (typeof ENCODING)['de']] ?? p.encoding) : '',
      p.separator ? `Trennzeichen ${SEPARATOR.de[p.separator as keyof (typeof SEPARATOR)['de']] ?? p.separator}` : '',
      p.sheet ? `Blatt „${p.sheet}“` : '',
      `${p.rows.toLocaleString('de-DE')} Datenzeilen`,
      p.headerRow ? `Kopfzeile in Zeile ${p.headerRow}` : 'ohne Kopfzeile',
    ]
      .filter(Boolean)
      .join(' · '),
  headerRow: 'Kopfzeile in Zeile',
  sheet: 'Tabellenblatt',
  skippedAbove: (n: number) => `${formatNumber(n, 0)} Titelzeile${n === 1 ? '' : 'n'} über der Tabelle übersprungen`,
  skippedBelow: (n: number) => `${formatNumber(n, 0)} Anmerkung${n === 1 ? '' : 'en'} unter der Tabelle übersprungen`,
  droppedColumns: (n: number) => `${n} leere Spalte${n === 1 ? '' : 'n'} rechts entfernt`,
  blankRows: (n: number) => `${formatNumber(n, 0)} leere Zeile${n === 1 ? '' : 'n'} übersprungen`,
  setup: 'Zuordnung',
  keyColumn: 'Schlüssel- oder Namensspalte',
  nameLevel: 'Namen bezeichnen',
  valueColumns: 'Wertespalten',
  format: 'Zahlenformat',
  formats: { de: 'deutsch (1.234,5)', en: 'englisch (1,234.5)', native: 'Excel-Zahl' },
  formatReason: {
    deOnly: (ex: string) => `erkannt an „${ex}“`,
    enOnly: (ex: string) => `erkannt an „${ex}“`,
    majority: (ex: string) => `überwiegend, z. B. „${ex}“ – bitte prüfen`,
    integers: () => 'nur ganze Zahlen',
    ungrouped: (ex: string) => `„${ex}“ ist eine Dezimalzahl: die Spalte hat Zahlen über 999 ohne Tausenderpunkt`,
    fileHint: (ex: string) => `„${ex}“ passt zu beiden Formaten – angenommen nach dem Rest der Datei; bitte prüfen`,
    none: () => '',
    user: () => 'von Ihnen gewählt',
  } as Record<string, (example: string) => string>,
  kind: 'Art der Werte',
  kinds: { count: 'Anzahlen (für Kreise und Regierungsbezirke summiert)', share: 'Anteile oder Quoten (gewichtet gemittelt)' },
  weight: 'Gewicht',
  weights: { population: 'Einwohnerzahl (wie im Atlas)', column: 'Spalte der Datei' },
  weightColumn: 'Gewichtsspalte',
  meta: 'Beschreibung',
  titleLabel: 'Titel',
  unitLabel: 'Einheit',
  unitPlaceholder: 'z. B. Anschlüsse, %, €',
  periodLabel: 'Stand oder Jahr',
  sourceLabel: 'Quelle',
  sourcePlaceholder: 'z. B. Breitbandkoordination Kreis Gießen, Ausbauliste 2024',
  required: 'Pflichtfeld',
  report: 'Prüfbericht',
  reportIntro: (rows: number) => `Jede der ${rows.toLocaleString('de-DE')} Datenzeilen ist genau einmal gezählt:`,
  status: {
    matched: 'zugeordnet',
    mapped: 'über alten Schlüssel zugeordnet',
    duplicate: 'doppelt (nicht übernommen)',
    ambiguous: 'mehrdeutig (nicht übernommen)',
    unmatched: 'nicht gefunden',
    invalid: 'ungültiger Wert',
  } as Record<string, string>,
  detail: (code: string, p: { old?: string; firstRow?: number }): string => {
    const [kind, arg] = code.split(/:(.*)/s);
    switch (kind) {
      case 'ags':
        return 'AGS';
      case 'agsLostZero':
        return 'AGS ohne führende Null';
      case 'ars':
        return 'Regionalschlüssel (ARS)';
      case 'arsLostZero':
        return 'ARS ohne führende Null';
      case 'name':
        return 'Name';
      case 'namePrefix':
        return 'Namensanfang';
      case 'choice':
        return 'Ihre Auswahl';
      case 'from':
        return `früher ${arg} (${p.old})`;
      case 'sameKey':
        return `schon in Zeile ${p.firstRow}`;
      case 'ask':
        return 'passt zu mehreren Gebieten';
      case 'leftOut':
        return 'von Ihnen ausgelassen';
      case 'empty':
        return 'leerer Schlüssel';
      case 'notHessen':
        return 'Schlüssel außerhalb Hessens';
      case 'unknownKey':
        return 'unbekannter Schlüssel';
      case 'unknownName':
        return 'unbekannter Name';
      case 'notANumber':
        return `keine Zahl in „${arg}“`;
      case 'noValue':
        return 'kein Wert (leer oder Platzhalter wie „.“, „–“, „x“)';
      case 'noWeight':
        return `kein Gewicht in „${arg}“`;
      default:
        return code;
    }
  },
  unitNote: {
    partialMerge: 'nicht alle zusammengeführten Zeilen haben einen Wert: kein Wert',
    noMergeWeight: 'Anteile früherer Gemeinden ohne Gewicht nicht zusammenführbar: kein Wert',
  } as Record<string, string>,
  questions: 'Mehrdeutige Namen',
  questionIntro: 'Diese Namen passen zu mehreren Gebieten. Bitte wählen – es wird nicht geraten.',
  leaveOut: 'auslassen',
  choose: 'bitte wählen',
  rowsOf: (n: number) => `${formatNumber(n, 0)} Zeile${n === 1 ? '' : 'n'}`,
  showRows: 'Zeilen zeigen',
  rowsTable: 'Zeilen des Prüfberichts',
  filterAll: 'alle',
  rowNo: 'Zeile',
  keyCell: 'Schlüssel/Name',
  statusCol: 'Ergebnis',
  detailCol: 'Hinweis',
  unitCol: 'Gebiet heute',
  valueCol: 'Wert (gelesen)',
  downloadReport: 'Prüfbericht herunterladen (CSV)',
  reportFile: 'pruefbericht',
  truncatedRows: (shown: number, total: number) =>
    `${shown.toLocaleString('de-DE')} von ${total.toLocaleString('de-DE')} Zeilen gezeigt; der Download enthält alle.`,
  summary: (p: { gemeinde: number; kreis: number; rb: number; land: number }) =>
    [
      p.gemeinde ? `${p.gemeinde} Gemeinde${p.gemeinde === 1 ? '' : 'n'}` : '',
      p.kreis ? `${p.kreis} Kreis${p.kreis === 1 ? '' : 'e'}` : '',
      p.rb ? `${p.rb} Regierungsbezirk${p.rb === 1 ? '' : 'e'}` : '',
      p.land ? 'Hessen' : '',
    ]
      .filter(Boolean)
      .join(', ') || 'keine Gebiete',
  confirm: 'Übernehmen',
  confirmHint: 'Übernimmt die zugeordneten Werte; die anderen Zeilen stehen im Prüfbericht.',
  needTitleSource: 'Bitte Titel und Quelle angeben.',
  needValue: 'Bitte mindestens eine Wertespalte wählen.',
  saved: (title: string) => `„${title}“ gespeichert – nur in diesem Browser.`,
  stored: 'Gespeicherte eigene Daten',
  none: 'Noch keine eigenen Daten.',
  storedInfo: (p: { units: string; rows: number; date: string }) =>
    `${p.units} · ${p.rows.toLocaleString('de-DE')} Zeilen · importiert am ${p.date}`,
  show: 'Auf der Karte zeigen',
  showLabel: (title: string) => `„${title}“ auf der Karte zeigen`,
  remove: 'Entfernen',
  removeLabel: (title: string) => `„${title}“ entfernen`,
  removed: (title: string) => `„${title}“ entfernt.`,
  showReport: 'Prüfbericht',
  onlyHere: 'Nur in diesem Browser gespeichert, nie hochgeladen.',
  sharedLink: 'Dieser Link zeigt eigene Daten, die nur im Browser der Person liegen, die ihn geteilt hat. Sie sind hier nicht verfügbar.',
  storeFailed: 'Der Browser erlaubt keine Speicherung (privates Fenster?). Die Daten gelten nur bis zum Neuladen.',
  errors: {
    empty: () => 'Die Datei ist leer.',
    binary: () => 'Das ist keine Textdatei (CSV/TSV) und keine Excel-Datei (XLSX).',
    xls: () =>
      'Alte Excel-Dateien (.xls) werden nicht gelesen. Bitte in Excel als „Excel-Arbeitsmappe (.xlsx)“ oder „CSV UTF-8“ speichern.',
    pdf: () => 'Das ist eine PDF-Datei. Bitte die Tabelle als CSV oder XLSX speichern.',
    image: () => 'Das ist ein Bild. Bitte die Tabelle als CSV oder XLSX speichern.',
    archive: () => 'Das ist ein Archiv (ZIP/GZIP). Bitte die Tabelle entpacken und die CSV- oder XLSX-Datei wählen.',
    xlsxBroken: () => 'Die Excel-Datei lässt sich nicht lesen (beschädigt oder keine XLSX-Arbeitsmappe).',
    noTable: () => 'In der Datei steht keine Tabelle.',
    tooManyColumns: (p: Params) =>
      `Die Datei hat ${Number(p.columns).toLocaleString('de-DE')} Spalten; gelesen werden höchstens ${Number(p.limit).toLocaleString('de-DE')}. Bitte nur die benötigten Spalten speichern.`,
    tooLarge: (p: Params) => `Die Datei ist ${p.mb} MB groß; gelesen werden höchstens ${p.limit} MB.`,
    noKeyColumn: (p: Params) =>
      `Keine Spalte enthält Gemeinde-, Kreis- oder Regierungsbezirksschlüssel (AGS, ARS) oder hessische Ortsnamen. Gefundene Spalten: ${p.columns}.`,
    noValueColumn: (p: Params) => `Neben der Spalte „${p.key}“ enthält keine Spalte Zahlen.`,
    cancelled: () => 'Lesen abgebrochen.',
    failed: (p: Params) => `Die Datei konnte nicht gelesen werden (${p.reason}).`,
  } as Record<string, (p: Params) => string>,
  nothingLost: 'Ihre gespeicherten Daten sind unverändert.',
};

type OwnDataText = typeof de;

const en: OwnDataText = {
  title: 'Own data',
  ownData: 'own data',
  intro:
    'A CSV, TSV or Excel file (XLSX) keyed by municipality, district or government-region codes or names. The data stay in this browser and are never uploaded.',
  drop: 'Drop a file here',
  pick: 'Choose a file',
  orPaste: 'or paste cells from Excel',
  pasteLabel: 'Cells copied from Excel',
  pastePlaceholder: 'Select cells in Excel, copy (Ctrl+C) and paste them here (Ctrl+V)',
  pasteRead: 'Read pasted cells',
  pasted: 'Pasted cells',
  reading: (name) => `Reading ${name} …`,
  progress: (pct) => `${pct}%`,
  cancel: 'Cancel',
  retry: 'Choose another file',
  fileInfo: (p) =>
    [
      p.format.toUpperCase(),
      p.encoding ? (ENCODING.en[p.encoding as keyof (typeof ENCODING)['en']] ?? p.encoding) : '',
      p.separator ? `separator ${SEPARATOR.en[p.separator as keyof (typeof SEPARATOR)['en']] ?? p.separator}` : '',
      p.sheet ? `sheet “${p.sheet}”` : '',
      `${p.rows.toLocaleString('en-GB')} data rows`,
      p.headerRow ? `header in row ${p.headerRow}` : 'no header row',
    ]
      .filter(Boolean)
      .join(' · '),
  headerRow: 'Header in row',
  sheet: 'Sheet',
  skippedAbove: (n) => `${formatNumber(n, 0, 'en')} title line${n === 1 ? '' : 's'} above the table skipped`,
  skippedBelow: (n) => `${formatNumber(n, 0, 'en')} note${n === 1 ? '' : 's'} below the table skipped`,
  droppedColumns: (n) => `${n} empty column${n === 1 ? '' : 's'} on the right removed`,
  blankRows: (n) => `${formatNumber(n, 0, 'en')} blank row${n === 1 ? '' : 's'} skipped`,
  setup: 'Mapping',
  keyColumn: 'Key or name column',
  nameLevel: 'Names refer to',
  valueColumns: 'Value columns',
  format: 'Number format',
  formats: { de: 'German (1.234,5)', en: 'English (1,234.5)', native: 'Excel number' },
  formatReason: {
    deOnly: (ex) => `recognised from “${ex}”`,
    enOnly: (ex) => `recognised from “${ex}”`,
    majority: (ex) => `mostly, e.g. “${ex}” – please check`,
    integers: () => 'whole numbers only',
    ungrouped: (ex) => `“${ex}” is a decimal: the column has numbers above 999 without thousands separators`,
    fileHint: (ex) => `“${ex}” fits both formats – assumed from the rest of the file; please check`,
    none: () => '',
    user: () => 'chosen by you',
  },
  kind: 'Kind of values',
  kinds: { count: 'Counts (summed for districts and regions)', share: 'Shares or rates (weighted mean)' },
  weight: 'Weight',
  weights: { population: 'Population (as in the atlas)', column: 'A column of the file' },
  weightColumn: 'Weight column',
  meta: 'Description',
  titleLabel: 'Title',
  unitLabel: 'Unit',
  unitPlaceholder: 'e.g. connections, %, €',
  periodLabel: 'Reference date or year',
  sourceLabel: 'Source',
  sourcePlaceholder: 'e.g. Broadband office of Kreis Gießen, roll-out list 2024',
  required: 'required',
  report: 'Import report',
  reportIntro: (rows) => `Each of the ${rows.toLocaleString('en-GB')} data rows is counted exactly once:`,
  status: {
    matched: 'matched',
    mapped: 'mapped from an old key',
    duplicate: 'duplicate (not used)',
    ambiguous: 'ambiguous (not used)',
    unmatched: 'not found',
    invalid: 'invalid value',
  },
  detail: (code, p) => {
    const [kind, arg] = code.split(/:(.*)/s);
    switch (kind) {
      case 'ags':
        return 'AGS';
      case 'agsLostZero':
        return 'AGS without its leading zero';
      case 'ars':
        return 'regional key (ARS)';
      case 'arsLostZero':
        return 'ARS without its leading zero';
      case 'name':
        return 'name';
      case 'namePrefix':
        return 'beginning of a name';
      case 'choice':
        return 'your choice';
      case 'from':
        return `formerly ${arg} (${p.old})`;
      case 'sameKey':
        return `already in row ${p.firstRow}`;
      case 'ask':
        return 'fits several areas';
      case 'leftOut':
        return 'left out by you';
      case 'empty':
        return 'empty key';
      case 'notHessen':
        return 'key outside Hessen';
      case 'unknownKey':
        return 'unknown key';
      case 'unknownName':
        return 'unknown name';
      case 'notANumber':
        return `not a number in “${arg}”`;
      case 'noValue':
        return 'no value (empty or a placeholder such as “.”, “–”, “x”)';
      case 'noWeight':
        return `no weight in “${arg}”`;
      default:
        return code;
    }
  },
  unitNote: {
    partialMerge: 'not every merged row has a value: no value',
    noMergeWeight: 'shares of former municipalities cannot be merged without a weight: no value',
  },
  questions: 'Ambiguous names',
  questionIntro: 'These names fit several areas. Please choose – nothing is guessed.',
  leaveOut: 'leave out',
  choose: 'please choose',
  rowsOf: (n) => `${formatNumber(n, 0, 'en')} row${n === 1 ? '' : 's'}`,
  showRows: 'Show rows',
  rowsTable: 'Rows of the import report',
  filterAll: 'all',
  rowNo: 'Row',
  keyCell: 'Key/name',
  statusCol: 'Result',
  detailCol: 'Note',
  unitCol: 'Area today',
  valueCol: 'Value (as read)',
  downloadReport: 'Download import report (CSV)',
  reportFile: 'import-report',
  truncatedRows: (shown, total) =>
    `${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} rows shown; the download has all of them.`,
  summary: (p) =>
    [
      p.gemeinde ? `${p.gemeinde} municipalit${p.gemeinde === 1 ? 'y' : 'ies'}` : '',
      p.kreis ? `${p.kreis} district${p.kreis === 1 ? '' : 's'}` : '',
      p.rb ? `${p.rb} government region${p.rb === 1 ? '' : 's'}` : '',
      p.land ? 'Hessen' : '',
    ]
      .filter(Boolean)
      .join(', ') || 'no areas',
  confirm: 'Use these data',
  confirmHint: 'Takes the matched values; the other rows are listed in the import report.',
  needTitleSource: 'Please give a title and a source.',
  needValue: 'Please choose at least one value column.',
  saved: (title) => `“${title}” saved – in this browser only.`,
  stored: 'Stored own data',
  none: 'No own data yet.',
  storedInfo: (p) => `${p.units} · ${p.rows.toLocaleString('en-GB')} rows · imported on ${p.date}`,
  show: 'Show on the map',
  showLabel: (title: string) => `Show “${title}” on the map`,
  remove: 'Remove',
  removeLabel: (title) => `Remove “${title}”`,
  removed: (title) => `“${title}” removed.`,
  showReport: 'Import report',
  onlyHere: 'Stored in this browser only, never uploaded.',
  sharedLink: 'This link shows own data that exist only in the browser of the person who shared it. They are not available here.',
  storeFailed: 'This browser does not allow storage (private window?). The data last only until the page is reloaded.',
  errors: {
    empty: () => 'The file is empty.',
    binary: () => 'This is neither a text file (CSV/TSV) nor an Excel file (XLSX).',
    xls: () => 'Old Excel files (.xls) cannot be read. Please save as “Excel Workbook (.xlsx)” or “CSV UTF-8” in Excel.',
    pdf: () => 'This is a PDF file. Please save the table as CSV or XLSX.',
    image: () => 'This is an image. Please save the table as CSV or XLSX.',
    archive: () => 'This is an archive (ZIP/GZIP). Please extract it and choose the CSV or XLSX file.',
    xlsxBroken: () => 'The Excel file cannot be read (damaged or not an XLSX workbook).',
    noTable: () => 'The file holds no table.',
    tooManyColumns: (p) =>
      `The file has ${Number(p.columns).toLocaleString('en-GB')} columns; at most ${Number(p.limit).toLocaleString('en-GB')} are read. Please save only the columns you need.`,
    tooLarge: (p) => `The file is ${p.mb} MB; at most ${p.limit} MB are read.`,
    noKeyColumn: (p) =>
      `No column holds municipality, district or region keys (AGS, ARS) or Hessian place names. Columns found: ${p.columns}.`,
    noValueColumn: (p) => `Apart from “${p.key}”, no column holds numbers.`,
    cancelled: () => 'Reading cancelled.',
    failed: (p) => `The file could not be read (${p.reason}).`,
  },
  nothingLost: 'Your stored data are unchanged.',
};

const ENCODING = {
  de: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 mit BOM',
    'utf-16le': 'UTF-16 (Excel Unicode-Text)',
    'utf-16be': 'UTF-16',
    'windows-1252': 'Windows-1252 (ANSI)',
  },
  en: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 with BOM',
    'utf-16le': 'UTF-16 (Excel Unicode text)',
    'utf-16be': 'UTF-16',
    'windows-1252': 'Windows-1252 (ANSI)',
  },
};
const SEPARATOR = {
  de: { ';': '„;“', ',': '„,“', '\t': 'Tabulator', '|': '„|“' },
  en: { ';': '“;”', ',': '“,”', '\t': 'tab', '|': '“|”' },
};

export const OWNDATA_TEXT = { de, en };
export type { OwnDataText };
