// The library as CSV for spreadsheets: one row per incident, RFC 4180 quoting, CRLF line ends,
// a UTF-8 byte-order mark so Excel reads accents, and formula injection defused: a cell that
// begins with = + - @ tab or CR gets a leading apostrophe, so a spreadsheet shows it as text.
import { sourcesByIncident } from './library-export';
import { amountRange, usdOf, type SavedIncident, type SavedSource } from './saved';

const TRIGGER = /^[=+\-@\t\r]/;

export function defuseCell(cell: string): string {
  return TRIGGER.test(cell) ? `'${cell}` : cell;
}

export function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(rows: string[][]): string {
  return (
    '\uFEFF' +
    rows.map((r) => r.map((c) => quoteCell(defuseCell(c))).join(',')).join('\r\n') +
    '\r\n'
  );
}

/** RFC 4180 reader (used by tests and anyone checking an export): rows of raw cell strings. */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'victims',
  'victim_kinds',
  'attackers',
  'attribution',
  'amount',
  'currency',
  'amount_usd',
  'usd_min',
  'usd_max',
  'amount_as_written',
  'source_count',
  'source_urls',
  'dataset_incident',
  'tags',
  'notes',
  'created_at',
  'updated_at',
] as const;

const num = (n: number | undefined | null) => (n === undefined || n === null ? '' : String(n));
const list = (xs: string[]) => xs.join('; ');

/** One row per incident, columns as CSV_COLUMNS, in the order given. */
export function incidentRows(incidents: SavedIncident[], sources: SavedSource[]): string[][] {
  const byIncident = sourcesByIncident(sources);
  return incidents.map((i) => {
    const own = byIncident.get(i.id) ?? [];
    const range = amountRange(i, own);
    const usdRange = range?.currency === 'USD' ? range : null;
    return [
      i.id,
      i.date ?? '',
      list(i.victims.map((v) => v.name)),
      list(i.victims.map((v) => v.kind ?? '')),
      list(i.actors.map((a) => a.name)),
      list(i.actors.map((a) => `${a.name}: ${a.strength ?? 'named'}${a.by ? ` by ${a.by}` : ''}`)),
      num(i.amount?.value),
      i.amount?.currency ?? '',
      num(usdOf(i.amount)),
      num(usdRange?.min),
      num(usdRange?.max),
      i.amount?.text ?? '',
      String(own.length),
      list(own.map((s) => s.url)),
      i.datasetIncidentId ?? '',
      list(i.tags),
      i.notes,
      i.createdAt,
      i.updatedAt,
    ];
  });
}

export function libraryCsv(incidents: SavedIncident[], sources: SavedSource[]): string {
  return toCsv([[...CSV_COLUMNS], ...incidentRows(incidents, sources)]);
}
