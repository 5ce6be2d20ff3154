import Papa from 'papaparse';

/**
 * Reading a CSV file the way spreadsheets and SEO tools write them, for both imports (prospects
 * and authority): the file's encoding, a BOM, the delimiter, blank lines, row numbers as a
 * spreadsheet shows them.
 */

/**
 * A problem with one row. CSV: the spreadsheet's row number (the header is row 1). JSON backup:
 * the prospect's position in the backup, from 1. Row 0: the file as a whole.
 */
export interface RowError {
  row: number;
  message: string;
}

export type CsvDelimiter = ',' | ';' | '\t';

/** A CSV file as a header and rows, blank lines left out but counted in the row numbers. */
export interface CsvTable {
  /** The header row's cells, trimmed. Empty for a file with no rows. */
  columns: string[];
  /** The rows after the header, cells as written (untrimmed). */
  rows: string[][];
  /** The spreadsheet row number of each row in `rows`. */
  rowNumbers: number[];
  /** The spreadsheet row number of the header (1 unless the file starts with blank lines). */
  headerRow: number;
  delimiter: CsvDelimiter;
  /**
   * The first row whose quotes are broken, with what is wrong: a quoted cell never closed (it
   * swallows the rest of the file), or one with a lone quote inside (it swallows the rows up to
   * the next quote). Both imports refuse that row, and say so.
   */
  quoteError: RowError | null;
}

/** Said of the row whose quote is never closed, by both imports. */
export const UNCLOSED_QUOTE_MESSAGE =
  'A quoted cell starts here and is never closed, so the rest of the file ran into it. Close the quote and import again.';

/** Said of the row whose quoted cell holds a lone quote (`"Best" tools`): the next rows may have run into it. */
export const STRAY_QUOTE_MESSAGE =
  'A cell here starts with a quote that is followed by more text ("Best" tools), so the rows after it, up to the next quote, ran into it. Write a quote inside a cell as "" (or put the whole cell in quotes) and import again.';

export const BOM = '\uFEFF';
// Excel's hint line for the delimiter; Excel hides it, so row numbers start after it.
const SEP_LINE = /^sep=([,;\t])[ \t]*(?:\r\n|\n|\r|$)/i;
const DELIMITER_PREFERENCE: readonly CsvDelimiter[] = ['\t', ';', ','];
const HAS_CONTENT = /[^\s,;]/;

/** The delimiter the header line uses most, outside quotes; comma when it has none. */
function detectDelimiter(body: string): CsvDelimiter {
  let start = 0;
  while (start < body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const line = body.slice(start, end);
    if (HAS_CONTENT.test(line)) return delimiterOfLine(line);
    start = end + 1;
  }
  return ',';
}

function delimiterOfLine(line: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  let best: CsvDelimiter = ',';
  for (const d of DELIMITER_PREFERENCE) if (counts[d] > counts[best]) best = d;
  return best;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

// Windows-1252's bytes 0x80-0x9F (the others are their Latin-1 code points). Written out because
// some TextDecoders, Node's among them, decode the "windows-1252" label as plain Latin-1.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const units = Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] ?? b) : b));
  let text = '';
  // In slices: fromCharCode takes its code units as arguments, and arguments are limited.
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return text;
}

/**
 * A chosen file's bytes as text. File.text() assumes UTF-8, but spreadsheets and SEO tools also
 * write UTF-16 with a BOM (Ahrefs' "for Excel" export) and Windows-1252 (Excel's plain "CSV" on
 * Windows): UTF-16 is told by its BOM, and bytes that are not valid UTF-8 are read as Windows-1252.
 */
export function decodeCsvFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** The first broken quote Papa met, as the row's error (a stray quote first when both are on one row). */
function quoteErrorOf(errors: readonly Papa.ParseError[]): RowError | null {
  let first: Papa.ParseError | null = null;
  for (const e of errors) {
    if ((e.code !== 'MissingQuotes' && e.code !== 'InvalidQuotes') || e.row === undefined) continue;
    if (!first || e.row < first.row! || (e.row === first.row && e.code === 'InvalidQuotes')) first = e;
  }
  if (!first) return null;
  return { row: first.row! + 1, message: first.code === 'InvalidQuotes' ? STRAY_QUOTE_MESSAGE : UNCLOSED_QUOTE_MESSAGE };
}

/** Read a CSV: strip a BOM, detect the delimiter (comma, semicolon, tab), skip blank lines. */
export function readCsvTable(text: string): CsvTable {
  let body = text.startsWith(BOM) ? text.slice(1) : text;
  const sep = SEP_LINE.exec(body);
  let delimiter: CsvDelimiter;
  if (sep) {
    delimiter = sep[1] as CsvDelimiter;
    body = body.slice(sep[0].length);
  } else {
    delimiter = detectDelimiter(body);
  }
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const records = parsed.data;
  const table: CsvTable = { columns: [], rows: [], rowNumbers: [], headerRow: 0, delimiter, quoteError: quoteErrorOf(parsed.errors) };
  records.forEach((record, i) => {
    if (isBlank(record)) return;
    if (!table.headerRow) {
      table.columns = record.map((cell) => cell.trim());
      table.headerRow = i + 1;
    } else {
      table.rows.push(record);
      table.rowNumbers.push(i + 1);
    }
  });
  return table;
}
