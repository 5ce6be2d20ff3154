import { registrableDomain } from '../site';
import type { LinkscoutDb } from './db';
import { unionContacts } from './merge';
import { normalizeProspectUrl } from './normalize-url';
import { ProspectError } from './prospect-error';
import { toRow, toSnapshot, withIndexFields } from './records';
import { putSnapshot, snapshotsOf } from './snapshots';
import type { Contacts, Prospect, ProspectInput, ProspectRow } from './types';

function copyContacts(c: Contacts): Contacts {
  return { emails: [...c.emails], contactPages: [...c.contactPages], socialProfiles: [...c.socialProfiles], author: c.author };
}

/**
 * Saves a visit to a page: a new prospect, or the stored one updated with what this visit saw
 * (title, type, verdict, contacts, a snapshot) while the user's status, notes, tags and the
 * first-seen date stay. One read-write transaction, keyed by the normalised URL, so saving
 * twice (or from two windows at once) never makes two rows.
 */
export async function saveProspect(
  db: LinkscoutDb,
  input: ProspectInput,
  now: Date = new Date(),
): Promise<{ prospect: ProspectRow; created: boolean }> {
  const url = normalizeProspectUrl(input.url);
  if (!url) throw new ProspectError('Only web pages (http or https) can be saved as prospects.');
  const at = now.toISOString();
  const seen = {
    title: input.title,
    pageType: input.pageType,
    verdict: input.verdict,
    score: input.score,
    reasons: [...input.reasons],
  };
  return db.transaction('rw', db.prospects, db.snapshots, async () => {
    const stored = await db.prospects.where('url').equals(url).first();
    if (!stored) {
      const fresh = {
        url,
        domain: registrableDomain(new URL(url).hostname),
        ...seen,
        status: 'new' as const,
        notes: '',
        tags: [],
        contacts: copyContacts(input.contacts),
        firstSeen: at,
        lastChecked: at,
        updatedAt: at,
      };
      const id = await db.prospects.add(withIndexFields(fresh));
      await putSnapshot(db, id, input.snapshot);
      return { prospect: { ...fresh, id }, created: true };
    }
    const updated: ProspectRow = {
      ...toRow(stored),
      ...seen,
      // Saved once for its brand mentions, it stays an unlinked-mention prospect on later visits.
      pageType: stored.pageType === 'unlinked-mention' ? stored.pageType : seen.pageType,
      contacts: unionContacts(stored.contacts, input.contacts),
      lastChecked: at,
      updatedAt: at,
    };
    await db.prospects.put(withIndexFields(updated));
    await putSnapshot(db, stored.id, input.snapshot);
    return { prospect: updated, created: false };
  });
}

/** The prospect stored for a page, however its URL is written; null when none (or not a web page). */
export async function findProspectByUrl(db: LinkscoutDb, url: string): Promise<ProspectRow | null> {
  const normalized = normalizeProspectUrl(url);
  if (!normalized) return null;
  const stored = await db.prospects.where('url').equals(normalized).first();
  return stored ? toRow(stored) : null;
}

/** A prospect with its snapshots, oldest first; null when there is no such id. */
export function getProspect(db: LinkscoutDb, id: number): Promise<Prospect | null> {
  return db.transaction('r', db.prospects, db.snapshots, async () => {
    const stored = await db.prospects.get(id);
    if (!stored) return null;
    const snapshots = await snapshotsOf(db, id);
    return { ...toRow(stored), snapshots: snapshots.map(toSnapshot) };
  });
}
