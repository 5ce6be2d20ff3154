import type { LinkSnapshot, Prospect, SnapshotLink } from './types';

/**
 * Prospects as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads it as UTF-8), a header row,
 * RFC 4180 quoting and CRLF row ends. Every field is written, the readable ones for people and a
 * final `snapshots` column as JSON, so parseProspectFile (import.ts) gets back exactly what was
 * exported.
 */

/** Column headers, in file order. import.ts reads them back by name (case and spacing ignored). */
export const PROSPECT_CSV_COLUMNS = [
  'url',
  'domain',
  'title',
  'page type',
  'verdict',
  'score',
  'status',
  'tags',
  'notes',
  'reasons',
  'emails',
  'contact pages',
  'social profiles',
  'author',
  'links to my sites',
  'links to competitors',
  'first seen',
  'last checked',
  'updated',
  'snapshots',
] as const;

export const CSV_BOM = '\uFEFF';
const ROW_END = '\r\n';

/** How list fields are joined in one cell; import.ts splits them by the same characters. */
export const LIST_SEPARATORS = { tags: ';', reasons: '|', contacts: ';' } as const;
export type ListSeparator = ';' | '|';

// A spreadsheet runs a cell starting with one of these as a formula (tab and CR are used to
// smuggle one past naive checks). A leading apostrophe is escaped too, so that the import can
// strip exactly one and get every value back.
const FORMULA_START = /^[=+\-@\t\r']/;
// Semicolon and tab too: a spreadsheet set to a locale whose list separator is ";" (German,
// French…) splits an unquoted cell there, and a "=…" after the split would run as a formula.
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** Prefix a text cell that a spreadsheet would run as a formula with `'`. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a cell holding a comma, quote, CR or LF (and a semicolon or tab), doubling its quotes. */
function quoteCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A text cell as written to the file: formula-guarded, then quoted if it must be. */
export function csvSafeCell(value: string): string {
  return quoteCell(guardFormula(value));
}

/**
 * Items joined into one cell with `sep` and a space; an item's own separator or backslash is
 * escaped with a backslash so that splitList (import.ts) splits it back exactly.
 */
export function joinList(items: readonly string[], sep: ListSeparator): string {
  const glue = sep === ';' ? '; ' : ' | ';
  return items.map((item) => item.replaceAll('\\', '\\\\').replaceAll(sep, `\\${sep}`)).join(glue);
}

/** One link, readably: `anchor → https://… (content, nofollow, does not count)`. */
function describeLink(link: SnapshotLink): string {
  const rel = link.rel.length ? link.rel.join(' ') : 'follow';
  const counts = link.counts ? 'counts' : 'does not count';
  const anchor = link.text.trim() || '(no text)';
  return `${anchor} → ${link.href} (${link.placement}, ${rel}, ${counts})`;
}

function describeLinks(links: readonly SnapshotLink[]): string {
  return links.map(describeLink).join('\n');
}

function lastSnapshot(snapshots: readonly LinkSnapshot[]): LinkSnapshot | undefined {
  return snapshots[snapshots.length - 1];
}

/** One prospect as one CSV row (without the row end), cells in PROSPECT_CSV_COLUMNS order. */
export function prospectCsvRow(p: Prospect): string {
  const last = lastSnapshot(p.snapshots);
  const cells: Record<(typeof PROSPECT_CSV_COLUMNS)[number], string> = {
    url: csvSafeCell(p.url),
    domain: csvSafeCell(p.domain),
    title: csvSafeCell(p.title),
    'page type': csvSafeCell(p.pageType),
    verdict: csvSafeCell(p.verdict),
    // Our own number: written as is, never formula-guarded.
    score: String(p.score),
    status: csvSafeCell(p.status),
    tags: csvSafeCell(joinList(p.tags, LIST_SEPARATORS.tags)),
    notes: csvSafeCell(p.notes),
    reasons: csvSafeCell(joinList(p.reasons, LIST_SEPARATORS.reasons)),
    emails: csvSafeCell(joinList(p.contacts.emails, LIST_SEPARATORS.contacts)),
    'contact pages': csvSafeCell(joinList(p.contacts.contactPages, LIST_SEPARATORS.contacts)),
    'social profiles': csvSafeCell(joinList(p.contacts.socialProfiles, LIST_SEPARATORS.contacts)),
    author: csvSafeCell(p.contacts.author ?? ''),
    'links to my sites': csvSafeCell(last ? describeLinks(last.toMySites) : ''),
    'links to competitors': csvSafeCell(last ? describeLinks(last.toCompetitors) : ''),
    'first seen': csvSafeCell(p.firstSeen),
    'last checked': csvSafeCell(p.lastChecked),
    updated: csvSafeCell(p.updatedAt),
    snapshots: csvSafeCell(JSON.stringify(p.snapshots)),
  };
  return PROSPECT_CSV_COLUMNS.map((column) => cells[column]).join(',');
}

function headerRow(): string {
  return CSV_BOM + PROSPECT_CSV_COLUMNS.map(csvSafeCell).join(',') + ROW_END;
}

function rowsOf(prospects: readonly Prospect[]): string {
  let out = '';
  for (const p of prospects) out += prospectCsvRow(p) + ROW_END;
  return out;
}

/**
 * The CSV file in chunks: the BOM and header first, then one chunk per batch, so an export of
 * any size never holds more than one batch as text.
 */
export async function* prospectCsvChunks(batches: AsyncIterable<Prospect[]>): AsyncGenerator<string> {
  yield headerRow();
  for await (const batch of batches) {
    if (batch.length) yield rowsOf(batch);
  }
}

/** The whole CSV file at once, for small exports and tests. */
export function prospectsToCsv(prospects: Prospect[]): string {
  return headerRow() + rowsOf(prospects);
}
