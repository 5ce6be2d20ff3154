import * as v from 'valibot';
import { PLACEMENTS } from '../analysis/types';
import { MENTION_OWNERS, MENTION_STATES } from '../mentions/types';
import { PAGE_TYPES } from '../scoring/page-type';
import { VERDICT_LABELS } from '../scoring/types';
import { registrableDomain } from '../site';
import { hostOf, isWebUrl } from '../urls';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup';
import { LIST_SEPARATORS, type ListSeparator } from './csv-export';
import { BOM, readCsvTable, type CsvTable, type RowError } from '../csv/read-table';
import { mergeProspect } from './merge';
import { normalizeProspectUrl } from './normalize-url';
import { PROSPECT_STATUSES, type Prospect, type ProspectType } from './types';

/**
 * Reading prospects back: our JSON backup, our CSV export, or any CSV with a `url` column (a
 * list of URLs from another tool). Every row is validated; bad rows are reported with the row
 * number a spreadsheet shows and left out, the rest come back as complete prospects ready for
 * importProspects (bulk-io.ts).
 */

export interface ImportPreview {
  format: 'csv' | 'json';
  prospects: Prospect[];
  errors: RowError[];
  /** Rows whose URL (normalised) appeared earlier in the file; merged into the earlier row. */
  duplicatesInFile: number;
}

/** What a row without a verdict gets (a list of URLs from another tool): not yet judged. */
export const IMPORT_DEFAULTS = { pageType: 'other', verdict: 'worth-a-look', score: 0, status: 'new' } as const;

// ---------------------------------------------------------------------------------------------
// Cells of our CSV export.

/**
 * Undo csvSafeCell's formula guard: the one apostrophe it puts before a formula character (or an
 * apostrophe). Any other leading apostrophe is the text's own ("'Tis the season").
 */
export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell;
}

/** Split a list cell written by joinList: unescaped separators split, items trimmed, empties dropped. */
export function splitList(cell: string, sep: ListSeparator): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    const next = cell[i + 1];
    if (ch === '\\' && (next === '\\' || next === sep)) {
      current += next;
      i += 1;
    } else if (ch === sep) {
      items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** Header names we read, by field; headers match case-, space- and punctuation-insensitively. */
const HEADER_ALIASES = {
  url: ['url', 'pageurl', 'link', 'address'],
  title: ['title', 'pagetitle'],
  pageType: ['pagetype', 'type'],
  verdict: ['verdict'],
  score: ['score'],
  status: ['status'],
  tags: ['tags', 'tag'],
  notes: ['notes', 'note'],
  reasons: ['reasons'],
  emails: ['emails', 'email'],
  contactPages: ['contactpages'],
  socialProfiles: ['socialprofiles'],
  author: ['author'],
  firstSeen: ['firstseen'],
  lastChecked: ['lastchecked'],
  updatedAt: ['updated', 'updatedat'],
  snapshots: ['snapshots'],
} as const;
type Field = keyof typeof HEADER_ALIASES;

/** What each field is called in messages: the column name of our export. */
const FIELD_LABELS: Record<Field | 'contacts', string> = {
  url: 'url',
  title: 'title',
  pageType: 'page type',
  verdict: 'verdict',
  score: 'score',
  status: 'status',
  tags: 'tags',
  notes: 'notes',
  reasons: 'reasons',
  emails: 'emails',
  contactPages: 'contact pages',
  socialProfiles: 'social profiles',
  author: 'author',
  firstSeen: 'first seen',
  lastChecked: 'last checked',
  updatedAt: 'updated',
  snapshots: 'snapshots',
  contacts: 'contacts',
};

const headerKey = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

function fieldColumns(columns: readonly string[]): Partial<Record<Field, number>> {
  const byKey = new Map<string, number>();
  columns.forEach((column, i) => {
    const key = headerKey(unguardCell(column));
    if (!byKey.has(key)) byKey.set(key, i);
  });
  const found: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(HEADER_ALIASES) as Field[]) {
    for (const alias of HEADER_ALIASES[field]) {
      const i = byKey.get(alias);
      if (i !== undefined) {
        found[field] = i;
        break;
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Validation: one schema for a CSV row (turned into an object first) and a backup's prospect.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A real calendar date in ISO 8601 form (Date.parse alone would take 30 February). */
function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
  if (Number(m[4] ?? 0) > 23 || Number(m[5] ?? 0) > 59 || Number(m[6] ?? 0) > 59) return false;
  return !Number.isNaN(Date.parse(s.trim()));
}

const toIso = (s: string): string => new Date(s.trim()).toISOString();

/** The offending value, short, for a message. */
function shown(input: unknown): string {
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** A message naming the bad value: `"pending" is not one of …`; `is missing` when there is none. */
const bad = (what: string) => (issue: v.BaseIssue<unknown>) => (issue.input === undefined ? 'is missing' : `${shown(issue.input)} ${what}`);
const oneOf = (options: readonly string[]) => bad(`is not one of ${options.join(', ')}`);

const text = v.string(bad('is not text'));
const list = <T extends v.GenericSchema>(item: T) => v.array(item, bad('is not a list'));

const isoDate = v.pipe(
  v.string(bad('is not a date')),
  v.check(isIsoDate, bad('is not an ISO date like 2024-05-01 or 2024-05-01T09:30:00Z')),
  v.transform(toIso),
);

const webUrl = v.pipe(
  v.string(bad('is not a URL')),
  v.check((url) => isWebUrl(url), bad('is not an http(s) URL')),
);

const textList = v.pipe(
  list(text),
  v.transform((items) => [...new Set(items.map((s) => s.trim()).filter((s) => s !== ''))]),
);
const urlList = list(webUrl);
const emptyList = (): string[] => [];

const PROSPECT_TYPES: readonly ProspectType[] = [...PAGE_TYPES, 'unlinked-mention'];

const SnapshotLinkSchema = v.object(
  {
    href: webUrl,
    domain: text,
    text,
    rel: list(text),
    placement: v.picklist(PLACEMENTS, oneOf(PLACEMENTS)),
    counts: v.boolean(bad('is not true or false')),
  },
  bad('is not a link'),
);

const SnapshotMentionSchema = v.object(
  {
    brand: text,
    owner: v.picklist(MENTION_OWNERS, oneOf(MENTION_OWNERS)),
    matched: text,
    state: v.picklist(MENTION_STATES, oneOf(MENTION_STATES)),
    context: text,
    placement: v.picklist(PLACEMENTS, oneOf(PLACEMENTS)),
    linkHref: v.nullable(webUrl),
  },
  bad('is not a mention'),
);

const SnapshotSchema = v.pipe(
  v.object(
    {
      checkedAt: isoDate,
      toMySites: list(SnapshotLinkSchema),
      toCompetitors: list(SnapshotLinkSchema),
      mentions: v.optional(list(SnapshotMentionSchema)),
    },
    bad('is not a snapshot'),
  ),
  // An absent list stays absent (not `mentions: undefined`), so a round trip is exact.
  v.transform(({ mentions, ...rest }) => (mentions ? { ...rest, mentions } : rest)),
);

const ContactsSchema = v.object(
  {
    emails: v.optional(textList, emptyList),
    contactPages: v.optional(urlList, emptyList),
    socialProfiles: v.optional(urlList, emptyList),
    author: v.optional(v.nullable(text), null),
  },
  bad('is not a set of contacts'),
);

function prospectSchema(now: string) {
  return v.object(
    {
      url: v.pipe(
        v.string(bad('is not a URL')),
        v.trim(),
        v.nonEmpty('is empty'),
        v.check((url) => normalizeProspectUrl(url) !== null, bad('is not an http(s) URL')),
        v.transform((url) => normalizeProspectUrl(url) ?? url),
      ),
      title: v.optional(text, ''),
      pageType: v.optional(v.picklist(PROSPECT_TYPES, oneOf(PROSPECT_TYPES)), IMPORT_DEFAULTS.pageType),
      verdict: v.optional(v.picklist(VERDICT_LABELS, oneOf(VERDICT_LABELS)), IMPORT_DEFAULTS.verdict),
      score: v.optional(
        v.pipe(
          v.number(bad('is not a number from 0 to 100')),
          v.minValue(0, bad('is below 0')),
          v.maxValue(100, bad('is above 100')),
        ),
        IMPORT_DEFAULTS.score,
      ),
      reasons: v.optional(textList, emptyList),
      status: v.optional(v.picklist(PROSPECT_STATUSES, oneOf(PROSPECT_STATUSES)), IMPORT_DEFAULTS.status),
      notes: v.optional(text, ''),
      tags: v.optional(textList, emptyList),
      contacts: v.optional(ContactsSchema, () => ({ emails: [], contactPages: [], socialProfiles: [], author: null })),
      snapshots: v.optional(v.array(SnapshotSchema, bad('is not a JSON list of snapshots')), () => []),
      firstSeen: v.optional(isoDate, now),
      lastChecked: v.optional(isoDate, now),
      updatedAt: v.optional(isoDate, now),
    },
    bad('is not a prospect'),
  );
}
type ProspectSchema = ReturnType<typeof prospectSchema>;

/** Where an issue is, in the file's words: `contact pages #2`, `snapshots #1 toMySites #1 href`. */
function issuePlace(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  // Contacts are separate columns in the CSV: name the column, not the object.
  if (keys[0] === 'contacts' && typeof keys[1] === 'string' && keys[1] in FIELD_LABELS) keys.shift();
  return keys
    .map((key, i) => {
      if (typeof key === 'number') return `#${key + 1}`;
      const name = String(key);
      return i === 0 && name in FIELD_LABELS ? FIELD_LABELS[name as keyof typeof FIELD_LABELS] : name;
    })
    .join(' ');
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const place = issuePlace(issue);
      return place ? `${place}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** A validated row as a prospect; its domain always follows from its URL. */
function toProspect(schema: ProspectSchema, candidate: unknown): { prospect: Prospect } | { error: string } {
  const result = v.safeParse(schema, candidate, { abortPipeEarly: true });
  if (!result.success) return { error: describeIssues(result.issues) };
  const p = result.output;
  return {
    prospect: {
      url: p.url,
      domain: registrableDomain(hostOf(p.url)),
      title: p.title,
      pageType: p.pageType,
      verdict: p.verdict,
      score: p.score,
      reasons: p.reasons,
      status: p.status,
      notes: p.notes,
      tags: p.tags,
      contacts: p.contacts,
      snapshots: p.snapshots,
      firstSeen: p.firstSeen,
      lastChecked: p.lastChecked,
      updatedAt: p.updatedAt,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Duplicates inside one file.

interface Collected {
  prospects: Prospect[];
  errors: RowError[];
  duplicatesInFile: number;
}

function collector() {
  const byUrl = new Map<string, number>();
  const out: Collected = { prospects: [], errors: [], duplicatesInFile: 0 };
  return {
    out,
    add(row: number, result: { prospect: Prospect } | { error: string }) {
      if ('error' in result) {
        out.errors.push({ row, message: result.error });
        return;
      }
      const at = byUrl.get(result.prospect.url);
      if (at === undefined) {
        byUrl.set(result.prospect.url, out.prospects.length);
        out.prospects.push(result.prospect);
      } else {
        out.duplicatesInFile += 1;
        const first = out.prospects[at];
        // As an import merges into a stored row (merge.ts): both rows' notes, tags, contacts and visits.
        if (first) out.prospects[at] = mergeProspect(first, result.prospect);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The two formats.

function parseBackup(text: string, now: string): ImportPreview {
  const fail = (message: string): ImportPreview => ({
    format: 'json',
    prospects: [],
    errors: [{ row: 0, message }],
    duplicatesInFile: 0,
  });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return fail(`The file is not valid JSON (${err instanceof Error ? err.message : String(err)}); it may be cut short.`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || !('format' in doc) || doc.format !== BACKUP_FORMAT) {
    return fail('This JSON file is not a Linkscout backup.');
  }
  const version = 'version' in doc ? doc.version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This Linkscout backup has no valid format version.');
  }
  if (version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer Linkscout (backup version ${version}; this one reads up to ${BACKUP_VERSION}). ` +
        'Update Linkscout, then import it again. Nothing was imported.',
    );
  }
  const list = 'prospects' in doc ? doc.prospects : undefined;
  if (!Array.isArray(list)) return fail('This Linkscout backup has no list of prospects.');
  const schema = prospectSchema(now);
  const { out, add } = collector();
  list.forEach((item: unknown, i) => add(i + 1, toProspect(schema, item)));
  return { format: 'json', ...out };
}

/** A CSV cell to a number when it reads as one; left as text otherwise so validation shows it. */
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const asNumber = (cell: string): number | string => (NUMBER.test(cell.trim()) ? Number(cell.trim()) : cell);
/** `Guest post`, `worth a look` → the ids `guest-post`, `worth-a-look`. */
const asLabel = (cell: string): string => cell.trim().toLowerCase().replace(/[\s_]+/g, '-');

function parseJsonCell(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    return cell;
  }
}

/** A CSV row as the object the schema checks; a missing column or empty cell is left undefined. */
function csvCandidate(row: readonly string[], at: Partial<Record<Field, number>>): Record<string, unknown> {
  const cell = (field: Field): string | undefined => {
    const i = at[field];
    return i === undefined ? undefined : unguardCell(row[i] ?? '');
  };
  const filled = (field: Field): string | undefined => {
    const value = cell(field);
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  const list = (field: Field, sep: ListSeparator): string[] | undefined => {
    const value = cell(field);
    return value === undefined ? undefined : splitList(value, sep);
  };
  const map = <T>(value: string | undefined, f: (s: string) => T): T | undefined => (value === undefined ? undefined : f(value));
  const author = filled('author');
  const contactFields = [cell('emails'), cell('contactPages'), cell('socialProfiles'), author];
  return {
    url: cell('url') ?? '',
    title: cell('title'),
    pageType: map(filled('pageType'), asLabel),
    verdict: map(filled('verdict'), asLabel),
    score: map(filled('score'), asNumber),
    reasons: list('reasons', LIST_SEPARATORS.reasons),
    status: map(filled('status'), asLabel),
    notes: cell('notes'),
    tags: list('tags', LIST_SEPARATORS.tags),
    contacts: contactFields.every((f) => f === undefined)
      ? undefined
      : {
          emails: list('emails', LIST_SEPARATORS.contacts),
          contactPages: list('contactPages', LIST_SEPARATORS.contacts),
          socialProfiles: list('socialProfiles', LIST_SEPARATORS.contacts),
          author: author ?? null,
        },
    snapshots: map(filled('snapshots'), parseJsonCell),
    firstSeen: filled('firstSeen'),
    lastChecked: filled('lastChecked'),
    updatedAt: filled('updatedAt'),
  };
}

function parseCsv(text: string, now: string, fileName: string): ImportPreview {
  const table = readCsvTable(text);
  const fail = (row: number, message: string): ImportPreview => ({
    format: 'csv',
    prospects: [],
    errors: [{ row, message }],
    duplicatesInFile: 0,
  });
  if (!table.headerRow) return fail(0, 'The file is empty.');
  let at = fieldColumns(table.columns);
  let rows = table.rows;
  let rowNumbers = table.rowNumbers;
  if (at.url === undefined) {
    // No header at all, just URLs (a list pasted from another tool): the first row is data.
    if (!isWebUrl(unguardCell(table.columns[0] ?? '').trim())) {
      return fail(
        table.headerRow,
        /\.json$/i.test(fileName)
          ? 'This file is named .json but is neither a Linkscout backup nor a CSV with a "url" column.'
          : 'No "url" column: the first row must name the columns (url, and optionally title, status, tags, notes).',
      );
    }
    at = { url: 0 };
    rows = [table.columns, ...rows];
    rowNumbers = [table.headerRow, ...rowNumbers];
  }
  const schema = prospectSchema(now);
  const { out, add } = collector();
  rows.forEach((row, i) => {
    const rowNumber = rowNumbers[i] ?? 0;
    if (rowNumber === table.quoteError?.row) add(rowNumber, { error: table.quoteError.message });
    else add(rowNumber, toProspect(schema, csvCandidate(row, at)));
  });
  return { format: 'csv', ...out };
}

const LOOKS_LIKE_JSON = /^\s*[{[]/;

/**
 * Read a file chosen for import. JSON or CSV is decided by the content, so a file renamed or
 * saved without its extension still works; the name only shapes the message for a file that is
 * neither.
 */
export function parseProspectFile(text: string, fileName: string, now: Date = new Date()): ImportPreview {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const nowIso = now.toISOString();
  return LOOKS_LIKE_JSON.test(body) ? parseBackup(body, nowIso) : parseCsv(body, nowIso, fileName);
}
