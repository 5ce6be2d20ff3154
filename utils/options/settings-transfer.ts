import * as v from 'valibot';
import type { Brand, Settings } from '../settings/types';
import { normalizeBrand } from './brand-list';
import { domainFromInput } from './domain-list';
import { localDate } from './format';
import { MAX_TOPIC_LENGTH } from './topic-list';

/**
 * The settings file: `{ "format": "linkscout-settings", "version": 1, "exportedAt": "…", "settings": { … } }`.
 * Moving settings to another browser or profile goes through it; an import replaces the
 * settings as a whole, and only after every entry in the file has passed the same checks the
 * options page applies to typed entries.
 */
export const SETTINGS_FORMAT = 'linkscout-settings';
/** Raise when the shape changes; an import refuses versions newer than this. */
export const SETTINGS_VERSION = 1;
/** Settings are a few kilobytes; a file far larger is not one of ours. */
export const MAX_SETTINGS_FILE_BYTES = 2 * 1024 * 1024;
export const SETTINGS_FILE_TOO_LARGE = 'This file is far too large to be a Linkscout settings file.';

export interface SettingsDocument {
  format: typeof SETTINGS_FORMAT;
  version: number;
  exportedAt: string;
  settings: Pick<Settings, TransferredField>;
}

/** The fields a settings file carries, with the words the options page uses for them. */
export const SETTINGS_FIELD_LABELS = {
  mySites: 'My sites',
  competitors: 'Competitors',
  topics: 'Topics',
  brands: 'Your brands',
  competitorBrands: 'Competitor brands',
} as const satisfies Partial<Record<keyof Settings, string>>;
export type TransferredField = keyof typeof SETTINGS_FIELD_LABELS;
const FIELDS = Object.keys(SETTINGS_FIELD_LABELS) as TransferredField[];

export function settingsFileName(now: Date): string {
  return `linkscout-settings-${localDate(now)}.json`;
}

/** The file's text: only the transferred fields, so what is exported is exactly what an import reads. */
export function settingsToJson(settings: Settings, now: Date): string {
  const { mySites, competitors, topics, brands, competitorBrands } = settings;
  const doc: SettingsDocument = {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings: { mySites, competitors, topics, brands, competitorBrands },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export type SettingsFileResult =
  | { ok: true; settings: Pick<Settings, TransferredField>; exportedAt: string | null }
  | { ok: false; error: string; /** Each bad entry, where it is in the file and what is wrong. */ details: string[] };

const shown = (input: unknown) => (typeof input === 'string' ? `“${input.length > 60 ? `${input.slice(0, 60)}…` : input}”` : JSON.stringify(input) ?? String(input));
const bad = (what: string) => (issue: v.BaseIssue<unknown>) => (issue.input === undefined ? 'is missing' : `${shown(issue.input)} ${what}`);

const text = v.string(bad('is not text'));

/** A domain as the options page stores a typed one: its registrable domain, or a refusal saying why. */
const domainEntry = v.pipe(
  text,
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const r = domainFromInput(dataset.value);
    if ('domain' in r) return r.domain;
    addIssue({ message: `${shown(dataset.value)} ${r.reason}` });
    return NEVER;
  }),
);
const domainList = v.pipe(
  v.array(domainEntry, bad('is not a list')),
  v.transform((items) => [...new Set(items)]),
);

const topicList = v.pipe(
  v.array(
    v.pipe(
      text,
      v.transform((t) => t.trim().replace(/\s+/g, ' ')),
      v.maxLength(MAX_TOPIC_LENGTH, bad(`is longer than ${MAX_TOPIC_LENGTH} characters: a topic is a keyword or a short phrase`)),
    ),
    bad('is not a list'),
  ),
  // Blank entries are skipped and repeats (in any case) kept once, as the settings form does.
  v.transform((items) => items.filter((t, i) => t !== '' && items.findIndex((o) => o.toLocaleLowerCase() === t.toLocaleLowerCase()) === i)),
);

const textList = v.array(text, bad('is not a list'));
const BrandShape = v.object(
  { name: text, aliases: textList, domains: textList, products: textList, people: textList },
  bad('is not a brand (an object with name, aliases, domains, products and people)'),
);

/** Each brand passes the editor's own checks; every problem is reported with the brand it is in. */
const brandList = v.pipe(
  v.array(BrandShape, bad('is not a list')),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const kept: Brand[] = [];
    let failed = false;
    dataset.value.forEach((raw, i) => {
      const r = normalizeBrand(raw, kept);
      if (r.ok) return kept.push(r.brand);
      failed = true;
      const which = raw.name.trim() ? `brand ${i + 1} (“${raw.name.trim().slice(0, 60)}”)` : `brand ${i + 1}`;
      for (const [field, messages] of Object.entries(r.errors)) for (const m of messages) addIssue({ message: `${which}, ${field}: ${m}` });
    });
    return failed ? NEVER : kept;
  }),
);

const SettingsShape = v.object(
  { mySites: domainList, competitors: domainList, topics: topicList, brands: brandList, competitorBrands: brandList },
  bad('is not a settings object'),
);

const DocumentShape = v.object(
  {
    format: v.literal(SETTINGS_FORMAT, bad(`is not "${SETTINGS_FORMAT}"`)),
    version: v.pipe(v.number(bad('is not a number')), v.integer(bad('is not a whole number')), v.minValue(1, bad('is not a version'))),
    exportedAt: v.optional(v.nullable(text), null),
    settings: SettingsShape,
  },
  bad('is not a Linkscout settings file'),
);

function where(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => p.key);
  // Every entry lives under "settings": naming it again says nothing, unless it is all there is.
  const keys = path[0] === 'settings' && path.length > 1 ? path.slice(1) : path;
  if (keys.length === 0) return '';
  const [field, ...rest] = keys;
  const label = typeof field === 'string' && field in SETTINGS_FIELD_LABELS ? SETTINGS_FIELD_LABELS[field as TransferredField] : String(field);
  return [label, ...rest.map((k) => (typeof k === 'number' ? `entry ${k + 1}` : String(k)))].join(', ') + ': ';
}

/** Read a settings file's text: the settings it holds, or why it was refused (then nothing may be imported). */
export function readSettingsFile(fileText: string): SettingsFileResult {
  if (fileText.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: SETTINGS_FILE_TOO_LARGE, details: [] };
  let json: unknown;
  try {
    json = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'This file is not JSON, so it is not a Linkscout settings file.', details: [] };
  }
  const header = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  if (header.format === 'linkscout-backup')
    return { ok: false, error: 'This is a prospects backup, not a settings file: import it under Export and import.', details: [] };
  if (header.format !== SETTINGS_FORMAT) return { ok: false, error: 'This is not a Linkscout settings file (it has no "format": "linkscout-settings").', details: [] };
  if (typeof header.version === 'number' && header.version > SETTINGS_VERSION)
    return { ok: false, error: `This file was made by a newer Linkscout (settings version ${header.version}): update Linkscout to import it.`, details: [] };

  const parsed = v.safeParse(DocumentShape, json);
  if (!parsed.success) {
    const details = parsed.issues.map((i) => `${where(i)}${i.message}`);
    return { ok: false, error: `Nothing was imported: the file has ${details.length === 1 ? 'a bad entry' : `${details.length} bad entries`}.`, details };
  }
  const { settings } = parsed.output;
  // The editor allows a name once across both lists; a file must not sneak a second one in.
  const clashes = settings.competitorBrands
    .filter((c) => settings.brands.some((b) => brandKey(b) === brandKey(c)))
    .map((c) => `${SETTINGS_FIELD_LABELS.competitorBrands}: “${c.name}” is also one of your brands`);
  if (clashes.length > 0)
    return { ok: false, error: `Nothing was imported: the file has ${clashes.length === 1 ? 'a bad entry' : `${clashes.length} bad entries`}.`, details: clashes };
  return { ok: true, settings, exportedAt: parsed.output.exportedAt };
}

/** What an import would do to one field: entries it adds, entries it drops, brands whose details differ. */
export interface SettingsChange {
  field: TransferredField;
  label: string;
  added: string[];
  removed: string[];
  changed: string[];
}

const brandKey = (b: Brand) => b.name.toLocaleLowerCase();
const sameBrand = (a: Brand, b: Brand) =>
  a.name === b.name && (['aliases', 'domains', 'products', 'people'] as const).every((f) => a[f].join('\n') === b[f].join('\n'));

/** The fields an import would change (unchanged ones are left out), for the preview before confirming. */
export function settingsChanges(current: Pick<Settings, TransferredField>, next: Pick<Settings, TransferredField>): SettingsChange[] {
  const changes: SettingsChange[] = [];
  for (const field of FIELDS) {
    let added: string[];
    let removed: string[];
    let changed: string[] = [];
    if (field === 'brands' || field === 'competitorBrands') {
      const before = new Map(current[field].map((b) => [brandKey(b), b]));
      const after = new Map(next[field].map((b) => [brandKey(b), b]));
      added = next[field].filter((b) => !before.has(brandKey(b))).map((b) => b.name);
      removed = current[field].filter((b) => !after.has(brandKey(b))).map((b) => b.name);
      changed = next[field].filter((b) => { const old = before.get(brandKey(b)); return old !== undefined && !sameBrand(old, b); }).map((b) => b.name);
    } else {
      const before = new Set(current[field]);
      const after = new Set(next[field]);
      added = next[field].filter((x) => !before.has(x));
      removed = current[field].filter((x) => !after.has(x));
    }
    if (added.length || removed.length || changed.length) changes.push({ field, label: SETTINGS_FIELD_LABELS[field], added, removed, changed });
  }
  return changes;
}
