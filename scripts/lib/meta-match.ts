/**
 * How the page-fields eval (eval-meta.ts) compares what the analysis read from a page with the
 * corpus' ground truth: an author by the words of the name, a publication date by its day.
 * Pure functions, unit-tested (tests/unit/scripts/meta-match.test.ts).
 */

/** The words of a name: lower-cased letters and digits of any script, accents kept. */
export function nameWords(name: string): string[] {
  return name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether two author fields name the same person: every word of one is in the other ("Mike
 * Marshall" and "Mike Marshall, Shipping Expert"; "Ann Lee" and "ann lee"), so a role or a
 * second author beside the name does not count against it, while a different name does.
 */
export function sameAuthor(found: string, truth: string): boolean {
  const a = nameWords(found);
  const b = nameWords(truth);
  if (a.length === 0 || b.length === 0) return false;
  const inB = new Set(b);
  const inA = new Set(a);
  return a.every((w) => inB.has(w)) || b.every((w) => inA.has(w));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar day a date field names, as YYYY-MM-DD, or null when it names none. An ISO date
 * is taken as written (its own time zone's day, as the page means it); "March 5, 2025" and
 * "5 March 2025" are read too; anything else goes through Date.parse, read in UTC.
 */
export function dayOf(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const words = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(v) ?? null;
  const wordsDayFirst = words ? null : /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(v);
  const month = (m: string) => MONTHS.indexOf(m.toLowerCase()) + 1;
  const pad = (n: number | string) => String(n).padStart(2, '0');
  if (words && month(words[1]!) > 0) return `${words[3]}-${pad(month(words[1]!))}-${pad(words[2]!)}`;
  if (wordsDayFirst && month(wordsDayFirst[2]!) > 0) return `${wordsDayFirst[3]}-${pad(month(wordsDayFirst[2]!))}-${pad(wordsDayFirst[1]!)}`;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** How one field of one page came out. */
export type Outcome = 'right' | 'wrong' | 'missed' | 'extra' | 'none';

/**
 * right: both say the same; wrong: both say something, not the same; missed: only the ground
 * truth says it; extra: only we say it; none: neither does.
 */
export function outcomeOf(found: string | null, truth: string | null, same: (found: string, truth: string) => boolean): Outcome {
  const f = found?.trim() ? found : null;
  const t = truth?.trim() ? truth : null;
  if (f === null) return t === null ? 'none' : 'missed';
  if (t === null) return 'extra';
  return same(f, t) ? 'right' : 'wrong';
}

export function sameDay(found: string, truth: string): boolean {
  const a = dayOf(found);
  return a !== null && a === dayOf(truth);
}

/** Precision, recall and F1 of one field over many pages. */
export function fieldScores(outcomes: Outcome[]): { given: number; truths: number; right: number; precision: number; recall: number; f1: number } {
  const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
  const right = count('right');
  const given = right + count('wrong') + count('extra');
  const truths = right + count('wrong') + count('missed');
  const precision = given ? right / given : 0;
  const recall = truths ? right / truths : 0;
  return { given, truths, right, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
