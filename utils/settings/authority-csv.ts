import { readCsvTable, type RowError } from '../csv/read-table';
import { registrableDomain } from '../site';
import type { AuthorityRecord } from './types';

/**
 * Importing domain metrics from any SEO tool's CSV export (Ahrefs, Semrush, Moz, Majestic…):
 * read the table, guess which column holds the domain and which hold numbers, then map the rows
 * to one AuthorityRecord per registrable domain. Numbers are taken as the tool wrote them and
 * never estimated: an empty cell leaves that metric out for that domain.
 */

export interface AuthorityTable {
  /** Header names, trimmed, unique and non-empty (`Column 3` for a blank one, `Traffic (2)` for a repeat). */
  columns: string[];
  rows: string[][];
  /** The spreadsheet row number of each row (header = 1); when absent, row i is number i + 2. */
  rowNumbers?: number[];
  /** The file's decimal separator: `,` in a semicolon-separated (European) file; `.` when absent. */
  decimal?: '.' | ',';
  /** The first row whose quotes are broken, with what is wrong (see CsvTable.quoteError). */
  quoteError?: RowError | null;
}

export interface AuthorityMapping {
  domainColumn: string | null;
  /** Columns to import and the name each metric gets (the header, unless the user renames it). */
  metrics: { column: string; name: string }[];
}

// ---------------------------------------------------------------------------------------------
// Numbers as SEO tools and spreadsheets write them.

type Decimal = '.' | ',';

/** Cells that mean "no data" rather than a bad value. */
const NO_DATA = new Set(['-', '–', '—', 'n/a', '#n/a']);
const SUFFIX = /\s*(k|m|bn|b)$/i;
const SCALE: Record<string, number> = { k: 3, m: 6, b: 9, bn: 9 };
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f']\d{3})+(?:[.,]\d+)?$/;
const HAS_SPACE = /[ \u00a0\u202f']/;
const SPACES = /[ \u00a0\u202f']/g;
const INTEGER = /^\d+$/;
const ONE_DOT = /^\d*\.\d+$/;
const ONE_COMMA = /^\d*,\d+$/;
const THREE_AFTER_DOT = /^\d{1,3}\.\d{3}$/;
const THREE_AFTER_COMMA = /^\d{1,3},\d{3}$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/** Digits with a `.` decimal point, or null when `s` is not a number in either convention. */
function plainDecimal(s: string, decimal: Decimal): string | null {
  if (INTEGER.test(s)) return s;
  // One separator: a thousands group ("12,345" / "12.345") in the file's convention, else a decimal.
  if (ONE_DOT.test(s)) return decimal === ',' && THREE_AFTER_DOT.test(s) ? s.replace('.', '') : s;
  if (ONE_COMMA.test(s)) return decimal === '.' && THREE_AFTER_COMMA.test(s) ? s.replace(',', '') : s.replace(',', '.');
  // Several separators: whichever groups by three is the thousands separator.
  if (COMMA_GROUPS.test(s)) return s.replaceAll(',', '');
  if (DOT_GROUPS.test(s)) return s.replaceAll('.', '').replace(',', '.');
  return null;
}

/**
 * A metric cell as a number: thousands separators ("12,345", "12 345", "12.345" where the decimal
 * is a comma), decimal commas, "1.2K" / "3M" / "2B", a trailing "%" (kept on its own scale: "45%"
 * is 45). Null when the cell is not a number.
 */
export function parseMetric(cell: string, decimal: Decimal = '.'): number | null {
  let s = cell.trim();
  // Most cells are plain integers: no need to look for separators or suffixes.
  if (INTEGER.test(s)) return Number(s);
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  let exponent = 0;
  const suffix = SUFFIX.exec(s);
  if (suffix?.[1]) {
    exponent = SCALE[suffix[1].toLowerCase()] ?? 0;
    s = s.slice(0, suffix.index);
  }
  let sign = '';
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1);
  }
  // Spaces (and Swiss apostrophes) only as thousands separators: "12 345", never "1 2".
  if (HAS_SPACE.test(s)) {
    if (!SPACE_GROUPED.test(s)) return null;
    s = s.replace(SPACES, '');
  }
  const digits = plainDecimal(s, decimal);
  if (digits === null) return null;
  // Scaling by the exponent in the string keeps "1.1K" exactly 1100 (1.1 * 1000 is not).
  const n = Number(`${sign}${digits}e${exponent}`);
  return Number.isFinite(n) ? n : null;
}

const NO_DATA_MAX_LENGTH = 4;

const isNoData = (cell: string): boolean => {
  const s = cell.trim();
  return s === '' || (s.length <= NO_DATA_MAX_LENGTH && NO_DATA.has(s.toLowerCase()));
};

// ---------------------------------------------------------------------------------------------
// Domains: a host, a URL, or a tool's pattern ("*.example.com", "example.com/*").

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// A bare number ("1200") parses as an IPv4 address; no tool rates an IP, so none is a domain here.
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;
/** Two labels or more, none empty (an IPv6 literal, in brackets, has none). */
const VALID_LABELS = /^[^.[\]]+(?:\.[^.]+)+$/;
const WEB_SCHEME = /^https?:\/\//i;

// Most cells are a plain ASCII host or a simple http(s) URL: read those without building a URL.
const PLAIN_HOST = /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\.?(?:[/?#]|$)/i;

/** The host a cell names, lower-case punycode; null when it names none. */
function hostOfCell(s: string): string | null {
  const plain = PLAIN_HOST.exec(s);
  if (plain?.[1]) return plain[1].toLowerCase();
  const hasScheme = SCHEME.test(s);
  if (hasScheme && !WEB_SCHEME.test(s)) return null;
  let url: URL;
  try {
    // The URL parser does the rest: IDN to punycode, ports, user info, odd spacing.
    url = new URL(hasScheme ? s : `http://${s}`);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const host = url.hostname;
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** The host, lower-case punycode, of a cell holding a host or URL of a site; null if none. */
function siteHostOfCell(cell: string): string | null {
  let s = cell.trim();
  if (s.startsWith('*.')) s = s.slice(2);
  if (!s) return null;
  const host = hostOfCell(s);
  if (!host || IPV4.test(host) || !VALID_LABELS.test(host)) return null;
  return registrableDomain(host).includes('.') ? host : null;
}

/** The registrable domain, lower-case punycode, of a cell holding a host or URL; null if none. */
export function domainOfCell(cell: string): string | null {
  const host = siteHostOfCell(cell);
  return host && registrableDomain(host);
}

/**
 * What a row's metrics are kept under: a host cell's host without `www.`, so a subdomain listed
 * on its own (`blog.example.com`) keeps its own figures; a URL with a path (a backlink export's
 * linking page) its registrable domain, as its site-wide figures (DR, Domain ascore) are. The
 * site's pages find a row by host, then by registrable domain (authority-store.ts).
 */
export function authorityKeyOfCell(cell: string): string | null {
  const host = siteHostOfCell(cell);
  if (!host) return null;
  return /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/[^?#\s]|^[^/:]+\/[^?#\s]/i.test(cell.trim()) ? registrableDomain(host) : host.replace(/^www\./, '');
}

// ---------------------------------------------------------------------------------------------
// Reading the file.

const DEC_COMMA_HINT = /^(?:\d+,(?:\d{1,2}|\d{4,})|0,\d+|\d{1,3}(?:\.\d{3})+,\d+)%?$/;
const DEC_DOT_HINT = /^(?:\d+\.(?:\d{1,2}|\d{4,})|0\.\d+|\d{1,3}(?:,\d{3})+\.\d+)%?$/;
const DECIMAL_SAMPLE_ROWS = 500;

/** "1.234", "12.345.678": thousands grouped by dots, or (rarely in these exports) three decimals. */
const DOT_GROUPED_WHOLE = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * In a tab-separated file either convention is possible: count the cells only one can read.
 * With no such cell, dot-grouped numbers ("1.234" referring domains) say the dot groups
 * thousands, as European exports write them: SEO tools' counts are whole numbers.
 */
function guessDecimal(rows: readonly string[][]): Decimal {
  let comma = 0;
  let dot = 0;
  let grouped = 0;
  for (const row of rows.slice(0, DECIMAL_SAMPLE_ROWS)) {
    for (const raw of row) {
      const cell = raw.trim();
      if (DEC_COMMA_HINT.test(cell)) comma += 1;
      else if (DEC_DOT_HINT.test(cell)) dot += 1;
      else if (DOT_GROUPED_WHOLE.test(cell)) grouped += 1;
    }
  }
  if (comma !== dot) return comma > dot ? ',' : '.';
  return grouped > 0 ? ',' : '.';
}

/** Header names made unique and non-empty, so a mapping can name columns unambiguously. */
function uniqueColumns(columns: readonly string[]): string[] {
  const seen = new Set<string>();
  return columns.map((raw, i) => {
    const base = raw.replace(/\s+/g, ' ').trim() || `Column ${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** Read an authority CSV: BOM stripped, delimiter detected (comma, semicolon, tab), blank lines skipped. */
export function readAuthorityCsv(text: string): AuthorityTable {
  const table = readCsvTable(text);
  const decimal: Decimal = table.delimiter === ';' ? ',' : table.delimiter === ',' ? '.' : guessDecimal(table.rows);
  return {
    columns: uniqueColumns(table.columns),
    rows: table.rows,
    rowNumbers: table.rowNumbers,
    decimal,
    quoteError: table.quoteError,
  };
}

// ---------------------------------------------------------------------------------------------
// Guessing the mapping.

const headerKey = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const headerWords = (header: string): string[] => header.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/**
 * Headers that name the domain column, best first. A backlink export's source (the linking
 * page, which the metrics describe: Semrush's "Domain ascore") comes before its target (the
 * user's own site); a file of analysed sites names them "Target" alone.
 */
const DOMAIN_HEADERS = [
  'domain',
  'rootdomain',
  'domainname',
  'referringdomain',
  'sourceurl',
  'sourcedomain',
  'referringpageurl',
  'referringpage',
  'targetdomain',
  'target',
  'url',
  'targeturl',
  'site',
  'website',
  'host',
  'hostname',
  'item',
  'address',
  'page',
];
/** "Root Domain", "Target URL", "Referring domain": the last word says what the column holds. */
const DOMAIN_LAST_WORDS = new Set(['domain', 'url', 'site', 'website', 'host', 'hostname', 'target']);
/** Row numbers and ids are numbers but not metrics. */
const NOT_METRICS = new Set(['', 'no', 'id', 'index', 'row', 'rownumber']);
/** Metric words for guessing from headers alone. */
const METRIC_WORDS = new Set([
  'dr', 'da', 'as', 'ur', 'pa', 'tf', 'cf', 'rating', 'authority', 'score', 'traffic', 'domains', 'backlinks',
  'links', 'keywords', 'flow', 'rank', 'visits', 'spam', 'dofollow', 'refdomains',
]);
const GUESS_SAMPLE_ROWS = 200;
const MOSTLY = 0.8;

function mostly<T>(values: readonly T[], test: (value: T) => boolean): boolean {
  if (!values.length) return false;
  let yes = 0;
  for (const value of values) if (test(value)) yes += 1;
  return yes / values.length >= MOSTLY;
}

function filledCells(rows: readonly string[][], i: number): string[] {
  const cells: string[] = [];
  for (const row of rows.slice(0, GUESS_SAMPLE_ROWS)) {
    const cell = row[i];
    if (cell !== undefined && !isNoData(cell)) cells.push(cell);
  }
  return cells;
}

function guessDomainColumn(columns: readonly string[], rows: readonly string[][] | undefined): string | null {
  let best: { column: string; rank: number } | null = null;
  for (const column of columns) {
    const rank = DOMAIN_HEADERS.indexOf(headerKey(column));
    if (rank >= 0 && (!best || rank < best.rank)) best = { column, rank };
  }
  if (best) return best.column;
  const byLastWord = columns.find((column) => DOMAIN_LAST_WORDS.has(headerWords(column).at(-1) ?? ''));
  if (byLastWord) return byLastWord;
  if (!rows) return null;
  const i = columns.findIndex((_, i) => mostly(filledCells(rows, i), (cell) => domainOfCell(cell) !== null));
  return i >= 0 ? (columns[i] ?? null) : null;
}

function looksLikeMetricHeader(column: string): boolean {
  return headerWords(column).some((word) => METRIC_WORDS.has(word));
}

/**
 * Suggest the domain column (by its header: Domain, Root Domain, Target, URL, Site, Website,
 * Host…, else the column of domains) and the metric columns: with sample rows, the columns whose
 * filled cells are mostly numbers; from headers alone, the ones named like metrics. Each metric
 * is named by its header.
 */
export function guessAuthorityMapping(columns: string[], rows?: string[][]): AuthorityMapping {
  const domainColumn = guessDomainColumn(columns, rows);
  const metrics: AuthorityMapping['metrics'] = [];
  columns.forEach((column, i) => {
    if (column === domainColumn || NOT_METRICS.has(headerKey(column))) return;
    const numeric = rows
      ? mostly(filledCells(rows, i), (cell) => parseMetric(cell, '.') !== null || parseMetric(cell, ',') !== null)
      : looksLikeMetricHeader(column);
    if (numeric) metrics.push({ column, name: column });
  });
  return { domainColumn, metrics };
}

// ---------------------------------------------------------------------------------------------
// Mapping the rows.

/**
 * One record per key (authorityKeyOfCell: a host without `www.`, or a linking page's site). A row is left out, with an error naming its row number and
 * the bad value, when its domain is not one, a mapped metric is not a number, it has more filled
 * cells than the header has columns (an unquoted "12,345" shifts the rest), or its domain came
 * earlier (the first is kept).
 */
export function mapAuthorityRows(
  table: AuthorityTable,
  mapping: AuthorityMapping,
): { records: AuthorityRecord[]; errors: RowError[] } {
  const headerError = (message: string) => ({ records: [], errors: [{ row: 1, message }] });
  if (mapping.domainColumn === null) return headerError('Choose the column that holds the domains.');
  const domainAt = table.columns.indexOf(mapping.domainColumn);
  if (domainAt < 0) return headerError(`There is no column named "${mapping.domainColumn}".`);
  const metrics: { at: number; name: string }[] = [];
  const names = new Set<string>();
  for (const { column, name } of mapping.metrics) {
    const at = table.columns.indexOf(column);
    if (at < 0) return headerError(`There is no column named "${column}".`);
    const trimmed = name.trim();
    if (!trimmed) return headerError(`The metric from "${column}" needs a name.`);
    // Case-insensitively, as the mapping form checks: "DR" and "dr" would read as one metric.
    if (names.has(trimmed.toLowerCase())) return headerError(`Two metrics are named "${trimmed}".`);
    names.add(trimmed.toLowerCase());
    metrics.push({ at, name: trimmed });
  }

  const decimal = table.decimal ?? '.';
  const width = table.columns.length;
  const records: AuthorityRecord[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers?.[i] ?? i + 2;
    if (row === table.quoteError?.row) {
      errors.push(table.quoteError);
      return;
    }
    if (cells.length > width && cells.slice(width).some((cell) => cell.trim() !== '')) {
      errors.push({
        row,
        message: `has ${cells.length} cells but the header has ${width} columns; a number like "12,345" may be missing its quotes.`,
      });
      return;
    }
    const domainCell = cells[domainAt] ?? '';
    const domain = authorityKeyOfCell(domainCell);
    if (!domain) {
      errors.push({
        row,
        message: domainCell.trim() ? `"${domainCell.trim()}" is not a domain or URL.` : 'The domain cell is empty.',
      });
      return;
    }
    const values: Record<string, number> = {};
    let bad: string[] | null = null;
    for (const { at, name } of metrics) {
      const cell = cells[at] ?? '';
      if (isNoData(cell)) continue;
      const n = parseMetric(cell, decimal);
      if (n === null) (bad ??= []).push(`${name} "${cell.trim()}" is not a number`);
      else values[name] = n;
    }
    if (bad) {
      errors.push({ row, message: `${bad.join('; ')}.` });
      return;
    }
    const first = firstRowOf.get(domain);
    if (first !== undefined) {
      errors.push({ row, message: `${domain} is already in row ${first}; the first is kept.` });
      return;
    }
    firstRowOf.set(domain, row);
    records.push({ domain, metrics: values });
  });
  return { records, errors };
}
