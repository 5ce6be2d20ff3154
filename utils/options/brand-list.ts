import { MAX_TERM_LENGTH } from '../mentions/types';
import { foldText } from '../mentions/fold';
import type { Brand } from '../settings/types';
import { domainFromInput, type StoredDomain } from './domain-list';
import { splitList } from './split-list';

/** The editor's fields, in the order the form shows them. */
export const BRAND_FIELDS = ['name', 'aliases', 'domains', 'products', 'people'] as const;
export type BrandField = (typeof BRAND_FIELDS)[number];

/** What the user typed: the name on one line, every other field one entry per line. */
export type BrandFields = Record<BrandField, string>;

/** A brand's lists as they come from a file or the form, before they are cleaned. */
export type BrandInput = Pick<Brand, 'name'> & Partial<Omit<Brand, 'name'>>;

/** Every problem in a field, as sentences the form shows under it. */
export type BrandFieldErrors = Partial<Record<BrandField, string[]>>;

export type BrandParseResult =
  | { ok: true; brand: Brand; /** Domains typed as a URL or subdomain and stored as their site. */ rewritten: StoredDomain[] }
  | { ok: false; errors: BrandFieldErrors };

/** A single letter would be found in nearly every sentence of every page. */
export const MIN_TERM_LENGTH = 2;

export const EMPTY_BRAND_FIELDS: BrandFields = { name: '', aliases: '', domains: '', products: '', people: '' };

export function brandToFields(b: Brand): BrandFields {
  return { name: b.name, aliases: b.aliases.join('\n'), domains: b.domains.join('\n'), products: b.products.join('\n'), people: b.people.join('\n') };
}

// Names such as "ACME, Inc." hold commas, so the lists are one entry per line only.
const lines = (text: string) => splitList(text, /\r?\n/);
const tidy = (s: string) => s.trim().replace(/\s+/g, ' ');
const keyOf = (s: string) => s.toLocaleLowerCase();

function termProblem(term: string): string | null {
  if (term.length < MIN_TERM_LENGTH) return `“${term}” is too short: a single character would match almost everywhere`;
  if (term.length > MAX_TERM_LENGTH) return `“${term.slice(0, 40)}…” is longer than ${MAX_TERM_LENGTH} characters: one name per line`;
  return null;
}

/**
 * Read a brand from the editor's fields. `others` are the brands already set up besides this one:
 * a name may be used once, and a name, alias, product or person belongs to one brand (found in
 * text, it can count for one only). A settings file is not held to the second rule (a file
 * exported before it came must import back whole); the editor asks for it at the next edit.
 */
export function parseBrandFields(fields: BrandFields, others: readonly Brand[] = []): BrandParseResult {
  return normalizeBrand(
    { name: fields.name, aliases: lines(fields.aliases), domains: lines(fields.domains), products: lines(fields.products), people: lines(fields.people) },
    others,
    true,
  );
}

/**
 * Clean a brand: whitespace collapsed, domains stored as registrable domains, and a term that
 * appears twice (in any case, in any of name, aliases, products, people) kept once, where it was
 * first written. Any bad entry refuses the whole brand, with every problem named per field.
 */
export function normalizeBrand(input: BrandInput, others: readonly Brand[] = [], ownTerms = false): BrandParseResult {
  const errors: BrandFieldErrors = {};
  const fail = (field: BrandField, message: string) => (errors[field] ??= []).push(message);
  const seen = new Set<string>();
  // A name, alias, product or person points to one brand: found in text, it is counted for the
  // brand that lists it (the scan gives a text shared after folding to the first brand listed, unseen).
  const taken = new Map<string, string>();
  if (ownTerms) for (const o of others) for (const t of [o.name, ...o.aliases, ...o.products, ...o.people]) taken.set(foldText(t), o.name);
  const owner = (term: string) => taken.get(foldText(term));

  const name = tidy(input.name);
  if (!name) fail('name', 'A brand needs a name.');
  else {
    const problem = termProblem(name);
    if (problem) fail('name', `${problem}.`);
    else if (others.some((o) => keyOf(o.name) === keyOf(name))) fail('name', `Another brand is already called “${name}”.`);
    else if (owner(name)) fail('name', `“${name}” is already a name of the brand “${owner(name)}”.`);
    seen.add(keyOf(name));
  }

  const terms = (field: 'aliases' | 'products' | 'people'): string[] => {
    const kept: string[] = [];
    for (const raw of input[field] ?? []) {
      const term = tidy(raw);
      if (!term) continue;
      const problem = termProblem(term);
      if (problem) {
        fail(field, `${problem}.`);
        continue;
      }
      if (owner(term)) {
        fail(field, `“${term}” is already a name of the brand “${owner(term)}”: each name counts for one brand.`);
        continue;
      }
      if (seen.has(keyOf(term))) continue;
      seen.add(keyOf(term));
      kept.push(term);
    }
    return kept;
  };
  const aliases = terms('aliases');
  const products = terms('products');
  const people = terms('people');

  const domains: string[] = [];
  const rewritten: StoredDomain[] = [];
  for (const raw of input.domains ?? []) {
    const typed = raw.trim();
    if (!typed) continue;
    const r = domainFromInput(typed);
    if ('reason' in r) {
      fail('domains', `“${typed}” ${r.reason}.`);
      continue;
    }
    if (r.domain !== typed.toLowerCase()) rewritten.push({ input: typed, domain: r.domain });
    if (!domains.includes(r.domain)) domains.push(r.domain);
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, brand: { name, aliases, domains, products, people }, rewritten };
}
