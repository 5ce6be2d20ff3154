import type { LinkscoutDb } from '../prospects/db';
import { registrableDomain } from '../site';
import type { Authority, AuthorityImportMeta, AuthorityRecord } from './types';

/**
 * The imported authority table (domain → the user's own metrics, e.g. DR from a CSV), in
 * IndexedDB because it can hold hundreds of thousands of domains. Linkscout never estimates a
 * domain's authority: a domain not in the import is "unknown", with the reason.
 */

/**
 * Replaces the whole table in one transaction: if writing the new rows fails (a full disk), the
 * transaction aborts and the previous import is still there, never half of each.
 */
export function replaceAuthority(db: LinkscoutDb, records: AuthorityRecord[]): Promise<void> {
  return db.transaction('rw', db.authority, async () => {
    await db.authority.clear();
    await db.authority.bulkPut(records.map((r) => ({ domain: r.domain.trim().toLowerCase(), metrics: r.metrics })));
  });
}

/** A host as the import spells domains: lower-case ASCII (punycode), no trailing dot. */
function asciiHost(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!h || /^[\x21-\x7e]*$/.test(h)) return h;
  try {
    return new URL(`http://${h}/`).hostname;
  } catch {
    return h;
  }
}

/**
 * The imported metrics of `domain` (a host or a registrable domain), or unknown with the reason,
 * a short phrase that the verdict shows as "Authority unknown: <reason>".
 */
export async function lookupAuthority(db: LinkscoutDb, domain: string, meta: AuthorityImportMeta | null): Promise<Authority> {
  const host = asciiHost(domain);
  if (!meta) return { known: false, domain: host, reason: 'no import yet' };
  // An import lists sites by registrable domain, and subdomains on their own (kept without www.).
  const candidates = [...new Set([host, host.replace(/^www\./, ''), registrableDomain(host)])].filter((d) => d !== '');
  for (const candidate of candidates) {
    const record = await db.authority.get(candidate);
    if (record) {
      return { known: true, domain: record.domain, metrics: record.metrics, importedAt: meta.importedAt, source: meta.fileName };
    }
  }
  const site = candidates[candidates.length - 1] ?? host;
  return { known: false, domain: site, reason: `${site} is not in your import (${meta.fileName})` };
}

export function authorityCount(db: LinkscoutDb): Promise<number> {
  return db.authority.count();
}
