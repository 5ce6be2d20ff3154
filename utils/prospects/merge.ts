import { isJudged } from './judged';
import type { Contacts, LinkSnapshot, Prospect } from './types';

/**
 * Merging two records of the same page (an import into a stored prospect, or two rows of one
 * file): nothing the user wrote or Linkscout saw is dropped; where only one value can stay, the
 * later visit wins for what Linkscout judged and the user's choice wins over `new`.
 */

/** Milliseconds of an ISO date; unreadable dates count as the earliest. */
function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

function earlier(a: string, b: string): string {
  return time(b) < time(a) ? b : a;
}

function later(a: string, b: string): string {
  return time(b) > time(a) ? b : a;
}

/** Values of both lists, first spelling kept, compared by `key`. */
function union(a: readonly string[], b: readonly string[], key: (v: string) => string = (v) => v): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of [...a, ...b]) {
    const k = key(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

const caseless = (v: string): string => v.trim().toLowerCase();

/** Tags without blanks or case-insensitive repeats, first spelling kept. */
export function cleanTags(tags: readonly string[]): string[] {
  return union(
    tags.map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => t !== ''),
    [],
    caseless,
  );
}

/**
 * Both sets of contacts, the existing ones first (so a merge that adds nothing changes nothing);
 * the author of the later visit when it names one.
 */
export function unionContacts(existing: Contacts, incoming: Contacts, incomingIsNewer = true): Contacts {
  return {
    emails: union(existing.emails, incoming.emails, caseless),
    contactPages: union(existing.contactPages, incoming.contactPages),
    socialProfiles: union(existing.socialProfiles, incoming.socialProfiles),
    author: incomingIsNewer ? (incoming.author ?? existing.author) : (existing.author ?? incoming.author),
  };
}

/**
 * Notes of both: the incoming text is added on its own line unless its lines are all there
 * already (whole lines: "interested" is not in "Not interested in guest posts").
 */
export function mergeNotes(existing: string, incoming: string): string {
  const mine = existing.trim();
  const theirs = incoming.trim();
  if (!theirs || holdsLines(mine, theirs)) return existing;
  if (!mine || holdsLines(theirs, mine)) return incoming;
  return `${existing.replace(/\s+$/, '')}\n${theirs}`;
}

/** Whether every line of `part` is a line of `text` (lines trimmed, blank ones left out). */
function holdsLines(text: string, part: string): boolean {
  const lines = (s: string) => s.split(/\r\n|\n|\r/).map((l) => l.trim()).filter((l) => l !== '');
  const have = new Set(lines(text));
  return lines(part).every((l) => have.has(l));
}

/** One snapshot per visit (the existing one when both have it), oldest first. */
export function unionSnapshots(existing: readonly LinkSnapshot[], incoming: readonly LinkSnapshot[]): LinkSnapshot[] {
  const byVisit = new Map<string, LinkSnapshot>();
  for (const s of [...existing, ...incoming]) {
    if (!byVisit.has(s.checkedAt)) byVisit.set(s.checkedAt, s);
  }
  return [...byVisit.values()].sort((a, b) => time(a.checkedAt) - time(b.checkedAt) || (a.checkedAt < b.checkedAt ? -1 : 1));
}

/** `existing` with everything `incoming` adds; existing's id, URL and domain. */
export function mergeProspect(existing: Prospect, incoming: Prospect): Prospect {
  // A row Linkscout never judged (a plain list of URLs) carries only defaults and the import's
  // time: it never takes the place of a judgement. Ties go to the existing row, so merging a copy
  // of it changes nothing.
  const judged = [isJudged(existing), isJudged(incoming)];
  const incomingIsNewer = judged[1] && (!judged[0] || time(incoming.lastChecked) > time(existing.lastChecked));
  const [newer, older] = incomingIsNewer ? [incoming, existing] : [existing, incoming];
  const merged: Prospect = {
    url: existing.url,
    domain: existing.domain,
    title: newer.title || older.title,
    pageType: newer.pageType,
    verdict: newer.verdict,
    score: newer.score,
    reasons: newer.reasons,
    status: existing.status === 'new' ? incoming.status : existing.status,
    notes: mergeNotes(existing.notes, incoming.notes),
    tags: cleanTags([...existing.tags, ...incoming.tags]),
    contacts: unionContacts(existing.contacts, incoming.contacts, incomingIsNewer),
    snapshots: unionSnapshots(existing.snapshots, incoming.snapshots),
    firstSeen: earlier(existing.firstSeen, incoming.firstSeen),
    lastChecked: judged[0] && judged[1] ? later(existing.lastChecked, incoming.lastChecked) : newer.lastChecked,
    updatedAt: later(existing.updatedAt, incoming.updatedAt),
  };
  if (existing.id !== undefined) merged.id = existing.id;
  return merged;
}
